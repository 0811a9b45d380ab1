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

    @Test
    void aDatabaseThatCannotBeOpenedExitsTwoWithItsReasonAndNoStackTrace() {
        String db = "jdbc:postgresql://127.0.0.1:1/none?user=u&password=secret";
        CliRun run = CliRun.of("store", "import", "--db", db, "--processes", Fixture.path("processes.csv"));

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).startsWith("otklik: cannot open the store at jdbc:postgresql://127.0.0.1:1/none?user=u&password=***: ")
                .containsIgnoringCase("connect").doesNotContain("secret", "\tat ", "Exception:").hasLineCount(1);
        assertThat(CliRun.of("store", "import", "--db", db, "--processes", Fixture.path("processes.csv"), "--verbose").err())
                .contains("\tat ").doesNotContain("secret");
    }

    @Test
    void aDatabaseFailureMidImportExitsTwoNamingTheBatchAndTheDatabasesReason(@TempDir Path dir) throws Exception {
        String db = "jdbc:h2:file:" + dir.resolve("otklik").toAbsolutePath();
        try (java.sql.Connection c = java.sql.DriverManager.getConnection(db); java.sql.Statement st = c.createStatement()) {
            io.github.otklik.jdbc.FeedbackStore.open(db).close();
            st.execute("DROP TABLE process_instances");
        }
        CliRun run = CliRun.of("store", "import", "--db", db, "--processes", Fixture.path("processes.csv"));

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith("otklik: cannot import into process_instances: batch 1 (lines 2–")
                .contains("first record p-1, last record ", "the database says: ", "PROCESS_INSTANCES", "(SQL state 42S02)")
                .doesNotContain("INSERT", "SELECT", "?", "\tat ").hasLineCount(1);
        assertThat(CliRun.of("store", "import", "--db", db, "--processes", Fixture.path("processes.csv"), "--verbose").err())
                .contains("\tat ");
    }

    @Test
    void recordsTheDatabaseCannotTakeAreRejectedAloneAndTheImportExitsOne(@TempDir Path dir) throws Exception {
        String db = "jdbc:h2:file:" + dir.resolve("otklik").toAbsolutePath();
        java.util.List<String> lines = new java.util.ArrayList<>(java.nio.file.Files.readAllLines(Path.of(Fixture.path("responses.jsonl"))));
        lines.set(0, lines.get(0).replace("\"submittedAt\":\"2025-01-15T10:00:00Z\"", "\"submittedAt\":\"+999999999-12-31T23:59:59Z\""));
        Path responses = java.nio.file.Files.write(dir.resolve("responses.jsonl"), lines);
        Path rejects = dir.resolve("rejects.jsonl");
        try (java.sql.Connection c = java.sql.DriverManager.getConnection(db); java.sql.Statement st = c.createStatement()) {
            io.github.otklik.jdbc.FeedbackStore.open(db).close();
            st.execute("ALTER TABLE process_instances ADD CONSTRAINT no_svc_2 CHECK (process <> 'svc-2')");
        }
        CliRun run = CliRun.of("store", "import", "--db", db, "--forms", Fixture.path("forms"), "--responses", responses.toString(),
            "--processes", Fixture.path("processes.csv"), "--rejects", rejects.toString());

        assertThat(run.exitCode()).as(run.err()).isEqualTo(1);
        long svc2 = java.nio.file.Files.readAllLines(Path.of(Fixture.path("processes.csv"))).stream().filter(l -> l.contains(",svc-2,")).count();
        assertThat(svc2).isPositive();
        java.util.List<String> written = java.nio.file.Files.readAllLines(rejects);
        assertThat(written).anySatisfy(l -> assertThat(l).startsWith("{\"source\":\"responses.jsonl\",\"line\":1,\"id\":\"r-1\",\"field\":\"submittedAt\""));
        assertThat(written.stream().filter(l -> l.startsWith("{\"source\":\"processes.csv\"") && l.contains("the database refused the record"))).hasSize((int) svc2);
        assertThat(run.out()).endsWith(", rejected " + written.size() + "\n");
    }

    private static String[] concat(String[] a, String[] b) {
        String[] out = new String[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
