package io.github.otklik.report;

import io.github.otklik.core.io.ResponseJsonlReader;
import io.github.otklik.core.period.ReportingPeriod;
import io.github.otklik.core.process.ProcessType;
import io.github.otklik.core.text.Language;
import io.github.otklik.forms.FormCatalog;
import io.github.otklik.forms.validation.ResponseValidator;
import io.github.otklik.metrics.Dimension;
import io.github.otklik.metrics.MetricsEngine;
import io.github.otklik.metrics.MetricsSpec;
import io.github.otklik.metrics.MetricsInputs;
import io.github.otklik.metrics.report.MetricsReport;
import io.github.otklik.synthetic.response.ProcessProfile;
import io.github.otklik.synthetic.response.SampleResponses;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** Runs the README's Java example and checks that the README shows exactly this code. */
class ReadmeExampleTest {
    @Test
    void readmeExampleRuns(@TempDir Path dir) throws Exception {
        Path responsesJsonl = dir.resolve("responses.jsonl");
        Path reportHtml = dir.resolve("report.html");
        try (Writer w = Files.newBufferedWriter(responsesJsonl)) {
            SampleResponses.builder(ReportingPeriod.parse("2025-Q1")).process(new ProcessProfile("svc-1", ProcessType.SERVICE, 0.6), 1)
                    .build().write(w, 300);
        }
        // README example begins
        FormCatalog catalog = FormCatalog.standard();
        ResponseJsonlReader reader = ResponseJsonlReader.builder().check(new ResponseValidator(catalog)).build();
        MetricsSpec spec = MetricsSpec.builder(ReportingPeriod.parse("2025-Q1")).forms(catalog).groupBy(Dimension.PROCESS).build();
        MetricsReport byProcess = MetricsEngine.from(spec)
                .run(MetricsInputs.none().withResponses(handler -> reader.read(responsesJsonl, handler)), reject -> { });
        String html = AnalyticReport.builder(byProcess)
                .agency("Министерство социальной политики").surveyUrl("https://example.org/survey")
                .lang(Language.RU).build().render();
        Files.writeString(reportHtml, html);
        // README example ends
        assertThat(Files.readString(reportHtml)).startsWith("<!DOCTYPE html>").contains("Министерство социальной политики")
                .contains("https://example.org/survey").doesNotContain("<script");
    }

    @Test
    void readmeShowsThisCode() throws Exception {
        String readme = Files.readString(Path.of("README.md"));
        Matcher m = Pattern.compile("```java\n(.*?)```", Pattern.DOTALL).matcher(readme);
        assertThat(m.find()).as("README has a java block").isTrue();
        String source = Files.readString(Path.of("src/test/java/io/github/otklik/report/ReadmeExampleTest.java"));
        String between = source.substring(source.indexOf("// README example begins\n") + "// README example begins\n".length(),
                source.indexOf("        // README example ends"));
        assertThat(normalize(m.group(1))).isEqualTo(normalize(between));
    }

    private static String normalize(String code) {
        return code.lines().map(String::strip).filter(l -> !l.isEmpty()).reduce("", (a, b) -> a + b + "\n");
    }
}
