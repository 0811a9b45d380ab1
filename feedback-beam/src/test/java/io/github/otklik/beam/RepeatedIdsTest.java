package io.github.otklik.beam;

import io.github.otklik.metrics.MetricsSpec;
import io.github.otklik.core.period.ReportingPeriod;
import io.github.otklik.core.io.Reject;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.PipelineResult;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Duplicate detection is global: the first accepted record by (path, line) keeps the id, wherever the runner reads it. */
class RepeatedIdsTest {
    private static final String APPEAL = "%s,minsoc,,EPGU,APPEAL,,,%s,,,\n";
    private static final String HEADER = "id,agency,process,channel,kind,topic,reason,registeredAt,answeredAt,dueDate,outcome\n";

    @Test
    void laterFilesLoseTheirRepeatedIdsWithTheReadersReason(@TempDir Path dir) throws Exception {
        // c.csv: a-1 invalid first (does not claim the id), then valid; b.csv: a-1 valid at line 3; a.csv.gz: a-2 twice
        Files.writeString(dir.resolve("c.csv"), HEADER + String.format(APPEAL, "a-1", "2025-13-01T00:00:00Z")
                + String.format(APPEAL, "a-1", "2025-02-01T10:00:00Z") + String.format(APPEAL, "a-3", "2025-02-01T10:00:00Z"), StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("b.csv"), HEADER + "\n" + String.format(APPEAL, "a-1", "2025-01-05T10:00:00Z"), StandardCharsets.UTF_8);
        try (java.io.OutputStream gz = new java.util.zip.GZIPOutputStream(Files.newOutputStream(dir.resolve("a.csv.gz")))) {
            gz.write((HEADER + String.format(APPEAL, "a-2", "2025-01-01T10:00:00Z") + String.format(APPEAL, "a-2", "2025-03-01T10:00:00Z"))
                    .getBytes(StandardCharsets.UTF_8));
        }
        MetricsSpec spec = MetricsSpec.builder(ReportingPeriod.parse("2025-Q1")).build();
        Pipeline p = Pipeline.create(PipelineOptionsFactory.fromArgs("--runner=DirectRunner", "--targetParallelism=3").create());
        MetricsResult r = p.apply(OtklikPipelines.metrics(spec).appeals(dir.resolve("*.csv*").toString(), dir.resolve("none-*.csv").toString()));
        r.writeMetrics(dir.resolve("out/metrics.json").toString());
        r.writeRejects(dir.resolve("out/rejects.jsonl").toString());
        assertThat(p.run().waitUntilFinish()).isEqualTo(PipelineResult.State.DONE);

        List<String> rejects = Files.readAllLines(dir.resolve("out/rejects.jsonl"), StandardCharsets.UTF_8);
        rejects.sort(null);
        assertThat(rejects).containsExactly(
                MetricsResult.jsonLine(Reject.of("a.csv.gz", 3, "a-2", "id", "id \"a-2\" repeats an earlier row")),
                MetricsResult.jsonLine(Reject.of("c.csv", 2, "a-1", "registeredAt", rejectReason())),
                MetricsResult.jsonLine(Reject.of("c.csv", 3, "a-1", "id", "id \"a-1\" repeats an earlier row")));
        String metrics = Files.readString(dir.resolve("out/metrics.json"), StandardCharsets.UTF_8);
        assertThat(metrics).contains("\"read\" : 6", "\"accepted\" : 3", "\"rejected\" : 3", "\"inPeriod\" : 3");
        assertThat(metrics).contains("\"responses\" : {\n      \"read\" : 0");
        assertThat(metrics).contains("\"satisfaction\" : [ ]", "\"processes\" : [ ]");
    }

    /** The reader's own words for the malformed date, whatever they are. */
    private static String rejectReason() throws Exception {
        Reject[] seen = new Reject[1];
        io.github.otklik.core.io.AppealCsvReader.builder().build().read(new java.io.ByteArrayInputStream(
                (HEADER + String.format(APPEAL, "a-1", "2025-13-01T00:00:00Z")).getBytes(StandardCharsets.UTF_8)), "x.csv",
                new io.github.otklik.core.io.RecordHandler<io.github.otklik.core.appeal.Appeal>() {
                    @Override
                    public void accept(io.github.otklik.core.appeal.Appeal record, long line) {
                    }

                    @Override
                    public void reject(Reject reject) {
                        seen[0] = reject;
                    }
                });
        return seen[0].reason();
    }

    @Test
    void aMissingFileWithoutWildcardFailsThePipeline(@TempDir Path dir) {
        MetricsSpec spec = MetricsSpec.builder(ReportingPeriod.parse("2025-Q1")).build();
        Pipeline p = Pipeline.create(PipelineOptionsFactory.fromArgs("--runner=DirectRunner").create());
        p.apply(OtklikPipelines.metrics(spec).responses(dir.resolve("missing.jsonl").toString()));
        assertThatThrownBy(() -> p.run().waitUntilFinish()).hasStackTraceContaining("missing.jsonl");
    }
}
