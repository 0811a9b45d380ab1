package io.github.otklik.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes one batch inside the caller's transaction: loads the stored rows of the batch's ids,
 * compares, and inserts the new records and updates the changed ones in id order (one lock order
 * for every importer). {@link #writeAll} writes the batch in a few statements; {@link #writeEach}
 * writes record by record, each under a savepoint, so that a record the database refuses is left
 * out alone while the rest of the batch is written. Stateless.
 */
final class BatchWriter {
    private BatchWriter() {
    }

    /** A record of the batch and the line where it starts. */
    record Entry<T>(T record, long line) {
    }

    /** A record the database refused, and why (one line, no SQL). */
    record Refused(long line, String id, String reason) {
    }

    /** What writing a batch did. */
    record Outcome(long stored, long unchanged, List<Refused> refused) {
    }

    /** Writes the whole batch; any failure fails it (the caller rolls back). */
    static <T> Outcome writeAll(Connection c, RecordTable<T> table, List<Entry<T>> batch) throws SQLException {
        Set<String> distinct = new LinkedHashSet<>();
        for (Entry<T> e : batch) {
            distinct.add(table.id(e.record()));
        }
        List<String> ids = new ArrayList<>(distinct);
        Map<String, RecordTable.Stored<T>> was = table.load(c, ids);
        long s = 0;
        long u = 0;
        Map<String, T> seen = new HashMap<>(); // id -> the content this batch writes, when it writes one
        for (Entry<T> e : batch) {
            String id = table.id(e.record());
            RecordTable.Stored<T> old = was.get(id);
            T now = old == null ? e.record() : table.effective(e.record(), old);
            T before = seen.containsKey(id) ? seen.get(id) : old == null ? null : old.record();
            if (now.equals(before)) {
                u++;
            } else {
                s++;
                seen.put(id, now);
            }
        }
        ids.sort(null);
        List<T> inserts = new ArrayList<>();
        List<RecordTable.Change<T>> changes = new ArrayList<>();
        for (String id : ids) {
            T now = seen.get(id);
            if (now == null) {
                continue; // unchanged
            }
            RecordTable.Stored<T> old = was.get(id);
            if (old == null) {
                inserts.add(now);
            } else if (old.record() == null || !now.equals(old.record())) {
                changes.add(new RecordTable.Change<>(now, old));
            }
        }
        table.insert(c, inserts);
        table.update(c, changes);
        return new Outcome(s, u, List.of());
    }

    /**
     * Writes the batch record by record in id order (records with the same id in input order),
     * each under a savepoint: a record whose write the database refuses ({@link Dialect#recordFault})
     * or that cannot be bound is rolled back to its savepoint and returned as refused, as if it had
     * not been in the batch. Any other failure fails the batch.
     */
    static <T> Outcome writeEach(Connection c, RecordTable<T> table, List<Entry<T>> batch) throws SQLException {
        Set<String> distinct = new LinkedHashSet<>();
        for (Entry<T> e : batch) {
            distinct.add(table.id(e.record()));
        }
        Map<String, RecordTable.Stored<T>> was = table.load(c, new ArrayList<>(distinct));
        List<Entry<T>> ordered = new ArrayList<>(batch);
        ordered.sort(Comparator.comparing(e -> table.id(e.record()))); // stable: same ids keep input order
        Map<String, RecordTable.Stored<T>> now = new HashMap<>(was); // the rows as this transaction left them
        long s = 0;
        long u = 0;
        List<Refused> refused = new ArrayList<>();
        for (Entry<T> e : ordered) {
            String id = table.id(e.record());
            RecordTable.Stored<T> row = now.get(id);
            T record = row == null ? e.record() : table.effective(e.record(), row);
            if (row != null && record.equals(row.record())) {
                u++;
                continue;
            }
            Savepoint savepoint = c.setSavepoint();
            try {
                if (row == null) {
                    table.insert(c, List.of(record));
                } else {
                    table.update(c, List.of(new RecordTable.Change<>(record, row)));
                }
            } catch (SQLException ex) {
                if (!Dialect.recordFault(ex)) {
                    throw ex;
                }
                c.rollback(savepoint);
                refused.add(new Refused(e.line(), id, "the database refused the record: " + SqlReason.of(ex)));
                continue;
            } catch (RuntimeException ex) {
                c.rollback(savepoint);
                refused.add(new Refused(e.line(), id, "the store cannot keep the record: " + ex.getMessage()));
                continue;
            }
            c.releaseSavepoint(savepoint);
            now.put(id, table.after(record, row));
            s++;
        }
        return new Outcome(s, u, refused);
    }
}
