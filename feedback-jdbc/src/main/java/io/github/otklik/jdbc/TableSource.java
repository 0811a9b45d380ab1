package io.github.otklik.jdbc;

import io.github.otklik.core.io.ReadSummary;
import io.github.otklik.core.io.RecordHandler;
import io.github.otklik.core.io.RecordSource;
import io.github.otklik.core.io.Reject;
import io.github.otklik.core.validation.Identifiers;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Objects;

/**
 * Streams a table in id order through a forward-only, read-only cursor that fetches
 * {@code fetchSize} rows at a time, so memory stays flat whatever the table's size. Row {@code n}
 * is delivered as line {@code n}; a row that no longer maps to a valid record (changed by hand)
 * becomes a reject of source {@code db:TABLE}. Each {@link #read} opens its own connection and
 * transaction and sees the table as of its start on PostgreSQL (one snapshot per statement).
 */
final class TableSource<T> implements RecordSource<T> {
    private final Database db;
    private final RecordTable<T> table;
    private final int fetchSize;

    TableSource(Database db, RecordTable<T> table, int fetchSize) {
        this.db = db;
        this.table = table;
        this.fetchSize = fetchSize;
    }

    @Override
    public ReadSummary read(RecordHandler<? super T> handler) {
        Objects.requireNonNull(handler, "handler");
        String source = "db:" + table.table();
        long line = 0;
        long accepted = 0;
        try (Connection c = db.connection()) {
            boolean autoCommit = c.getAutoCommit();
            c.setAutoCommit(false);
            Dialect dialect = db.dialect();
            dialect.beginStreaming(c);
            Throwable failure = null;
            try (Statement st = c.createStatement(ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY)) {
                st.setFetchSize(fetchSize);
                try (ResultSet rs = st.executeQuery(table.select() + " ORDER BY id")) {
                    while (rs.next()) {
                        line++;
                        T record;
                        try {
                            record = table.read(rs);
                        } catch (RuntimeException e) {
                            String id = rs.getString("id");
                            handler.reject(Reject.of(source, line, Identifiers.isIdentifier(id) ? id : null, null,
                                    "stored row is not a valid record: " + e.getMessage()));
                            continue;
                        }
                        accepted++;
                        handler.accept(record, line);
                    }
                }
            } catch (SQLException | RuntimeException | Error e) {
                failure = e;
                throw e;
            } finally {
                // reading changed nothing; give a pooled connection back as it came, without hiding a failure
                try {
                    c.rollback();
                    dialect.endStreaming(c);
                    c.setAutoCommit(autoCommit);
                } catch (SQLException e) {
                    if (failure == null) {
                        throw e;
                    }
                    failure.addSuppressed(e);
                }
            }
        } catch (SQLException e) {
            throw new StoreException("cannot read " + table.table() + " (after " + line + " rows): " + SqlReason.of(e), e);
        }
        return new ReadSummary(source, line, accepted, line - accepted, false);
    }
}
