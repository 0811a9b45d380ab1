package io.github.otklik.jdbc;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.sql.Statement;
import java.util.Locale;
import java.util.function.Predicate;

/**
 * The few things the store does differently per database. The SQL itself is the same on every
 * database; only streaming needs care: PostgreSQL opens a server-side cursor only for a
 * forward-only statement with a fetch size on a connection out of autocommit, and embedded H2
 * materialises a whole result unless the session runs queries lazily.
 */
enum Dialect {
    /** H2 2.x, embedded or server. */
    H2,
    /** PostgreSQL 10 or later. */
    POSTGRESQL,
    /** Anything else: treated as standard SQL with no special streaming set-up. */
    OTHER;

    /** The dialect of the database {@code c} is connected to. */
    static Dialect of(Connection c) throws SQLException {
        DatabaseMetaData meta = c.getMetaData();
        String product = meta.getDatabaseProductName().toLowerCase(Locale.ROOT);
        if (product.startsWith("h2")) {
            return H2;
        }
        if (product.contains("postgres")) {
            return POSTGRESQL;
        }
        return OTHER;
    }

    /** Prepares {@code c} (already out of autocommit) for a query read row by row. */
    void beginStreaming(Connection c) throws SQLException {
        if (this == H2) {
            try (Statement s = c.createStatement()) {
                s.execute("SET LAZY_QUERY_EXECUTION TRUE");
            }
        }
    }

    /** Undoes {@link #beginStreaming} so that a pooled connection goes back as it came. */
    void endStreaming(Connection c) throws SQLException {
        if (this == H2) {
            try (Statement s = c.createStatement()) {
                s.execute("SET LAZY_QUERY_EXECUTION FALSE");
            }
        }
    }

    /**
     * Makes what {@code c} committed survive a crash of this process. PostgreSQL's commit is
     * durable already; H2 writes committed transactions to its file up to {@code WRITE_DELAY}
     * (500 ms) later, so this asks it to write them now ({@code CHECKPOINT}). A user without the
     * admin rights {@code CHECKPOINT} needs leaves it to the delay.
     */
    void flush(Connection c) throws SQLException {
        if (this == H2) {
            try (Statement s = c.createStatement()) {
                s.execute("CHECKPOINT");
            } catch (SQLException e) {
                if (!"90040".equals(e.getSQLState())) { // admin rights required
                    throw e;
                }
            }
        }
    }

    /**
     * Whether a failed batch should be rolled back and tried again: a unique-key clash with a
     * concurrent import ({@code 23505}), a serialization failure or deadlock (class 40), or a lock
     * timeout (PostgreSQL {@code 55P03}; H2 {@code HYT00}, and its MVStore concurrent-update error
     * {@code 90131}).
     */
    static boolean retryable(SQLException e) {
        return anyState(e, state -> state.equals("23505") || state.startsWith("40") || state.equals("55P03")
                || state.equals("HYT00") || state.equals("90131"));
    }

    /**
     * Whether {@code e} says the connection is gone, so that the work may be tried again on a new
     * one: class 08 (connection exception), PostgreSQL's shutdown states {@code 57P01}–{@code 57P03},
     * H2's broken connection {@code 90067} and closed database {@code 90098}, {@code 90121}, or a
     * driver's connection exception type.
     */
    static boolean connectionLost(SQLException e) {
        for (Throwable t = e; t != null && t != t.getCause(); t = t.getCause()) {
            if (t instanceof SQLNonTransientConnectionException || t instanceof SQLTransientConnectionException
                    || t instanceof SQLRecoverableException) {
                return true;
            }
        }
        return anyState(e, state -> state.startsWith("08") || state.equals("57P01") || state.equals("57P02")
                || state.equals("57P03") || state.equals("90067") || state.equals("90098") || state.equals("90121"));
    }

    /**
     * Whether {@code e} is the database refusing a value of the record being written: a data
     * exception (class 22: too long, out of range, a character the encoding cannot hold) or an
     * integrity violation other than a duplicate key (class 23 but {@code 23505}: not null, check,
     * foreign key).
     */
    static boolean recordFault(SQLException e) {
        return anyState(e, state -> state.startsWith("22") || state.startsWith("23") && !state.equals("23505"))
                && !retryable(e) && !connectionLost(e);
    }

    private static boolean anyState(SQLException e, Predicate<String> test) {
        for (Throwable t = e; t != null && t != t.getCause(); t = t.getCause()) {
            if (t instanceof SQLException s) {
                if (s.getSQLState() != null && test.test(s.getSQLState())) {
                    return true;
                }
                for (SQLException n = s.getNextException(); n != null; n = n.getNextException()) {
                    if (n.getSQLState() != null && test.test(n.getSQLState())) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}
