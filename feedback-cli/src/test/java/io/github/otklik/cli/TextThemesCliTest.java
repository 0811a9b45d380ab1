package io.github.otklik.cli;

import io.github.otklik.core.appeal.Appeal;
import io.github.otklik.core.io.AppealCsvReader;
import io.github.otklik.core.io.RecordSource;
import io.github.otklik.core.io.ResponseJsonlReader;
import io.github.otklik.core.period.ReportingPeriod;
import io.github.otklik.core.response.SurveyResponse;
import io.github.otklik.forms.FormCatalog;
import io.github.otklik.forms.validation.ResponseValidator;
import io.github.otklik.metrics.MetricsEngine;
import io.github.otklik.metrics.MetricsInputs;
import io.github.otklik.metrics.MetricsSpec;
import io.github.otklik.metrics.report.MetricsJson;
import io.github.otklik.text.TextItem;
import io.github.otklik.text.TextItems;
import io.github.otklik.text.theme.ThemeAggregator;
import io.github.otklik.text.theme.ThemeCatalog;
import io.github.otklik.text.theme.ThemeFigures;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code --themes} on {@code painmap} and {@code report}, the theme counts of the metrics pass, and the report's text section. */
class TextThemesCliTest {
    private static final String THEMES = """
            {"format": "otklik-text-themes/1", "language": "ru",
             "themes": [{"code": "fee-receipt", "title": {"ru": "Квитанция не приходит", "en": "Receipt missing"},
                         "kind": "PROBLEM", "phrases": ["квитанция не приходит"]}]}
            """;

    @TempDir
    static Path dir;
    static Path themes;

    @BeforeAll
    static void files() throws Exception {
        PlantedTexts.make().write(dir, false);
        themes = Files.writeString(dir.resolve("themes.json"), THEMES);
    }

    private static List<String> inputs(String command) {
        return new ArrayList<>(List.of(command, "--responses", dir.resolve("responses.jsonl").toString(), "--appeals",
                dir.resolve("appeals.csv").toString(), "--period", "2025-Q1"));
    }

    private static CliRun run(List<String> args, String... extra) {
        args.addAll(List.of(extra));
        return CliRun.of(args.toArray(String[]::new));
    }

    @Test
    void anInvalidThemesFileExitsTwoNamingItsPathAndProblems(@TempDir Path tmp) throws Exception {
        Path bad = Files.writeString(tmp.resolve("bad.json"), """
                {"format": "otklik-text-themes/1",
                 "themes": [{"code": "Fee payment", "phrases": ["оплата"]}, {"code": "ok", "phrases": ["!!!"]}]}
                """);
        for (String command : List.of("painmap", "report")) {
            CliRun r = run(inputs(command), "--themes", bad.toString(), "-o", tmp.resolve("out").toString());
            assertThat(r.exitCode()).as(command + ": " + r.err()).isEqualTo(2);
            assertThat(r.err()).contains(bad.toString()).contains("themes[0].code").contains("themes[1].phrases[0]")
                    .doesNotContain("Exception").doesNotContain("\tat ");
            assertThat(tmp.resolve("out")).doesNotExist();
            CliRun missing = run(inputs(command), "--themes", tmp.resolve("none.json").toString(), "-o", tmp.resolve("out").toString());
            assertThat(missing.exitCode()).isEqualTo(2);
            assertThat(missing.err()).contains(tmp.resolve("none.json").toString());
        }
        Files.write(bad, new byte[] {(byte) 0xC3, 0x28});
        CliRun notUtf8 = run(inputs("painmap"), "--themes", bad.toString());
        assertThat(notUtf8.exitCode()).isEqualTo(2);
        assertThat(notUtf8.err()).contains(bad.toString());
    }

    @Test
    void aValidThemesFileRunsBothCommands(@TempDir Path tmp) {
        assertThat(run(inputs("painmap"), "--themes", themes.toString()).exitCode()).isZero();
        CliRun report = run(inputs("report"), "--themes", themes.toString(), "-o", tmp.resolve("r.html").toString());
        assertThat(report.exitCode()).as(report.err()).isZero();
    }

