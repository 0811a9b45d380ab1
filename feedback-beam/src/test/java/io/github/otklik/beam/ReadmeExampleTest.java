package io.github.otklik.beam;

import io.github.otklik.metrics.MetricsSpec;
import io.github.otklik.core.period.ReportingPeriod;
import io.github.otklik.metrics.Dimension;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** Runs the module README's Java example and checks that the README shows exactly this code. */
class ReadmeExampleTest {
    @Test
    void readmeExampleRuns(@TempDir Path dir) throws Exception {
        String[] args = {"--runner=DirectRunner"};
        String data = dir.toString();
        Files.writeString(dir.resolve("responses-1.jsonl"), String.join("", TestData.responses(40)), StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("appeals-1.csv"), TestData.APPEALS_HEADER + String.join("", TestData.appeals(40)), StandardCharsets.UTF_8);
        // README example begins
        MetricsSpec spec = MetricsSpec.builder(ReportingPeriod.parse("2025-Q1"))
                .zone(ZoneId.of("Europe/Samara"))
                .groupBy(List.of(Dimension.PROCESS))
                .build();
        Pipeline pipeline = Pipeline.create(PipelineOptionsFactory.fromArgs(args).create());
        MetricsResult result = pipeline.apply(OtklikPipelines.metrics(spec)
                .responses(data + "/responses-*.jsonl")
                .appeals(data + "/appeals-*.csv"));
        result.writeMetrics(data + "/out/metrics.json");
        result.writeRejects(data + "/out/rejects.jsonl");
        pipeline.run().waitUntilFinish();
        // README example ends
        assertThat(Files.readString(dir.resolve("out/metrics.json"))).startsWith("{\n  \"format\" : \"otklik-metrics/1\"");
        assertThat(Files.readAllLines(dir.resolve("out/rejects.jsonl"))).isNotEmpty();
    }

    @Test
    void readmeShowsThisCode() throws Exception {
        String readme = Files.readString(Path.of("README.md"));
        Matcher m = Pattern.compile("```java\n(.*?)```", Pattern.DOTALL).matcher(readme);
        String source = Files.readString(Path.of("src/test/java/io/github/otklik/beam/ReadmeExampleTest.java"));
        assertThat(m.find()).as("README has the example").isTrue();
        String begin = "// README example begins\n";
        String shown = source.substring(source.indexOf(begin) + begin.length(), source.indexOf("        // README example ends"));
        assertThat(normalize(m.group(1))).isEqualTo(normalize(shown));
    }

    private static String normalize(String code) {
        return code.lines().map(String::strip).filter(l -> !l.isEmpty()).reduce("", (a, b) -> a + b + "\n");
    }
}
