package io.github.otklik.cli;

import io.github.otklik.core.appeal.Appeal;
import io.github.otklik.core.io.AppealCsvReader;
import io.github.otklik.core.io.ProcessInstanceCsvReader;
import io.github.otklik.core.io.ReadSummary;
import io.github.otklik.core.io.RecordHandler;
import io.github.otklik.core.io.Reject;
import io.github.otklik.core.process.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class GenerateCommandTest {
    @Test
    void sameSeedGivesByteIdenticalFiles(@TempDir Path dir) throws Exception {
        Path a = dir.resolve("a");
        Path b = dir.resolve("b");
        assertThat(CliRun.of("generate", "--out", a.toString(), "--appeals", "300", "--processes", "200", "--seed", "7").exitCode()).isZero();
        assertThat(CliRun.of("generate", "--out", b.toString(), "--appeals", "300", "--processes", "200", "--seed", "7").exitCode()).isZero();
        for (String f : List.of("appeals.csv", "processes.csv", "registry.json")) {
            assertThat(Files.readAllBytes(a.resolve(f))).as(f).isEqualTo(Files.readAllBytes(b.resolve(f)));
        }
        Path c = dir.resolve("c");
        CliRun.of("generate", "--out", c.toString(), "--appeals", "300", "--processes", "200", "--seed", "8");
        assertThat(Files.readAllBytes(c.resolve("appeals.csv"))).isNotEqualTo(Files.readAllBytes(a.resolve("appeals.csv")));
    }

    @Test
    void generatedRecordsAreAllValidAndRealistic(@TempDir Path dir) {
        CliRun run = CliRun.of("generate", "--out", dir.toString(), "--appeals", "2000", "--processes", "2000");
        assertThat(run.exitCode()).isZero();
        List<Appeal> appeals = new ArrayList<>();
        ReadSummary s = AppealCsvReader.builder().build().read(dir.resolve("appeals.csv"), collect(appeals));
        assertThat(s.accepted()).isEqualTo(2000);
        assertThat(appeals.stream().map(Appeal::channel).distinct().count()).isGreaterThanOrEqualTo(6);
        assertThat(appeals.stream().filter(a -> !a.isAnswered()).count()).isBetween(20L, 400L);
        long overdueAnswered = appeals.stream().filter(Appeal::isAnswered)
                .filter(a -> a.answeredAt().get().isAfter(a.registeredAt().plusSeconds(31L * 86_400))).count();
        assertThat(overdueAnswered).isPositive();
        List<ProcessInstance> instances = new ArrayList<>();
        ReadSummary p = ProcessInstanceCsvReader.builder().build().read(dir.resolve("processes.csv"), collect(instances));
        assertThat(p.accepted()).isEqualTo(2000);
        assertThat(instances.stream().filter(i -> i.negativeReason().isPresent()).count()).isPositive();
        assertThat(instances.stream().map(ProcessInstance::process).distinct().count()).isGreaterThanOrEqualTo(8);
    }

    @Test
    void badZoneAndPeriodAreUsageErrors(@TempDir Path dir) {
        CliRun zone = CliRun.of("generate", "--out", dir.toString(), "--zone", "Mars/Olympus");
        assertThat(zone.exitCode()).isEqualTo(2);
        assertThat(zone.err()).contains("unknown zone \"Mars/Olympus\"").doesNotContain("Exception");
        CliRun period = CliRun.of("generate", "--out", dir.toString(), "--period", "2025-Q7");
        assertThat(period.exitCode()).isEqualTo(2);
        assertThat(period.err()).contains("invalid period");
        assertThat(CliRun.of("generate").exitCode()).isEqualTo(2);
        assertThat(CliRun.of("no-such-command").exitCode()).isEqualTo(2);
    }

    @Test
    void versionAndHelp() {
        CliRun version = CliRun.of("--version");
        assertThat(version.exitCode()).isZero();
        assertThat(version.out()).startsWith("otklik ");
        CliRun help = CliRun.of("--help");
        assertThat(help.exitCode()).isZero();
        assertThat(help.out()).contains("generate");
    }

    private static <T> RecordHandler<T> collect(List<T> into) {
        return new RecordHandler<>() {
            @Override
            public void accept(T record, long line) {
                into.add(record);
            }

            @Override
            public void reject(Reject reject) {
                throw new AssertionError("unexpected reject " + reject);
            }
        };
    }
}
