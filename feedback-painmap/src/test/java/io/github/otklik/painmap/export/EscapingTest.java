package io.github.otklik.painmap.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.otklik.core.process.Process;
import io.github.otklik.core.process.ProcessType;
import io.github.otklik.core.text.Html;
import io.github.otklik.core.text.LocalizedText;
import io.github.otklik.painmap.Grouping;
import io.github.otklik.painmap.Kind;
import io.github.otklik.core.text.Language;
import io.github.otklik.painmap.PainMap;
import io.github.otklik.painmap.TestReport;
import io.github.otklik.painmap.build.ManualEntry;
import io.github.otklik.painmap.build.PainMapBuilder;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.strings;

/** Hostile titles, measures, names and units stay inert text in every export. */
class EscapingTest {
    static final List<String> HOSTILE = List.of("=cmd|' /C calc'!A0", "+SUM(A1:A9)", "-2+3", "@HYPERLINK(\"http://x\")", "\tTAB",
            "\rCR", "<script>alert(1)</script>", "| pipe", "a,b \"quoted\"", "**bold** _em_ [link](http://x) `code` \\ back",
            "line1\nline2\r\nline3", "&amp; <b onclick='x'>", "~~gone~~ # not a heading !");

    static PainMap hostileMap(Language lang) {
        List<ManualEntry> entries = new ArrayList<>();
        for (int i = 0; i < HOSTILE.size(); i++) {
            entries.add(ManualEntry.of("svc-" + i, "p" + i, HOSTILE.get(i), Kind.PROBLEM)
                    .withMeasures(List.of(HOSTILE.get((i + 1) % HOSTILE.size()), HOSTILE.get((i + 2) % HOSTILE.size())))
                    .withResponsible(HOSTILE.get((i + 3) % HOSTILE.size())));
        }
        List<Process> registry = List.of(Process.builder("svc-0", LocalizedText.of("=1+1 <i>Услуга</i> | x", "=1+1 <i>Service</i> | x"),
                ProcessType.SERVICE).group("<script>group</script>").build());
        return PainMapBuilder.from(TestReport.q1().build()).manual(entries).registry(registry).lang(lang).build();
    }

    @Test
    void jsonKeepsEveryStringExactly() throws Exception {
        PainMap map = hostileMap(Language.RU);
        JsonNode root = new ObjectMapper().readTree(PainMapJson.toJson(map));
        List<String> titles = new ArrayList<>();
        root.get("items").forEach(i -> titles.add(i.get("title").asText()));
        assertThat(titles).containsExactlyInAnyOrderElementsOf(HOSTILE);
        assertThat(root.toString()).doesNotContain("\t").doesNotContain("\r");
    }

    @Test
    void csvNeutralisesFormulasAndQuotesAsRfc4180() {
        PainMap map = hostileMap(Language.RU);
        String csv = PainMapCsv.toCsv(map);
        assertThat(csv).startsWith("\uFEFF№,");
        List<List<String>> rows = parse(csv.substring(1));
        assertThat(rows).hasSize(1 + HOSTILE.size());
        for (List<String> row : rows) {
            assertThat(row).hasSize(8);
            for (String cell : row) {
                assertThat(cell).as("cell %s", cell).doesNotStartWith("=").doesNotStartWith("+").doesNotStartWith("-")
                        .doesNotStartWith("@").doesNotStartWith("\t").doesNotStartWith("\r");
            }
        }
        List<String> titles = rows.subList(1, rows.size()).stream().map(r -> r.get(2)).toList();
        assertThat(titles).contains("'=cmd|' /C calc'!A0", "'+SUM(A1:A9)", "'-2+3", "'@HYPERLINK(\"http://x\")", "'\tTAB", "'\rCR",
                "a,b \"quoted\"", "line1\nline2\r\nline3", "<script>alert(1)</script>");
        assertThat(csv).contains("\r\n1,'=1+1 <i>").doesNotContain(",=");
    }

