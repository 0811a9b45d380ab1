package io.github.otklik.beam;

import io.github.otklik.metrics.disclosure.Disclosure;
import io.github.otklik.metrics.MetricsSpec;
import io.github.otklik.core.period.ReportingPeriod;
import io.github.otklik.core.io.AppealCsvReader;
import io.github.otklik.core.io.ProcessInstanceCsvReader;
import io.github.otklik.core.io.Reject;
import io.github.otklik.core.io.ResponseJsonlReader;
import io.github.otklik.core.process.TargetIndicator;
import io.github.otklik.forms.validation.ResponseValidator;
import io.github.otklik.metrics.Dimension;
import io.github.otklik.metrics.MetricsEngine;
import io.github.otklik.metrics.MetricsInputs;
import io.github.otklik.metrics.report.MetricsJson;
import io.github.otklik.metrics.report.MetricsReport;
import io.github.otklik.metrics.disclosure.Edition;
import io.github.otklik.metrics.target.Target;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.PipelineResult;
import org.apache.beam.sdk.options.PipelineOptions;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The acceptance test of the module: on the DirectRunner, with every input split into a dozen
 * files and several workers, the pipeline's {@code otklik-metrics/1} document is byte for byte the
 * one {@code MetricsEngine} gives on the whole files, and its rejects are the engine's, each
 * translated to the part file and line where the record sits.
 */
class PipelineEqualsEngineTest {
    private static final int PARTS = 12;

    @TempDir
    static Path dir;
    static SplitInput responses;
    static SplitInput appeals;
    static SplitInput processes;

    @BeforeAll
    static void data() {
        responses = new SplitInput(dir, "responses", "jsonl", null, TestData.responses(2_500), PARTS);
        appeals = new SplitInput(dir, "appeals", "csv", TestData.APPEALS_HEADER, TestData.appeals(1_500), PARTS);
        processes = new SplitInput(dir, "processes", "csv", TestData.PROCESSES_HEADER, TestData.processes(1_500), PARTS);
    }

    /** The engine's report and rejects on the whole files, read as the CLI reads them. */
    private static Reference reference(MetricsSpec spec) {
        MetricsEngine engine = MetricsEngine.from(spec);
        ResponseJsonlReader r = ResponseJsonlReader.builder().check(new ResponseValidator(spec.forms())).build();
        MetricsInputs inputs = MetricsInputs.none()
                .withResponses(h -> r.read(responses.whole, h))
                .withAppeals(h -> AppealCsvReader.builder().build().read(appeals.whole, h))
                .withProcesses(h -> ProcessInstanceCsvReader.builder().build().read(processes.whole, h));
        List<Reject> rejects = new ArrayList<>();
        MetricsReport report = engine.run(inputs, rejects::add);
        List<String> expected = new ArrayList<>();
        for (Reject x : rejects) {
            SplitInput in = x.source().startsWith("responses") ? responses : x.source().startsWith("appeals") ? appeals : processes;
            expected.add(MetricsResult.jsonLine(in.inParts(x)));
        }
        return new Reference(MetricsJson.toJson(report), sorted(expected), report);
    }

    private record Reference(String json, List<String> rejects, MetricsReport report) {
    }

    private static List<String> sorted(List<String> rejectLines) {
        List<String> out = new ArrayList<>(rejectLines);
        out.sort(Comparator.naturalOrder());
        return out;
    }

    private static PipelineOptions directRunner() {
        return PipelineOptionsFactory.fromArgs("--runner=DirectRunner", "--targetParallelism=4").create();
    }

    private static void run(Pipeline p) {
        assertThat(p.run().waitUntilFinish()).isEqualTo(PipelineResult.State.DONE);
    }

