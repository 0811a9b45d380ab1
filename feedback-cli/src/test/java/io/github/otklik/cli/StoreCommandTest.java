package io.github.otklik.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class StoreCommandTest {
    @Test
    void importIsIdempotentAndMetricsFromTheStoreEqualMetricsFromFiles(@TempDir Path dir) {
        String db = "jdbc:h2:file:" + dir.resolve("otklik").toAbsolutePath();
        String[] files = {"--responses", Fixture.path("responses.jsonl"), "--appeals", Fixture.path("appeals.csv"),
            "--processes", Fixture.path("processes.csv")};
        CliRun first = CliRun.of(concat(new String[] {"store", "import", "--db", db, "--forms", Fixture.path("forms")}, files));
        assertThat(first.out()).isEqualTo("stored 12, unchanged 0, rejected 1\n");
        assertThat(first.exitCode()).isEqualTo(1);
        CliRun again = CliRun.of(concat(new String[] {"store", "import", "--db", db, "--forms", Fixture.path("forms")}, files));
        assertThat(again.out()).isEqualTo("stored 0, unchanged 12, rejected 1\n");

        CliRun fromDb = CliRun.of("metrics", "--db", db, "--period", "2025-Q1", "--group-by", "process");
        CliRun fromFiles = CliRun.of(concat(new String[] {"metrics", "--forms", Fixture.path("forms"), "--period", "2025-Q1",
            "--group-by", "process"}, files));
        assertThat(fromDb.exitCode()).as(fromDb.err()).isZero();
        // the inputs block differs (the store holds only accepted records); every figure after it is equal
        assertThat(fromDb.out().substring(fromDb.out().indexOf("\"satisfaction\"")))
                .isEqualTo(fromFiles.out().substring(fromFiles.out().indexOf("\"satisfaction\"")));
    }

    @Test
    void dbAndFilesTogetherIsAUsageError(@TempDir Path dir) {
        CliRun run = CliRun.of("metrics", "--db", "jdbc:h2:mem:x", "--appeals", Fixture.path("appeals.csv"), "--period", "2025-Q1");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("either --db or the input files");
    }

    private static String[] concat(String[] a, String[] b) {
        String[] out = new String[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
