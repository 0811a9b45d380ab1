package io.github.otklik.jdbc;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * The database behind a store: where connections come from, the connection that keeps an embedded
 * database open, the dialect, and transactions that are tried again when they clash with a
 * concurrent one. Thread-safe.
 */
final class Database {
    static final String MIGRATIONS = "classpath:io/github/otklik/jdbc/migration";

    private final DataSource dataSource;
    private final Dialect dialect;
    private Connection anchor; // guarded by this
    private volatile boolean closed;

    private Database(DataSource dataSource, Connection anchor, Dialect dialect) {
        this.dataSource = dataSource;
        this.anchor = anchor;
        this.dialect = dialect;
    }

    /**
     * Connects, holding one connection while open when {@code anchored}, and creates or upgrades the
     * tables (Flyway, history in {@code historyTable}).
     *
     * @throws StoreException when the database cannot be reached or migrated
     */
    static Database open(DataSource dataSource, boolean anchored, String historyTable) {
        Connection anchor = null;
        try {
            if (anchored) {
                anchor = dataSource.getConnection();
            }
            Flyway.configure(Database.class.getClassLoader())
                    .dataSource(dataSource)
                    .locations(MIGRATIONS)
                    .table(historyTable)
                    .baselineOnMigrate(true)
                    .baselineVersion("0")
                    .failOnMissingLocations(true)
                    .loggers("slf4j") // silent unless the application binds an SLF4J provider
                    .load()
                    .migrate();
            Dialect dialect;
            if (anchor != null) {
                dialect = Dialect.of(anchor);
            } else {
                try (Connection c = dataSource.getConnection()) {
                    dialect = Dialect.of(c);
                }
            }
            return new Database(dataSource, anchor, dialect);
        } catch (SQLException | FlywayException e) {
            closeQuietly(anchor, e);
            throw new StoreException("cannot open the store at " + describe(dataSource) + ": " + SqlReason.of(e), e);
        } catch (RuntimeException e) {
            closeQuietly(anchor, e);
            throw e;
        }
    }

    Dialect dialect() {
        return dialect;
    }

    boolean isClosed() {
        return closed;
    }

    /** A new connection from the data source; the caller closes it. */
    Connection connection() throws SQLException {
        if (closed) {
            throw new IllegalStateException("the store is closed");
        }
        return dataSource.getConnection();
    }

    /**
     * Runs {@code work} in one transaction, trying again when it clashed with a concurrent one or
     * lost its connection.
     *
     * @throws StoreException naming {@code what} and the database's reason, in one line
     */
    <R> R transaction(String what, SqlWork<R> work) {
        for (int attempt = 1; ; attempt++) {
            try (Connection c = connection()) {
                c.setAutoCommit(false);
                R result;
                try {
                    result = work.run(c);
                    c.commit();
                } catch (SQLException | RuntimeException e) {
                    try {
                        c.rollback();
                        c.setAutoCommit(true);
                    } catch (SQLException again) {
                        e.addSuppressed(again);
                    }
                    throw e;
                }
                c.setAutoCommit(true);
                return result;
            } catch (SQLException e) {
                boolean lost = Dialect.connectionLost(e);
                if (!(lost || Dialect.retryable(e)) || attempt == BatchImporter.MAX_ATTEMPTS) {
                    throw new StoreException("cannot " + what + ": " + SqlReason.of(e), e);
                }
                if (lost) {
                    recover();
                    pause(Math.min(1_000, 20L << attempt));
                }
            }
        }
    }

    /**
     * After a lost connection: replaces the anchoring connection when it is broken too (an H2 server
     * process that exited), so that the database stays open in this process.
     */
    synchronized void recover() {
        if (anchor == null || closed) {
            return;
        }
        try {
            if (anchor.isValid(2)) {
                return;
            }
        } catch (SQLException e) {
            // broken: replaced below
        }
        try {
            anchor.close();
        } catch (SQLException e) {
            // it is gone anyway
        }
        try {
            anchor = dataSource.getConnection();
        } catch (SQLException e) {
            anchor = null; // the next operation says why, with its own retries
        }
    }

    /** Closes the anchoring connection, if any; later calls fail. A connection already lost closes quietly. */
    synchronized void close() {
        closed = true;
        if (anchor != null) {
            try {
                anchor.close();
            } catch (SQLException e) {
                if (!Dialect.connectionLost(e)) {
                    throw new StoreException("cannot close the store: " + SqlReason.of(e), e);
                }
            } finally {
                anchor = null;
            }
        }
    }

    /** The data source as messages name it: a URL without its password. */
    static String describe(DataSource dataSource) {
        return dataSource instanceof UrlDataSource u ? u.url() : dataSource.toString();
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException("interrupted while retrying");
        }
    }

    private static void closeQuietly(Connection c, Throwable cause) {
        if (c != null) {
            try {
                c.close();
            } catch (SQLException e) {
                cause.addSuppressed(e);
            }
        }
    }

    /** Work on a connection inside a transaction. */
    @FunctionalInterface
    interface SqlWork<R> {
        R run(Connection c) throws SQLException;
    }
}
