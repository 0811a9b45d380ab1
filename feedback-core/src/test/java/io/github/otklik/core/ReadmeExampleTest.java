package io.github.otklik.core;

import io.github.otklik.core.appeal.Appeal;
import io.github.otklik.core.io.AppealCsvReader;
import io.github.otklik.core.io.ReadSummary;
import io.github.otklik.core.io.RecordHandler;
import io.github.otklik.core.io.Reject;
import io.github.otklik.core.period.ReportingPeriod;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** Runs the README's Java example and checks that the README shows exactly this code. */
class ReadmeExampleTest {
    @Test
    void readmeExampleRuns(@TempDir Path dir) throws Exception {
        Path appealsCsv = dir.resolve("appeals.csv");
        Files.writeString(appealsCsv, "id,agency,channel,kind,registeredAt\n"
                + "a-1,minsoc,EPGU,COMPLAINT,2025-03-31T20:30:00Z\n"
                + "a-2,minsoc,EPGU,APPEAL,2025-03-31T21:30:00Z\n"
                + "a-3,minsoc,FAX,APPEAL,2025-03-01T10:00:00Z\n");
        // README example begins
        ReportingPeriod quarter = ReportingPeriod.parse("2025-Q1");
        ZoneId zone = ZoneId.of("Europe/Moscow");
        List<Appeal> inQuarter = new ArrayList<>();
        List<Reject> rejects = new ArrayList<>();
        ReadSummary summary = AppealCsvReader.builder().build().read(appealsCsv, RecordHandler.of(appeal -> {
            if (quarter.contains(appeal.registeredAt(), zone)) inQuarter.add(appeal);
        }, rejects::add));
        System.out.println(summary.accepted() + " accepted, " + inQuarter.size() + " in " + quarter);
        // README example ends
        assertThat(summary.accepted()).isEqualTo(2);
        assertThat(inQuarter).extracting(Appeal::id).containsExactly("a-1");
        assertThat(rejects).singleElement().satisfies(r -> assertThat(r.line()).isEqualTo(4));
    }

    @Test
    void readmeShowsThisCode() throws Exception {
        readmeShowsThisCode(Path.of("..", "README.md"));
        readmeShowsThisCode(Path.of("README.md"));
    }

    private static void readmeShowsThisCode(Path file) throws Exception {
        String readme = Files.readString(file);
        Matcher m = Pattern.compile("```java\n(.*?)```", Pattern.DOTALL).matcher(readme);
        assertThat(m.find()).as("README has a java block").isTrue();
        String source = Files.readString(Path.of("src/test/java/io/github/otklik/core/ReadmeExampleTest.java"));
        String between = source.substring(source.indexOf("// README example begins\n") + "// README example begins\n".length(),
                source.indexOf("        // README example ends"));
        assertThat(normalize(m.group(1))).isEqualTo(normalize(between));
    }

    private static String normalize(String code) {
        return code.lines().map(String::strip).filter(l -> !l.isEmpty()).reduce("", (a, b) -> a + b + "\n");
    }
}
