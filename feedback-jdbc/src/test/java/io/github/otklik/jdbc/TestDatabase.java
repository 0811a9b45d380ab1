package io.github.otklik.jdbc;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.ArgumentsProvider;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * An empty database for one test, on every database the build can reach: an H2 file in a temporary
 * directory (optionally with {@code AUTO_SERVER=TRUE}, so that other processes can open it too), or a
 * fresh schema on the PostgreSQL server named by {@code OTKLIK_TEST_PG_URL}. {@link #close()} closes
 * the stores it opened and removes the database.
 */
final class TestDatabase implements AutoCloseable {
    /** The kinds of database a parameterized test runs on. */
    enum Kind {
        H2, H2_AUTO_SERVER, POSTGRESQL;

        TestDatabase create() {
            return new TestDatabase(this);
        }

        @Override
        public String toString() {
            return switch (this) {
                case H2 -> "H2 file";
                case H2_AUTO_SERVER -> "H2 file, AUTO_SERVER";
                case POSTGRESQL -> "PostgreSQL";
            };
        }
    }

    /** H2 file mode, and PostgreSQL when {@code OTKLIK_TEST_PG_URL} is set. */
    static final class All implements ArgumentsProvider {
        @Override
        public Stream<? extends Arguments> provideArguments(ExtensionContext context) {
            return kinds(Kind.H2).map(Arguments::of);
        }
    }

    /** H2 file mode with {@code AUTO_SERVER=TRUE} (several processes), and PostgreSQL when {@code OTKLIK_TEST_PG_URL} is set. */
    static final class Shared implements ArgumentsProvider {
        @Override
        public Stream<? extends Arguments> provideArguments(ExtensionContext context) {
            return kinds(Kind.H2_AUTO_SERVER).map(Arguments::of);
        }
    }

    private static Stream<Kind> kinds(Kind h2) {
        return postgresUrl() == null ? Stream.of(h2) : Stream.of(h2, Kind.POSTGRESQL);
    }

    private static String postgresUrl() {
        String url = System.getenv(PostgresStoreTest.ENV);
        return url != null && url.startsWith("jdbc:postgresql:") ? url : null;
    }

    private final Kind kind;
    private final Path dir;
    private final String schema;
    private final String url;
    private final List<FeedbackStore> opened = new ArrayList<>();

    private TestDatabase(Kind kind) {
        this.kind = kind;
        try {
            this.dir = Files.createTempDirectory("otklik-store-test");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (kind == Kind.POSTGRESQL) {
            String base = postgresUrl();
            schema = "otklik_test_" + UUID.randomUUID().toString().replace("-", "");
            execute(base, "CREATE SCHEMA " + schema);
            url = base + (base.contains("?") ? "&" : "?") + "currentSchema=" + schema;
        } else {
            schema = null;
            url = "jdbc:h2:file:" + dir.resolve("store").toAbsolutePath() + (kind == Kind.H2_AUTO_SERVER ? ";AUTO_SERVER=TRUE" : "");
        }
    }

    Kind kind() {
        return kind;
    }

    /** The JDBC URL of the database. */
    String url() {
        return url;
    }

    /** A scratch directory that lives as long as the database. */
    Path dir() {
        return dir;
    }

    /** A store on the database with the default settings, closed with the database. */
    FeedbackStore open() {
        return open(FeedbackStore.builder(url));
    }

    /** The store {@code builder} opens, closed with the database. */
    FeedbackStore open(FeedbackStore.Builder builder) {
        FeedbackStore store = builder.open();
        opened.add(store);
        return store;
    }

    /** A plain connection to the database, outside any store. */
    Connection connect() throws SQLException {
        return DriverManager.getConnection(url);
    }

    /** {@code SELECT COUNT(*) FROM table}. */
    long count(String table) throws SQLException {
        try (Connection c = connect(); Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** Closes the stores opened here and removes the database. */
    @Override
    public void close() throws IOException {
        for (FeedbackStore s : opened) {
            s.close();
        }
        opened.clear();
        if (schema != null) {
            execute(postgresUrl(), "DROP SCHEMA " + schema + " CASCADE");
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    @Override
    public String toString() {
        return kind.toString();
    }

    private static void execute(String url, String sql) {
        try (Connection c = DriverManager.getConnection(url); Statement st = c.createStatement()) {
            st.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot prepare the test database: " + e.getMessage(), e);
        }
    }
}
