package io.github.otklik.metrics;

import io.github.otklik.metrics.disclosure.Disclosure;
import io.github.otklik.core.io.Reject;
import io.github.otklik.core.io.ResponseJsonlReader;
import io.github.otklik.core.period.ReportingPeriod;
import io.github.otklik.core.process.ProcessType;
import io.github.otklik.core.response.SurveyResponse;
import io.github.otklik.forms.FormCatalog;
import io.github.otklik.synthetic.response.ProcessProfile;
import io.github.otklik.synthetic.response.ResponseJsonlWriter;
import io.github.otklik.synthetic.response.SampleResponses;
import io.github.otklik.forms.validation.ResponseValidator;
import io.github.otklik.metrics.report.MetricsJson;
import io.github.otklik.metrics.disclosure.Edition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A responses file read on several threads, each filling its own accumulators (the reader's
 * unordered source), gives the report and the rejects of the ordered read.
 */
class UnorderedReadTest {
    private static final ReportingPeriod Q1 = ReportingPeriod.parse("2025-Q1");

    @Test
    void reportAndRejectsEqualTheOrderedRead(@TempDir Path dir) throws IOException {
        SampleResponses.Builder b = SampleResponses.builder(Q1).seed(5);
        int i = 0;
        for (ProcessType t : ProcessType.values()) {
            b.process(new ProcessProfile("p-" + i++, t, 0.3 + 0.05 * i), 1 + i);
        }
        List<SurveyResponse> responses = b.build().generate(6_000);
        StringWriter text = new StringWriter();
        ResponseJsonlWriter w = new ResponseJsonlWriter(text);
        for (SurveyResponse r : responses) {
            w.write(r);
        }
        w.flush();
        List<String> lines = new ArrayList<>(text.toString().lines().toList());
        for (int k = 0; k < lines.size(); k += 97) {
            lines.set(k, k % 2 == 0 ? lines.get(k / 2) : "{\"id\":"); // repeated ids and malformed lines
        }
        Path file = dir.resolve("responses.jsonl");
        Files.write(file, lines);

        FormCatalog catalog = FormCatalog.standard();
        List<MetricsEngine> engines = List.of(
                MetricsEngine.from(MetricsSpec.builder(Q1).forms(catalog).build()),
                MetricsEngine.from(MetricsSpec.builder(Q1).forms(catalog).groupBy(List.of(Dimension.PROCESS, Dimension.CHANNEL)).compareWith(Q1.previous())
                        .segments(List.of(Dimension.CATEGORY)).build()),
                MetricsEngine.from(MetricsSpec.builder(Q1).forms(catalog).groupBy(List.of(Dimension.FORM)).disclosure(Disclosure.of(Edition.PUBLIC, 30)).build()));
        for (MetricsEngine engine : engines) {
            ResponseJsonlReader sequential = ResponseJsonlReader.builder().check(new ResponseValidator(catalog)).build();
            List<Reject> orderedRejects = new ArrayList<>();
            String ordered = MetricsJson.toJson(engine.run(MetricsInputs.none().withResponses(h -> sequential.read(file, h)), orderedRejects::add));
            assertThat(orderedRejects).hasSizeGreaterThan(50);
            assertThat(ordered).contains("\"inPeriod\"");
            for (int threads : new int[] {1, 2, 4}) {
                ResponseJsonlReader reader = ResponseJsonlReader.builder().check(new ResponseValidator(catalog)).parallelism(threads).build();
                List<Reject> rejects = new ArrayList<>();
                String unordered = MetricsJson.toJson(engine.run(MetricsInputs.none().withResponses(reader.source(file)), rejects::add));
                assertThat(unordered).as("%d threads", threads).isEqualTo(ordered);
                assertThat(rejects).isEqualTo(orderedRejects);
            }
        }
    }
}