    @Test
    void theThemeCountsComeFromTheMetricsPassItself() {
        FormCatalog forms = FormCatalog.standard();
        ReportingPeriod q1 = ReportingPeriod.parse("2025-Q1");
        ZoneId zone = ZoneId.of("Europe/Moscow");
        ThemeCatalog catalog = ThemesFile.catalog(themes);
        AtomicInteger responseReads = new AtomicInteger();
        AtomicInteger appealReads = new AtomicInteger();
        Path responses = dir.resolve("responses.jsonl");
        Path appeals = dir.resolve("appeals.csv");
        var parallel = ResponseJsonlReader.builder().check(new ResponseValidator(forms)).parallelism(2).build().source(responses);
        MetricsInputs in = MetricsInputs.none().withResponses(new io.github.otklik.core.io.UnorderedRecordSource<SurveyResponse>() {
            @Override
            public io.github.otklik.core.io.ReadSummary read(io.github.otklik.core.io.RecordHandler<? super SurveyResponse> h) {
                responseReads.incrementAndGet();
                return parallel.read(h);
            }

            @Override
            public io.github.otklik.core.io.ReadSummary readUnordered(java.util.function.Supplier<? extends java.util.function.Consumer<? super SurveyResponse>> s,
                    java.util.function.Consumer<io.github.otklik.core.io.Reject> rejects) {
                responseReads.incrementAndGet();
                return parallel.readUnordered(s, rejects);
            }
        }).withAppeals(h -> {
            appealReads.incrementAndGet();
            return AppealCsvReader.builder().build().read(appeals, h);
        });
        MetricsEngine engine = MetricsEngine.from(MetricsSpec.builder(q1).forms(forms).groupBy(List.of(io.github.otklik.metrics.Dimension.PROCESS)).build());

        TextAnalysis texts = TextAnalysis.themes(catalog, forms, in, q1, zone);
        String tapped = MetricsJson.toJson(engine.run(texts.tapped(), r -> { }));
        ThemeFigures figures = texts.themeFigures();

        assertThat(List.of(responseReads.get(), appealReads.get())).as("one read of each file").containsExactly(1, 1);
        assertThat(tapped).isEqualTo(MetricsJson.toJson(engine.run(in, r -> { })));
        List<TextItem> items = new ArrayList<>();
        for (SurveyResponse r : RecordSourceReads.all(ResponseJsonlReader.builder().check(new ResponseValidator(forms)).build().source(responses))) {
            items.addAll(TextItems.fromResponse(r, forms));
        }
        for (Appeal a : RecordSourceReads.<Appeal>all(h -> AppealCsvReader.builder().build().read(appeals, h))) {
            TextItems.fromAppeal(a).ifPresent(items::add);
        }
        assertThat(figures).isEqualTo(ThemeAggregator.builder(catalog).period(q1, zone).build().count(items));
        assertThat(figures.process("svc-a").orElseThrow().x("fee-receipt")).isEqualTo(PlantedTexts.RECEIPT_DISSATISFIED + PlantedTexts.RECEIPT_OTHER);
        assertThat(figures.process("svc-b").orElseThrow().x("fee-receipt")).isZero();
        assertThat(texts.anyTexts()).isTrue();
    }

    @Test
    void theAgencyReportSaysWhatClientsWrite(@TempDir Path tmp) throws Exception {
        Path out = tmp.resolve("report.html");
        CliRun r = run(inputs("report"), "--themes", themes.toString(), "-o", out.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        String html = Files.readString(out, StandardCharsets.UTF_8);

        assertThat(html).contains("<h2>Что пишут клиенты (3)</h2>").contains("Квитанция не приходит").contains("32 из 195").contains("[телефон]")
                .doesNotContain("916 123").doesNotContain("ivan.petrov").doesNotContain("(495)");
        List<String> quotes = new ArrayList<>();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("<li>(«.*?)</li>").matcher(html);
        while (m.find()) {
            quotes.add(m.group(1));
        }
        assertThat(quotes).isNotEmpty().filteredOn(q -> q.contains("кадровой")).isNotEmpty()
                .allSatisfy(q -> assertThat(q).endsWith("(комментарий)</span>"));
        assertThat(quotes).filteredOn(q -> q.contains("Квитанция")).isNotEmpty().allSatisfy(q -> assertThat(q).containsPattern("\\(комментарий r-\\d+\\)"));

        Path en = tmp.resolve("report-en.html");
        assertThat(run(inputs("report"), "--lang", "en", "-o", en.toString()).exitCode()).isZero();
        assertThat(Files.readString(en)).contains("<h2>What clients write (3)</h2>").contains("[phone]");
    }

    @Test
    void thePublicReportHasNoText(@TempDir Path tmp) throws Exception {
        Path out = tmp.resolve("public.html");
        CliRun r = run(inputs("report"), "--audience", "public", "--themes", themes.toString(), "-o", out.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        String text = Files.readString(out, StandardCharsets.UTF_8);

        // the theme's own title («Квитанция не приходит», the agency's words) may name a problem of "you said, we did";
        // no client's text, quote or phrase appears
        assertThat(text).doesNotContain("Что пишут клиенты").doesNotContain("квитанция").doesNotContain("Квитанция не приходит,")
                .doesNotContain("«Квитанция")
                .doesNotContain("кадровой").doesNotContain("[телефон]").doesNotContain("грубый");
    }

    /** Reads a source into a list. */
    static final class RecordSourceReads {
        static <T> List<T> all(RecordSource<T> source) {
            List<T> out = new ArrayList<>();
            source.read(io.github.otklik.core.io.RecordHandler.of(out::add, r -> { }));
            return out;
        }
    }
}
