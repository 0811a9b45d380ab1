package io.github.otklik.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.otklik.metrics.stats.Wilson;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code painmap} and {@code report}: TEXT evidence from {@code --themes}, the focused views and their filters, the public edition. */
class PainMapViewsCliTest {
    private static final String THEMES = """
            {"format": "otklik-text-themes/1", "language": "ru",
             "themes": [{"code": "fee-receipt", "title": {"ru": "Квитанция не приходит", "en": "Receipt missing"},
                         "kind": "PROBLEM", "phrases": ["квитанция не приходит"]}]}
            """;
    private static final String REGISTRY = """
            [{"id": "svc-a", "name": {"ru": "Выдача справок", "en": "Certificates"}, "type": "SERVICE", "owner": "Отдел справок",
              "lifeSituations": ["birth", "moving"]},
             {"id": "svc-b", "name": {"ru": "Приём заявлений", "en": "Applications"}, "type": "SERVICE", "lifeSituations": ["moving"]},
             {"id": "int-hr", "name": {"ru": "Кадровое обслуживание", "en": "HR services"}, "type": "INTERNAL", "owner": "Отдел кадров"}]
            """;

    @TempDir
    static Path dir;
    @TempDir
    static Path generated;
    static Path themes;
    static Path registry;

    @BeforeAll
    static void files() throws Exception {
        PlantedTexts.make().write(dir, false);
        themes = Files.writeString(dir.resolve("themes.json"), THEMES);
        registry = Files.writeString(dir.resolve("registry.json"), REGISTRY);
        // the sample agency's synthetic quarter, with svc-birth in two life situations
        assertThat(CliRun.of("generate", "--out", generated.toString()).exitCode()).isZero();
        Path reg = generated.resolve("registry.json");
        Files.writeString(reg, Files.readString(reg).replaceFirst("\\[ \"birth\" \\]", "[ \"birth\", \"low-income\" ]"));
    }

    /** A command on the planted texts (svc-a, svc-b, int-hr). */
    private static CliRun run(String command, String... extra) {
        List<String> args = new ArrayList<>(List.of(command, "--responses", dir.resolve("responses.jsonl").toString(), "--appeals",
                dir.resolve("appeals.csv").toString(), "--period", "2025-Q1", "--registry", registry.toString()));
        args.addAll(List.of(extra));
        return CliRun.of(args.toArray(String[]::new));
    }

    /** A command on the generated sample agency (twelve processes, two of them internal). */
    private static CliRun agency(String command, String... extra) {
        List<String> args = new ArrayList<>(List.of(command, "--responses", generated.resolve("responses.jsonl").toString(), "--appeals",
                generated.resolve("appeals.csv").toString(), "--processes", generated.resolve("processes.csv").toString(),
                "--period", "2025-Q1", "--registry", generated.resolve("registry.json").toString()));
        args.addAll(List.of(extra));
        return CliRun.of(args.toArray(String[]::new));
    }

    private static JsonNode point(JsonNode map, String process, String problem) {
        for (JsonNode item : map.get("items")) {
            if (item.get("process").asText().equals(process) && item.get("problem").asText().equals(problem)) {
                return item;
            }
        }
        return null;
    }

