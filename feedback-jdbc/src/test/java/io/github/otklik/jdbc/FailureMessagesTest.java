package io.github.otklik.jdbc;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ArgumentsSource;

import java.nio.file.Path;
import java.sql.BatchUpdateException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import static io.github.otklik.jdbc.RecordKind.APPEALS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * What a failure says: what failed, the table, the batch's first and last record and the
 * database's reason, in one line, and never the SQL or its parameters.
 */
class FailureMessagesTest {
    private static final String IN_LIST = "SELECT id, agency FROM appeals WHERE id IN (" + Jdbc.marks(1_000) + ")";

    @Test
    void theReasonOfAnH2FailureDropsTheStatementAndTheErrorCode() {
        SQLException h2 = new SQLException("Timeout trying to lock table \"APPEALS\"; SQL statement:\n" + IN_LIST + " [50200-252]", "HYT00", 50200);

        assertThat(SqlReason.of(h2)).isEqualTo("Timeout trying to lock table \"APPEALS\" (SQL state HYT00)");
        assertThat(SqlReason.of(new StoreException("wrapped", h2))).isEqualTo("Timeout trying to lock table \"APPEALS\" (SQL state HYT00)");
    }

    @Test
    void theReasonOfAPostgresBatchIsItsFirstErrorWithoutStatementValuesOrDetail() {
        BatchUpdateException batch = new BatchUpdateException("Batch entry 0 INSERT INTO appeals (id, agency) VALUES (('a-1'), (NULL))"
                + " was aborted: ERROR: null value in column \"agency\" violates not-null constraint\n  Detail: Failing row contains (a-1, null)."
                + "  Call getNextException to see other errors in the batch.", "23502", new int[0]);
        batch.setNextException(new SQLException("ERROR: null value in column \"agency\" of relation \"appeals\" violates not-null constraint\n"
                + "  Detail: Failing row contains (a-1, null).", "23502"));

        assertThat(SqlReason.of(batch)).isEqualTo("null value in column \"agency\" of relation \"appeals\" violates not-null constraint (SQL state 23502)");
        assertThat(SqlReason.clean("Batch entry 3 UPDATE x SET a = ('1') was aborted: ERROR: deadlock detected  Call getNextException to see"))
                .isEqualTo("deadlock detected");
    }

    @Test
    void aReasonIsOneShortLineWhateverTheDriverSays() {
        String reason = SqlReason.of(new RuntimeException("migration failed", new SQLException("x".repeat(5_000) + "\nline two", "42P07")));

        assertThat(reason).doesNotContain("\n").hasSize(SqlReason.MAX + " (SQL state 42P07)".length()).endsWith("… (SQL state 42P07)");
        assertThat(SqlReason.of(new IllegalStateException(new java.io.IOException("disk full")))).isEqualTo("disk full");
        assertThat(SqlReason.of(new SQLException())).isEqualTo("SQLException");
    }

    @ParameterizedTest(name = "{0}")
    @ArgumentsSource(TestDatabase.All.class)
    void aLockTimeoutAfterEveryRetrySaysWhichBatchAndWhyInOneLine(TestDatabase.Kind kind) throws Exception {
        try (TestDatabase db = kind.create()) {
            List<String> rows = new ArrayList<>(TestData.appealRows(1_500));
            Path v1 = TestData.csv(db.dir().resolve("v1.csv"), TestData.APPEALS_HEADER, rows);
            rows.set(0, rows.get(0).replaceFirst(",minsoc,", ",minfin,"));
            Path v2 = TestData.csv(db.dir().resolve("v2.csv"), TestData.APPEALS_HEADER, rows);
            String url = db.url() + (kind == TestDatabase.Kind.POSTGRESQL ? "&options=-c%20lock_timeout=50" : ";LOCK_TIMEOUT=50");
            FeedbackStore store = db.open(FeedbackStore.builder(url));
            store.importFile(APPEALS, v1, FeedbackStoreContract.IGNORED);

            try (Connection locker = db.connect()) {
                locker.setAutoCommit(false);
                try (Statement st = locker.createStatement()) {
                    st.executeUpdate("UPDATE appeals SET topic = 'locked' WHERE id = 'a-00001'");
                }
                StoreException e = catchThrowableOfType(StoreException.class, () -> store.importFile(APPEALS, v2, FeedbackStoreContract.IGNORED));

                assertThat(e.getMessage()).startsWith("cannot import into appeals: batch 1 (lines 2–1001) rolled back after 10 attempts,"
                        + " first record a-00001, last record a-01000; earlier batches stay committed (stored 0, unchanged 0);"
                        + " the database says: ");
                assertThat(e.getMessage()).containsIgnoringCase("lock").doesNotContain("\n", "?", "SELECT", "UPDATE", "INSERT", "minfin")
                        .hasSizeLessThan(400);
                assertThat(e.getCause()).isInstanceOf(SQLException.class);
                locker.rollback();
            }
            assertThat(store.importFile(APPEALS, v2, FeedbackStoreContract.IGNORED).toString())
                    .isEqualTo("stored 1, unchanged 1499, rejected 0");
        }
    }

    @ParameterizedTest(name = "{0}")
    @ArgumentsSource(TestDatabase.All.class)
    void operationsOtherThanImportsSayWhatFailedAndWhy(TestDatabase.Kind kind) throws Exception {
        try (TestDatabase db = kind.create()) {
            FeedbackStore store = db.open();
            try (Connection c = db.connect(); Statement st = c.createStatement()) {
                st.execute("DROP TABLE pain_point_status");
            }

            assertThatThrownBy(() -> store.currentStatus("svc-1", "queue")).isInstanceOf(StoreException.class)
                    .hasMessageStartingWith("cannot read status: ")
                    .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n", "SELECT", "?").containsIgnoringCase("pain_point_status"));
            assertThatThrownBy(() -> FeedbackStore.open("jdbc:postgresql://127.0.0.1:1/none?user=u&password=secret"))
                    .isInstanceOf(StoreException.class).hasMessageStartingWith("cannot open the store at jdbc:postgresql://127.0.0.1:1/none")
                    .hasMessageNotContaining("secret").satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
        }
    }
}
