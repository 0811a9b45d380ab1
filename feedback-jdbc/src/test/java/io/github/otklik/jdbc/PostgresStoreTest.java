package io.github.otklik.jdbc;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/**
 * The store contract on a real PostgreSQL server, in a fresh schema per test. Runs only when
 * {@code OTKLIK_TEST_PG_URL} names a database ({@code scripts/with-postgres.sh} starts a throw-away
 * server and sets it), for example {@code jdbc:postgresql://127.0.0.1:55432/otklik?user=postgres}.
 */
@EnabledIfEnvironmentVariable(named = PostgresStoreTest.ENV, matches = "jdbc:postgresql:.+")
class PostgresStoreTest extends FeedbackStoreContract {
    static final String ENV = "OTKLIK_TEST_PG_URL";

    private final String base = System.getenv(ENV);
    private final String schema = "otklik_test_" + UUID.randomUUID().toString().replace("-", "");

    @BeforeEach
    void createSchema() throws SQLException {
        execute("CREATE SCHEMA " + schema);
    }

    @AfterEach
    void dropSchema() throws SQLException {
        closeStores();
        execute("DROP SCHEMA " + schema + " CASCADE");
    }

    @Override
    String url() {
        return base + (base.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    }

    private void execute(String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(base); Statement st = c.createStatement()) {
            st.execute(sql);
        }
    }
}