    @Test
    void themesGiveTextEvidenceOfTheirProcessOnly() throws Exception {
        CliRun r = run("painmap", "--themes", themes.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        JsonNode map = new ObjectMapper().readTree(r.out());
        JsonNode receipt = point(map, "svc-a", "fee-receipt");
        assertThat(receipt).isNotNull();
        assertThat(receipt.get("title").asText()).isEqualTo("Квитанция не приходит");
        JsonNode e = receipt.get("evidence").get(0);
        long x = PlantedTexts.RECEIPT_DISSATISFIED + PlantedTexts.RECEIPT_OTHER;
        assertThat(e.get("source").asText()).isEqualTo("TEXT");
        assertThat(e.get("x").asLong()).isEqualTo(x);
        assertThat(e.get("n").asLong()).isEqualTo(195); // every comment of svc-a with a word
        assertThat(e.get("lowerBound").asDouble()).isEqualTo(Wilson.lowerBound(x, 195, 1.959963984540054));
        assertThat(point(map, "svc-b", "fee-receipt")).isNull();
        // without the file, the theme is not counted
        JsonNode plain = new ObjectMapper().readTree(run("painmap").out());
        assertThat(point(plain, "svc-a", "fee-receipt")).isNull();
    }

    @Test
    void theHtmlViewLeadsWithHighAndMediumAndKeepsExternalAndInternalApart() throws Exception {
        CliRun r = agency("painmap", "--format", "html");
        assertThat(r.exitCode()).as(r.err()).isZero();
        String html = r.out();
        int external = html.indexOf("Внешние клиенты — граждане и организации");
        int internal = html.indexOf("Внутренние клиенты — сотрудники");
        assertThat(external).isPositive().isLessThan(internal);
        assertThat(html.substring(external, internal)).doesNotContain("Кадровое обслуживание").doesNotContain("Закупки и договорная работа");
        assertThat(html.substring(internal)).containsAnyOf("Кадровое обслуживание", "Закупки и договорная работа");
        assertThat(html).contains("Не показаны: с приоритетом ниже «средняя»").contains("otklik painmap --format csv")
                .doesNotContain("<span class=\"LOW\">низкая</span></td><td><ul>").doesNotContain("UNASSIGNED");
        JsonNode map = new ObjectMapper().readTree(agency("painmap").out());
        long highOrMedium = 0;
        for (JsonNode item : map.get("items")) {
            highOrMedium += item.get("priority").asText().equals("LOW") ? 0 : 1;
        }
        assertThat(rows(html)).isEqualTo(highOrMedium).isLessThan(map.get("items").size());

        String all = agency("painmap", "--format", "html", "--min-priority", "low").out();
        String high = agency("painmap", "--format", "html", "--min-priority", "high").out();
        assertThat(rows(all)).isEqualTo(map.get("items").size());
        assertThat(rows(high)).isPositive().isLessThan(rows(html));
        String evidence = agency("painmap", "--format", "html", "--min-priority", "low", "--min-evidence", "1000000").out();
        assertThat(rows(evidence)).isZero(); // the generated data has no analyst's entry
        assertThat(evidence).contains("менее чем на 1000000 упоминаниях");
    }

    @Test
    void markdownIsTheTemplatesTableUnlessAFocusIsAsked() throws Exception {
        JsonNode map = new ObjectMapper().readTree(agency("painmap").out());
        String md = agency("painmap", "--format", "md").out();
        assertThat(md).startsWith("| № | Наименование процесса |");
        assertThat(md.lines().filter(l -> l.matches("\\| \\d+ \\|.*")).count()).isEqualTo(map.get("items").size());
        String focused = agency("painmap", "--format", "md", "--min-priority", "medium").out();
        assertThat(focused).startsWith("# Карта болей").contains("## Внешние клиенты — граждане и организации").contains("## Внутренние клиенты — сотрудники");
        assertThat(focused.lines().filter(l -> l.matches("\\| \\d+ \\|.*")).count()).isPositive().isLessThan(map.get("items").size());
    }

    @Test
    void groupedByLifeSituationAProcessAppearsUnderEachOfItsSituations() {
        String html = agency("painmap", "--format", "html", "--group", "life-situation").out();
        assertThat(html).contains("<h3>birth</h3>").contains("<h3>low-income</h3>").contains("<h3>staff</h3>");
        String birth = "Единовременное пособие при рождении ребёнка";
        assertThat(html.split(birth, -1)).hasSize(3); // in «birth» and in «low-income»
        assertThat(html).contains("Процесс может относиться к нескольким группам");
        String plain = agency("painmap", "--format", "html").out();
        assertThat(rows(html)).isGreaterThan(rows(plain)); // the groups overlap: their rows are more than the points
        assertThat(html).contains(plain.substring(plain.indexOf("Показано болей:"), plain.indexOf("</p>", plain.indexOf("Показано болей:"))));
    }

    @Test
    void badFilterValuesAreUsageErrors() {
        assertThat(run("painmap", "--format", "html", "--min-priority", "urgent").exitCode()).isEqualTo(2);
        assertThat(run("painmap", "--format", "html", "--min-evidence", "-1").exitCode()).isEqualTo(2);
        assertThat(run("painmap", "--audience", "public", "--format", "csv").exitCode()).isEqualTo(2);
        assertThat(run("painmap", "--audience", "everyone").exitCode()).isEqualTo(2);
        assertThat(run("painmap", "--group", "weekday", "--format", "html").exitCode()).isEqualTo(2);
        assertThat(run("painmap", "--audience", "public", "--min-cell", "0").exitCode()).isEqualTo(2);
    }

    @Test
    void thePublicEditionContainsNothingInternal(@TempDir Path tmp) throws Exception {
        for (String format : List.of("json", "md", "html")) {
            CliRun r = run("painmap", "--themes", themes.toString(), "--audience", "public", "--format", format);
            assertThat(r.exitCode()).as(r.err()).isZero();
            assertThat(r.out()).doesNotContain("Кадровое обслуживание").doesNotContain("int-hr").doesNotContain("Отдел кадров")
                    .doesNotContain("INT-").doesNotContain("кадровой") // no internal process, form or quote
                    .doesNotContain("[телефон]").doesNotContain("916").doesNotContain("грубый ответ") // no text
                    .doesNotContain("lowerBound").doesNotContain("explanation").doesNotContain("\"x\"")
                    .doesNotContain("svc-a").doesNotContain("svc-b");
        }
        JsonNode pub = new ObjectMapper().readTree(run("painmap", "--themes", themes.toString(), "--audience", "public").out());
        assertThat(pub.get("format").asText()).isEqualTo("otklik-painmap-public/1");
        assertThat(pub.get("items").size()).isPositive();
        for (JsonNode item : pub.get("items")) {
            for (JsonNode f : item.get("figures")) {
                assertThat(f.get("source").asText()).isIn("SURVEY_PROBLEM", "SURVEY_ASPECT", "TEXT");
            }
        }
        Path out = tmp.resolve("public.html");
        CliRun report = run("report", "--themes", themes.toString(), "--audience", "public", "-o", out.toString());
        assertThat(report.exitCode()).as(report.err()).isZero();
        String html = Files.readString(out, StandardCharsets.UTF_8);
        assertThat(html).contains("Вы сказали — мы сделали").contains("Выдача справок").doesNotContain("Кадровое обслуживание")
                .doesNotContain("Отдел кадров").doesNotContain("кадровой").doesNotContain("[телефон]");
    }

    @Test
    void theAgencyReportShowsTheFocusedMap(@TempDir Path tmp) throws Exception {
        Path out = tmp.resolve("report.html");
        CliRun r = agency("report", "--min-priority", "low", "-o", out.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        String html = Files.readString(out, StandardCharsets.UTF_8);
        assertThat(html).contains("painmap-view embedded").contains("Внешние клиенты — граждане и организации").contains("Внутренние клиенты — сотрудники")
                .doesNotContain("Не показаны: с приоритетом");
        Path focused = tmp.resolve("focused.html");
        assertThat(agency("report", "-o", focused.toString()).exitCode()).isZero();
        String f = Files.readString(focused);
        assertThat(rows(f)).isPositive().isLessThan(rows(html));
        assertThat(f).contains("Не показаны: с приоритетом ниже «средняя»");
        Path pub = tmp.resolve("public.html");
        assertThat(agency("report", "--audience", "public", "-o", pub.toString()).exitCode()).isZero();
        String p = Files.readString(pub);
        assertThat(p).contains("Вы сказали — мы сделали").contains("Субсидия на оплату жилого помещения")
                .doesNotContain("Кадровое обслуживание").doesNotContain("Закупки и договорная работа").doesNotContain("Отдел кадров")
                .doesNotContain("Контрактная служба").doesNotContain("painmap-view");
    }

    private static int rows(String html) {
        return html.split("<td class=\"no\">", -1).length - 1;
    }
}