    @Test
    void internalReportWithGroupsComparisonAndTargetsEqualsTheEngineFigureForFigure() throws IOException {
        List<Target> targets = List.of(
                new Target("svc-housing", new TargetIndicator("satisfaction.overall.share", 0.8, TargetIndicator.Direction.AT_LEAST)),
                new Target("svc-benefits", new TargetIndicator("appeals.waitDays.p90", 20, TargetIndicator.Direction.AT_MOST)),
                new Target("ctl-inspection", new TargetIndicator("processes.durationHours.p50", 300, TargetIndicator.Direction.AT_MOST)));
        MetricsSpec spec = MetricsSpec.builder(ReportingPeriod.parse("2025-Q1"))
                .zone(ZoneId.of("Europe/Samara"))
                .groupBy(List.of(Dimension.PROCESS, Dimension.CHANNEL))
                .compareWith(ReportingPeriod.parse("2024-Q4"))
                .targets(targets)
                .build();
        Reference ref = reference(spec);
        assertThat(ref.report().rejected()).isGreaterThan(100);
        assertThat(ref.report().satisfaction()).hasSizeGreaterThan(10);
        assertThat(ref.report().deviations()).hasSize(3);

        Pipeline p = Pipeline.create(directRunner());
        MetricsResult result = p.apply(OtklikPipelines.metrics(spec)
                .responses(responses.pattern())
                .appeals(appeals.pattern())
                .processes(processes.pattern()));
        Path out = dir.resolve("out-internal");
        result.writeMetrics(out.resolve("metrics.json").toString());
        result.writeRejects(out.resolve("rejects.jsonl").toString());
        run(p);

        assertThat(Files.readString(out.resolve("metrics.json"), StandardCharsets.UTF_8)).isEqualTo(ref.json());
        assertThat(sorted(Files.readAllLines(out.resolve("rejects.jsonl"), StandardCharsets.UTF_8))).isEqualTo(ref.rejects());
    }

    @Test
    void publicReportWithSuppressedCellsEqualsTheEngine() throws IOException {
        MetricsSpec spec = MetricsSpec.builder(ReportingPeriod.parse("2025-Q1"))
                .groupBy(List.of(Dimension.FORM, Dimension.CHANNEL, Dimension.CLIENT_KIND, Dimension.KIND))
                .disclosure(Disclosure.of(Edition.PUBLIC, 30))
                .build();
        Reference ref = reference(spec);
        assertThat(ref.json()).contains("\"suppressed\" : true");

        Pipeline p = Pipeline.create(directRunner());
        MetricsResult result = p.apply(OtklikPipelines.metrics(spec)
                .responses(responses.pattern())
                .appeals(appeals.pattern())
                .processes(processes.pattern()));
        Path out = dir.resolve("out-public");
        result.writeMetrics(out.resolve("metrics.json").toString());
        run(p);

        assertThat(Files.readString(out.resolve("metrics.json"), StandardCharsets.UTF_8)).isEqualTo(ref.json());
    }

    @Test
    void theCommandLineMainWritesTheSameFiles() throws IOException {
        Path out = dir.resolve("out-main");
        OtklikPipelines.main(new String[] {"--runner=DirectRunner", "--targetParallelism=3",
            "--responses=" + responses.pattern(), "--appeals=" + appeals.pattern() + ",/nonexistent/appeals-*.csv",
            "--period=2025-01", "--zone=Europe/Moscow", "--groupBy=agency,topic",
            "--output=" + out.resolve("metrics.json"), "--rejects=" + out.resolve("rejects.jsonl")});
        MetricsSpec spec = MetricsSpec.builder(ReportingPeriod.parse("2025-01"))
                .groupBy(List.of(Dimension.AGENCY, Dimension.TOPIC)).build();
        MetricsEngine engine = MetricsEngine.from(spec);
        ResponseJsonlReader r = ResponseJsonlReader.builder().check(new ResponseValidator(spec.forms())).build();
        List<Reject> rejects = new ArrayList<>();
        MetricsReport report = engine.run(MetricsInputs.none().withResponses(h -> r.read(responses.whole, h))
                .withAppeals(h -> AppealCsvReader.builder().build().read(appeals.whole, h)), rejects::add);
        List<String> expected = new ArrayList<>();
        for (Reject x : rejects) {
            expected.add(MetricsResult.jsonLine((x.source().startsWith("responses") ? responses : appeals).inParts(x)));
        }
        assertThat(Files.readString(out.resolve("metrics.json"), StandardCharsets.UTF_8)).isEqualTo(MetricsJson.toJson(report));
        assertThat(sorted(Files.readAllLines(out.resolve("rejects.jsonl"), StandardCharsets.UTF_8))).isEqualTo(sorted(expected));
    }
}
