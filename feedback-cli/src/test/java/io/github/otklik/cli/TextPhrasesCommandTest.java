package io.github.otklik.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.otklik.text.theme.ThemeCatalog;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code otklik text phrases} end to end, on files with planted phrases ({@link PlantedTexts}). */
class TextPhrasesCommandTest {
    @TempDir
    static Path dir;
    static PlantedTexts planted;

    @BeforeAll
    static void files() {
        planted = PlantedTexts.make();
        planted.write(dir, false);
    }

    private static CliRun phrases(String... extra) {
        List<String> args = new ArrayList<>(List.of("text", "phrases", "--responses", dir.resolve("responses.jsonl").toString(),
                "--appeals", dir.resolve("appeals.csv").toString(), "--period", "2025-Q1"));
        args.addAll(List.of(extra));
        return CliRun.of(args.toArray(String[]::new));
    }

    private static JsonNode json(CliRun run) throws Exception {
        assertThat(run.exitCode()).as(run.err()).isZero();
        return new ObjectMapper().readTree(run.out());
    }

    private static JsonNode group(JsonNode out, String process) {
        for (JsonNode g : out.get("groups")) {
            if (process.equals(g.at("/key/process").asText(null))) {
                return g;
            }
        }
        throw new AssertionError("no group " + process + " in " + out);
    }

    private static JsonNode phrase(JsonNode group, String label) {
        for (JsonNode p : group.get("phrases")) {
            if (p.get("phrase").asText().equals(label)) {
                return p;
            }
        }
        throw new AssertionError("no phrase «" + label + "» in " + group);
    }

    @Test
    void perProcessTheCountsAreThePlantedOnes() throws Exception {
        JsonNode out = json(phrases("--by", "process", "--top", "10", "--min-count", "3"));

        assertThat(out.get("format").asText()).isEqualTo("otklik-text-phrases/1");
        assertThat(out.get("by").asText()).isEqualTo("process");
        assertThat(out.at("/period/label").asText()).isEqualTo("2025-Q1");
        assertThat(out.at("/period/zone").asText()).isEqualTo("Europe/Moscow");
        assertThat(out.get("asOf").asText()).isEqualTo("2025-03-31T21:00:00Z");
        assertThat(List.of(out.get("top").asInt(), out.get("minCount").asInt(), out.get("minCell").asInt())).containsExactly(10, 3, 5);
        assertThat(out.at("/inputs/responses/accepted").asLong()).isEqualTo(planted.svcADissatisfied + planted.svcAOther + 60 + 42);
        assertThat(out.at("/inputs/appeals/rejected").asLong()).isZero();
        assertThat(out.get("groups")).extracting(g -> g.at("/key/process").asText()).containsExactly("int-hr", "svc-a", "svc-b");

        JsonNode a = group(out, "svc-a");
        assertThat(a.get("dissatisfiedTexts").asLong()).isEqualTo(planted.svcADissatisfied);
        assertThat(a.get("otherTexts").asLong()).isEqualTo(planted.svcAOther);
        JsonNode receipt = phrase(a, "квитанция не приходит");
        assertThat(receipt.get("stems")).extracting(JsonNode::asText).containsExactly("квитанц", "не", "приход");
        assertThat(receipt.get("dissatisfied").asLong()).isEqualTo(PlantedTexts.RECEIPT_DISSATISFIED);
        assertThat(receipt.get("other").asLong()).isEqualTo(PlantedTexts.RECEIPT_OTHER);
        assertThat(receipt.get("dissatisfiedShare").asDouble()).isEqualTo((double) PlantedTexts.RECEIPT_DISSATISFIED / planted.svcADissatisfied);
        assertThat(receipt.get("g2").asDouble()).isGreaterThan(10.83);
        assertThat(receipt.get("rank").asInt()).isLessThanOrEqualTo(5);
        assertThat(receipt.get("quotes")).isNotEmpty().allSatisfy(q -> {
            assertThat(q.get("source").asText()).isEqualTo("comment");
            assertThat(q.get("record").asText()).startsWith("r-");
            assertThat(q.get("text").asText().toLowerCase()).contains("квитанция не приходит");
        });
        JsonNode rude = phrase(group(out, "svc-b"), "грубый ответ оператора");
        assertThat(rude.get("dissatisfied").asLong()).isEqualTo(PlantedTexts.RUDE_COMPLAINTS);
        assertThat(rude.get("other").asLong()).isZero();
        assertThat(rude.get("quotes")).allSatisfy(q -> assertThat(q.get("source").asText()).isEqualTo("appeal"));
        assertThat(group(out, "svc-b").get("phrases")).noneSatisfy(p -> assertThat(p.get("phrase").asText()).contains("квитанц"));
    }

