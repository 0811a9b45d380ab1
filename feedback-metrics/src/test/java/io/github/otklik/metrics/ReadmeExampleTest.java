package io.github.otklik.metrics;

import io.github.otklik.core.io.AppealCsvReader;
import io.github.otklik.core.period.ReportingPeriod;
import io.github.otklik.forms.FormCatalog;
import io.github.otklik.metrics.report.MetricsJson;
import io.github.otklik.metrics.report.MetricsReport;
import io.github.otklik.metrics.stats.DurationSketch;
import io.github.otklik.metrics.stats.Normal;
import io.github.otklik.metrics.stats.SampleSize;
import io.github.otklik.metrics.stats.SmallIntCounts;
import io.github.otklik.metrics.stats.Wilson;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Runs the module README's Java example and checks that the README shows exactly this code. */
class ReadmeExampleTest {
    @Test
    void readmeExampleRuns() {
        // README example begins
        SmallIntCounts waitDays = new SmallIntCounts();
        for (int days : new int[] {3, 1, 30, 7, 2, 5, 14, 9, 4, 6}) waitDays.add(days);
        DurationSketch hours = new DurationSketch();
        for (double h : new double[] {0.5, 26.25, 71.5, 3.75}) hours.add(h);
        double prevalence = Wilson.lowerBound(120, 400, Normal.zForConfidence(0.95));
        System.out.println("waitDays p90 = " + waitDays.quantile(0.9) + ", durationHours p50 ≈ " + hours.quantile(0.5)
                + ", L = " + prevalence + ", sample for N = 1000: " + SampleSize.cochran(1000));
        // README example ends
        assertThat(waitDays.quantile(0.9)).isEqualTo(14);
        assertThat(hours.quantile(0.5)).isCloseTo(3.75, within(3.75 * 0.005));
        assertThat(prevalence).isEqualTo(0.25716767195619705);
        assertThat(SampleSize.cochran(1000)).isEqualTo(278);
    }

    @Test
    void engineExampleRuns(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Path appealsCsv = dir.resolve("appeals.csv");
        Files.writeString(appealsCsv, "id,agency,process,channel,kind,registeredAt\na-1,ag,svc-1,EPGU,COMPLAINT,2025-02-01T10:00:00Z\n");
        // README engine example begins
        MetricsSpec spec = MetricsSpec.builder(ReportingPeriod.parse("2025-Q1"))
                .forms(FormCatalog.standard())
                .zone(ZoneId.of("Europe/Samara"))
                .groupBy(Dimension.PROCESS)
                .build();
        MetricsEngine engine = MetricsEngine.from(spec);
        MetricsInputs inputs = MetricsInputs.none()
                .withAppeals(handler -> AppealCsvReader.builder().build().read(appealsCsv, handler));
        MetricsReport report = engine.run(inputs, reject -> System.err.println(reject));
        System.out.println(MetricsJson.toJson(report));
        // README engine example ends
        assertThat(report.appeals()).hasSize(2);
        assertThat(report.appeals().get(1).figures().complaints()).isEqualTo(1);
    }

    @Test
    void readmeShowsThisCode() throws Exception {
        String readme = Files.readString(Path.of("README.md"));
        Matcher m = Pattern.compile("```java\n(.*?)```", Pattern.DOTALL).matcher(readme);
        String source = Files.readString(Path.of("src/test/java/io/github/otklik/metrics/ReadmeExampleTest.java"));
        assertThat(m.find()).as("README has the engine example").isTrue();
        assertThat(normalize(m.group(1))).isEqualTo(normalize(between(source, "README engine example")));
        assertThat(m.find()).as("README has the stats example").isTrue();
        assertThat(normalize(m.group(1))).isEqualTo(normalize(between(source, "README example")));
    }

    private static String between(String source, String marker) {
        String begin = "// " + marker + " begins\n";
        return source.substring(source.indexOf(begin) + begin.length(), source.indexOf("        // " + marker + " ends"));
    }

    private static String normalize(String code) {
        return code.lines().map(String::strip).filter(l -> !l.isEmpty()).reduce("", (a, b) -> a + b + "\n");
    }
}