    @Test
    void markdownEscapesPipesMarkupAndLineBreaks() {
        String md = PainMapMarkdown.toMarkdown(hostileMap(Language.EN));
        List<String> lines = md.lines().toList();
        assertThat(lines).hasSize(2 + HOSTILE.size());
        Pattern unescapedPipe = Pattern.compile("(?<!\\\\)((\\\\\\\\)*)\\|");
        for (String line : lines) {
            Matcher m = unescapedPipe.matcher(line);
            int pipes = 0;
            while (m.find()) {
                pipes++;
            }
            assertThat(pipes).as(line).isEqualTo(9);
        }
        assertThat(md).contains("\\<script\\>alert(1)\\</script\\>", "\\| pipe", "\\*\\*bold\\*\\* \\_em\\_ \\[link\\](http://x) \\`code\\` \\\\ back",
                "line1<br>line2<br>line3", "\\&amp; \\<b onclick='x'\\>", "\\~\\~gone\\~\\~ \\# not a heading \\!");
        assertThat(md).doesNotContain("\r").doesNotContain("\t|");
    }

    @Test
    void htmlEscapesEveryText() {
        for (String html : List.of(PainMapHtml.toHtml(hostileMap(Language.RU)), PainMapHtml.toHtml(hostileMap(Language.EN), Grouping.PROCESS_GROUP))) {
            assertThat(html).doesNotContain("<script").doesNotContain("<i>").doesNotContain("<b ")
                    .contains("&lt;script&gt;alert(1)&lt;/script&gt;", "&lt;i&gt;", "&amp;amp; &lt;b onclick=&#39;x&#39;&gt;",
                            "a,b &quot;quoted&quot;");
        }
        assertThat(PainMapHtml.toHtml(hostileMap(Language.RU), Grouping.PROCESS_GROUP)).contains("<th colspan=\"8\">&lt;script&gt;group&lt;/script&gt;</th>");
    }

    @Test
    void anyTextSurvivesACsvRoundTrip() {
        qt().withExamples(500).forAll(strings().allPossible().ofLengthBetween(0, 12)).checkAssert(s -> {
            List<List<String>> rows = parse(PainMapCsv.cell(s) + "\r\n");
            String expected = !s.isEmpty() && "=+-@\t\r".indexOf(s.charAt(0)) >= 0 ? "'" + s : s;
            assertThat(rows).containsExactly(List.of(expected));
        });
    }

    @Test
    void anyTextStaysInOneMarkdownCell() {
        qt().withExamples(500).forAll(strings().allPossible().ofLengthBetween(0, 12)).checkAssert(s -> {
            String e = PainMapMarkdown.escape(s);
            assertThat(e).doesNotContain("\n").doesNotContain("\r");
            assertThat(e.replaceAll("\\\\.", "")).doesNotContain("|").doesNotContain("<s").doesNotContain("\\");
            assertThat(Html.escape(s)).doesNotContain("<").doesNotContain(">").doesNotContain("\"").doesNotContain("'");
        });
    }

    /** A strict RFC 4180 reader: CRLF records, quoted fields with doubled quotes. */
    static List<List<String>> parse(String csv) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        int i = 0;
        while (i < csv.length()) {
            char c = csv.charAt(i);
            if (c == '"' && cell.length() == 0) {
                i++;
                while (true) {
                    char q = csv.charAt(i);
                    if (q == '"') {
                        if (i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
                            cell.append('"');
                            i += 2;
                        } else {
                            i++;
                            break;
                        }
                    } else {
                        cell.append(q);
                        i++;
                    }
                }
            } else if (c == ',') {
                row.add(cell.toString());
                cell.setLength(0);
                i++;
            } else if (c == '\r' && i + 1 < csv.length() && csv.charAt(i + 1) == '\n') {
                row.add(cell.toString());
                cell.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
                i += 2;
            } else {
                if (c == '\r' || c == '\n' || c == '"') {
                    throw new AssertionError("unquoted " + (int) c + " at " + i);
                }
                cell.append(c);
                i++;
            }
        }
        assertThat(row).isEmpty();
        assertThat(cell).isEmpty();
        return rows;
    }
}
