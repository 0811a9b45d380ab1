package io.github.otklik.jdbc;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ArgumentsSource;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.SQLTransactionRollbackException;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DatabaseTest {
    private static final String INSERT = "INSERT INTO forms (id, version, saved_at, template_json) VALUES (?, '1', 'x', '{}')";

    @ParameterizedTest(name = "{0}")
    @ArgumentsSource(TestDatabase.All.class)
    void aTransactionCommitsItsWorkAndReturnsItsResult(TestDatabase.Kind kind) throws Exception {
        try (TestDatabase db = kind.create()) {
            Database database = Database.open(new UrlDataSource(db.url()), true, FeedbackStore.SCHEMA_HISTORY);
            try {
                int rows = database.transaction("insert", c -> insert(c, "A"));
                assertThat(rows).isEqualTo(1);
                assertThat(db.count("forms")).isEqualTo(1);
            } finally {
                database.close();
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @ArgumentsSource(TestDatabase.All.class)
    void aFailedTransactionLeavesNothingBehind(TestDatabase.Kind kind) throws Exception {
        try (TestDatabase db = kind.create()) {
            Database database = Database.open(new UrlDataSource(db.url()), true, FeedbackStore.SCHEMA_HISTORY);
            try {
                assertThatThrownBy(() -> database.transaction("insert", c -> {
                    insert(c, "A");
                    throw new IllegalStateException("injected");
                })).isInstanceOf(IllegalStateException.class).hasMessage("injected");
                assertThatThrownBy(() -> database.transaction("insert twice", c -> insert(c, "B") + insert(c, "B")))
                        .isInstanceOf(StoreException.class).hasMessageStartingWith("cannot insert twice: ");
                assertThat(db.count("forms")).isZero();
            } finally {
                database.close();
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @ArgumentsSource(TestDatabase.All.class)
    void aTransactionThatClashedIsTriedAgainInAFreshTransaction(TestDatabase.Kind kind) throws Exception {
        try (TestDatabase db = kind.create()) {
            Database database = Database.open(new UrlDataSource(db.url()), true, FeedbackStore.SCHEMA_HISTORY);
            try {
                AtomicInteger attempts = new AtomicInteger();
                int rows = database.transaction("insert", c -> {
                    int n = insert(c, "A" + attempts.incrementAndGet());
                    if (attempts.get() < 3) {
                        throw new SQLTransactionRollbackException("deadlock detected", "40P01");
                    }
                    return n;
                });
                assertThat(rows).isEqualTo(1);
                assertThat(attempts).hasValue(3);
                assertThat(db.count("forms")).as("the two clashed attempts were rolled back").isEqualTo(1);
            } finally {
                database.close();
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @ArgumentsSource(TestDatabase.All.class)
    void aClosedDatabaseRefusesWork(TestDatabase.Kind kind) throws Exception {
        try (TestDatabase db = kind.create()) {
            Database database = Database.open(new UrlDataSource(db.url()), true, FeedbackStore.SCHEMA_HISTORY);
            database.close();

            assertThat(database.isClosed()).isTrue();
            assertThatThrownBy(() -> database.transaction("insert", c -> insert(c, "A")))
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("closed");
        }
    }

    private static int insert(java.sql.Connection c, String id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(INSERT)) {
            ps.setString(1, id);
            return ps.executeUpdate();
        }
    }
}
