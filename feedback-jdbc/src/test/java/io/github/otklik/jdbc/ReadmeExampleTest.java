package io.github.otklik.jdbc;

import io.github.otklik.metrics.MetricsSpec;

import io.github.otklik.core.io.Reject;
import io.github.otklik.core.period.ReportingPeriod;
import io.github.otklik.metrics.MetricsEngine;
import io.github.otklik.metrics.MetricsInputs;
import io.github.otklik.metrics.report.MetricsReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** Runs the module README's Java example and checks that the README shows exactly this code. */
class ReadmeExampleTest {
    @TempDir
    Path dir;

    @Test
    void readmeExampleRuns() {
        Path responsesJsonl = TestData.write(dir.resolve("responses.jsonl"), TestData.lines(TestData.responses(20)));
        Path appealsCsv = TestData.csv(dir.resolve("appeals.csv"), TestData.APPEALS_HEADER, TestData.appealRows(15));
        Path processesCsv = TestData.csv(dir.resolve("processes.csv"), TestData.PROCESSES_HEADER, TestData.processRows(10));
        String painMapJson = "{\"format\":\"otklik-painmap/1\",\"items\":[]}";
        MetricsReport[] seen = new MetricsReport[1];
        // README example begins
        try (FeedbackStore store = FeedbackStore.open("jdbc:h2:file:" + dir.resolve("otklik-store"))) {
            List<Reject> rejects = new ArrayList<>();
            ImportResult imported = store.importFile(RecordKind.RESPONSES, responsesJsonl, rejects::add)
                    .plus(store.importFile(RecordKind.APPEALS, appealsCsv, rejects::add))
                    .plus(store.importFile(RecordKind.PROCESSES, processesCsv, rejects::add));
            System.out.println(imported); // stored 45, unchanged 0, rejected 0
            MetricsReport report = MetricsEngine.from(MetricsSpec.builder(ReportingPeriod.parse("2025-Q1")).forms(store.forms()).build())
                    .run(MetricsInputs.none().withResponses(store.responses()).withAppeals(store.appeals())
                            .withProcesses(store.processes()), rejects::add);
            store.purgeRespondent("r-000001"); // the answers stay, the personal data goes for good
            long map = store.savePainMap("2025-Q1", "2025-03-31", "default", painMapJson);
            store.recordStatus(map, "svc-housing", "queue", "IN_PROGRESS", Instant.now(), "i.petrova", "окно №3 открыто");
            seen[0] = report;
        }
        // README example ends
        assertThat(seen[0].inputs().responses().accepted()).isEqualTo(20);
        try (FeedbackStore store = FeedbackStore.open("jdbc:h2:file:" + dir.resolve("otklik-store"))) {
            assertThat(store.importFile(RecordKind.RESPONSES, responsesJsonl, reject -> { })
                    .plus(store.importFile(RecordKind.APPEALS, appealsCsv, reject -> { }))
                    .plus(store.importFile(RecordKind.PROCESSES, processesCsv, reject -> { })).toString())
                    .isEqualTo("stored 0, unchanged 45, rejected 0");
            assertThat(store.respondent("r-000001")).isEmpty();
            assertThat(store.currentStatus("svc-housing", "queue").map(StatusChange::status)).contains("IN_PROGRESS");
        }
    }

    @Test
    void readmeShowsThisCode() throws Exception {
        String readme = Files.readString(Path.of("README.md"));
        Matcher m = Pattern.compile("```java\n(.*?)```", Pattern.DOTALL).matcher(readme);
        assertThat(m.find()).as("README has a java block").isTrue();
        String source = Files.readString(Path.of("src/test/java/io/github/otklik/jdbc/ReadmeExampleTest.java"));
        String between = source.substring(source.indexOf("// README example begins\n") + "// README example begins\n".length(),
                source.indexOf("        // README example ends"));
        between = between.replace("            seen[0] = report;\n", "");
        assertThat(normalize(m.group(1))).isEqualTo(normalize(between));
    }

    private static String normalize(String code) {
        return code.lines().map(String::strip).filter(l -> !l.isEmpty()).reduce("", (a, b) -> a + b + "\n");
    }
}