    @Test
    void personalDataIsMaskedAndAnonymousQuotesNameNoRecord() throws Exception {
        CliRun run = phrases("--by", "process", "--min-count", "3");
        JsonNode out = json(run);

        assertThat(run.out()).doesNotContain("916 123").doesNotContain("123-45-67").doesNotContain("ivan.petrov").doesNotContain("mail.ru")
                .doesNotContain("(495)").contains("[телефон]").contains("[e-mail]");
        JsonNode access = phrase(group(out, "int-hr"), labelOf(group(out, "int-hr"), "доступ"));
        assertThat(access.get("dissatisfied").asLong()).isEqualTo(PlantedTexts.ACCESS_INTERNAL);
        assertThat(access.get("quotes")).isNotEmpty().allSatisfy(q -> assertThat(q.has("record")).as(q.toString()).isFalse());
        assertThat(group(out, "int-hr").get("phrases")).allSatisfy(p ->
                assertThat(p.get("quotes")).allSatisfy(q -> assertThat(q.has("record")).isFalse()));
    }

    private static String labelOf(JsonNode group, String stem) {
        for (JsonNode p : group.get("phrases")) {
            for (JsonNode s : p.get("stems")) {
                if (s.asText().equals(stem)) {
                    return p.get("phrase").asText();
                }
            }
        }
        throw new AssertionError("no phrase with stem " + stem + " in " + group);
    }

    @Test
    void aPhraseOfFewerThanMinCellDissatisfiedTextsHasNoQuote() throws Exception {
        JsonNode out = json(phrases("--by", "process", "--min-count", "2", "--top", "50"));

        JsonNode terminal = phrase(group(out, "svc-a"), "сломан терминал");
        assertThat(terminal.get("dissatisfied").asLong()).isEqualTo(PlantedTexts.TERMINAL_DISSATISFIED);
        assertThat(terminal.get("quotes")).isEmpty();
        for (JsonNode g : out.get("groups")) {
            for (JsonNode p : g.get("phrases")) {
                if (p.get("dissatisfied").asLong() < 5) {
                    assertThat(p.get("quotes")).as(p.toString()).isEmpty();
                }
            }
        }
        JsonNode lower = json(phrases("--by", "process", "--min-count", "2", "--top", "50", "--min-cell", "3"));
        assertThat(phrase(group(lower, "svc-a"), "сломан терминал").get("quotes")).isNotEmpty();
    }

    @Test
    void byDefaultOneRankingOverAllTexts() throws Exception {
        JsonNode out = json(phrases("--min-count", "3"));

        assertThat(out.get("by").asText()).isEqualTo("none");
        assertThat(out.get("groups")).singleElement().satisfies(g -> {
            assertThat(g.get("key").size()).isZero();
            assertThat(g.get("phrases").size()).isLessThanOrEqualTo(20);
        });
        JsonNode g = out.get("groups").get(0);
        assertThat(phrase(g, "квитанция не приходит").get("dissatisfied").asLong()).isEqualTo(PlantedTexts.RECEIPT_DISSATISFIED);
        assertThat(phrase(g, "грубый ответ оператора").get("dissatisfied").asLong()).isEqualTo(PlantedTexts.RUDE_COMPLAINTS);
    }

