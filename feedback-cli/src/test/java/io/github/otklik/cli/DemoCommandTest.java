package io.github.otklik.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The demo runs the whole job on a small sample and leaves every output behind. */
class DemoCommandTest {
    @Test
    void demoWritesMetricsPainMapAndBothReports(@TempDir Path dir) throws Exception {
        CliRun run = CliRun.of("demo", "--out", dir.toString(), "--responses", "400");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("report.html").contains("Pain map:");
        for (String f : new String[] {"metrics.json", "metrics.txt", "painmap.json", "painmap.csv", "painmap.md", "painmap.html",
            "report.html", "report-public.html", "registry.json", "responses.jsonl", "appeals.csv", "processes.csv"}) {
            assertThat(dir.resolve(f)).as(f).exists();
        }
        JsonNode metrics = new ObjectMapper().readTree(dir.resolve("metrics.json").toFile());
        assertThat(metrics.at("/inputs/responses/inPeriod").asLong()).isEqualTo(400);
        assertThat(metrics.at("/comparedWith/label").asText()).isEqualTo("2024-Q4");
        String publicReport = Files.readString(dir.resolve("report-public.html"));
        assertThat(publicReport).doesNotContain("INT-").doesNotContain("Карта болей");
        assertThat(Files.readString(dir.resolve("report.html"))).contains("Карта болей");
    }
}
