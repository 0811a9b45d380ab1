package io.github.otklik.jdbc;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;

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
     * Whether a failed batch should be rolled back and tried again: a unique-key clash with a
     * concurrent import ({@code 23505}), a serialization failure or deadlock (class 40), or a lock
     * timeout (H2: {@code HYT00}; its MVStore concurrent-update error {@code 90131}).
     */
    static boolean retryable(SQLException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException s) {
                if (retryableState(s.getSQLState())) {
                    return true;
                }
                for (SQLException n = s.getNextException(); n != null; n = n.getNextException()) {
                    if (retryableState(n.getSQLState())) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static boolean retryableState(String state) {
        return state != null && (state.equals("23505") || state.startsWith("40") || state.equals("HYT00") || state.equals("90131"));
    }
}