    @Test
    void theTableShowsPhrasesWithTheirCountsAndQuotes() {
        CliRun run = phrases("--by", "process", "--format", "table", "--min-count", "3");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).startsWith("Otklik text phrases 2025-Q1 (2025-01-01..2025-03-31, Europe/Moscow)")
                .contains("process svc-a: " + planted.svcADissatisfied + " dissatisfied texts, " + planted.svcAOther + " other")
                .contains("квитанция не приходит").contains("30 (").contains("«").doesNotContain("916 123");
    }

    @Test
    void rejectedRecordsExitOneWithTheOutputComplete(@TempDir Path other) throws Exception {
        planted.write(other, true);
        Path rejects = other.resolve("rejects.jsonl");
        CliRun run = CliRun.of("text", "phrases", "--responses", other.resolve("responses.jsonl").toString(), "--appeals",
                other.resolve("appeals.csv").toString(), "--period", "2025-Q1", "--by", "process", "--min-count", "3",
                "--rejects", rejects.toString());

        assertThat(run.exitCode()).as(run.err()).isEqualTo(1);
        assertThat(run.err()).contains("rejected 1 record").contains("a-bad");
        assertThat(Files.readAllLines(rejects)).hasSize(1);
        JsonNode out = new ObjectMapper().readTree(run.out());
        assertThat(out.at("/inputs/appeals/rejected").asLong()).isEqualTo(1);
        assertThat(phrase(group(out, "svc-a"), "квитанция не приходит").get("dissatisfied").asLong()).isEqualTo(PlantedTexts.RECEIPT_DISSATISFIED);
    }

    @Test
    void usageErrorsExitTwo(@TempDir Path other) throws Exception {
        assertThat(phrases("--by", "channel").exitCode()).isEqualTo(2);
        assertThat(phrases("--format", "csv").exitCode()).isEqualTo(2);
        assertThat(phrases("--top", "0").err()).contains("top");
        assertThat(phrases("--top", "0").exitCode()).isEqualTo(2);
        assertThat(CliRun.of("text", "phrases", "--period", "2025-Q1").exitCode()).isEqualTo(2);
        assertThat(CliRun.of("text", "phrases", "--responses", dir.resolve("responses.jsonl").toString()).exitCode()).isEqualTo(2);
        assertThat(phrases("--period", "2025-Q5").exitCode()).isEqualTo(2);
        Path bad = Files.writeString(other.resolve("bad-themes.json"), "{\"format\": \"otklik-text-themes/1\", \"themes\": [{\"code\": \"Fee payment\", \"phrases\": [\"x\"]}]}");
        CliRun invalid = phrases("--themes", bad.toString());
        assertThat(invalid.exitCode()).isEqualTo(2);
        assertThat(invalid.err()).contains(bad.toString()).contains("themes[0].code");
        assertThat(invalid.out()).isEmpty();
        Path header = Files.writeString(other.resolve("appeals.csv"), "id,agency\na-1,ag\n");
        CliRun badCsv = CliRun.of("text", "phrases", "--appeals", header.toString(), "--period", "2025-Q1");
        assertThat(badCsv.exitCode()).as(badCsv.err()).isEqualTo(2);
        assertThat(badCsv.err()).doesNotContain("Exception");
    }

    @Test
    void writtenThemesAreAThemesFileThatCountsThePhrasesBack(@TempDir Path other) throws Exception {
        Path themes = other.resolve("themes.json");
        CliRun run = phrases("--by", "process", "--min-count", "3", "--write-themes", themes.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();

        ThemeCatalog written = ThemeCatalog.load(themes);
        assertThat(written.codes()).allSatisfy(c -> assertThat(c).startsWith("phrase:")).contains("phrase:kvitantsiya-ne-prikhodit")
                .doesNotHaveDuplicates().doesNotContain("phrase:kvitantsiya", "phrase:ne-prikhodit", "phrase:prikhodit");
        assertThat(written.theme("phrase:kvitantsiya-ne-prikhodit").orElseThrow().phrases()).containsExactly("квитанция не приходит");
        String text = Files.readString(themes, StandardCharsets.UTF_8);
        assertThat(text).doesNotContain("916 123").doesNotContain("ivan");

        // the loop: an edited file (one theme renamed to a problem code) goes back in with --themes
        Files.writeString(themes, text.replace("phrase:kvitantsiya-ne-prikhodit", "fee-receipt"));
        Path next = other.resolve("next.json");
        CliRun again = phrases("--by", "process", "--min-count", "3", "--themes", themes.toString(), "--write-themes", next.toString());
        assertThat(again.exitCode()).as(again.err()).isZero();
        ThemeCatalog nextThemes = ThemeCatalog.load(next);
        assertThat(nextThemes.codes()).contains("fee-receipt").doesNotContain("phrase:kvitantsiya-ne-prikhodit");
        assertThat(nextThemes.themes().subList(0, written.themes().size())).isEqualTo(ThemeCatalog.load(themes).themes());

        CliRun map = CliRun.of("painmap", "--responses", dir.resolve("responses.jsonl").toString(), "--appeals",
                dir.resolve("appeals.csv").toString(), "--period", "2025-Q1", "--themes", themes.toString());
        assertThat(map.exitCode()).as(map.err()).isZero();
    }

    @Test
    void fromAStoreTheTextsAreThoseOfTheFiles(@TempDir Path other) throws Exception {
        String url = "jdbc:h2:file:" + other.resolve("store").toAbsolutePath();
        CliRun stored = CliRun.of("store", "import", "--db", url, "--responses", dir.resolve("responses.jsonl").toString(),
                "--appeals", dir.resolve("appeals.csv").toString());
        assertThat(stored.exitCode()).as(stored.err()).isZero();

        JsonNode fromDb = json(CliRun.of("text", "phrases", "--db", url, "--period", "2025-Q1", "--by", "process", "--min-count", "3"));
        JsonNode fromFiles = json(phrases("--by", "process", "--min-count", "3"));
        assertThat(fromDb.get("groups")).isEqualTo(fromFiles.get("groups"));
        assertThat(fromDb.at("/inputs/appeals/accepted").asLong()).isEqualTo(90);
    }
}
