package io.github.otklik.jdbc;

import io.github.otklik.core.io.ReadSummary;
import io.github.otklik.core.io.RecordHandler;
import io.github.otklik.core.io.RecordSource;
import io.github.otklik.core.io.Reject;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Consumer;

/**
 * Receives the records of one import and writes them in batches, one transaction per batch, on a
 * connection it does not own. Per batch: load the stored rows of the batch's ids, compare,
 * insert the new records and update the changed ones in id order, commit. A batch that fails is
 * rolled back whole; one that failed because a concurrent import wrote the same ids (a unique-key
 * clash, a deadlock or a lock timeout) is tried again, and then finds those rows stored. Not
 * thread-safe: one importer per import.
 */
final class BatchImporter<T> implements RecordHandler<T> {
    /** How often a batch is tried when it clashes with concurrent writers. */
    static final int MAX_ATTEMPTS = 10;

    private final Connection connection;
    private final RecordTable<T> table;
    private final int batchSize;
    private final Consumer<Reject> rejects;
    private final BatchHook hook;
    private final List<T> batch = new ArrayList<>();
    private long firstLine;
    private long lastLine;
    private int batches;
    private long stored;
    private long unchanged;

    /**
     * Imports every record of {@code source} into {@code table} on a connection of its own, in
     * batches of {@code batchSize}; the reader's rejects go to {@code rejects}.
     */
    static <T> ImportResult run(Database db, RecordTable<T> table, int batchSize, RecordSource<? extends T> source,
            Consumer<Reject> rejects, BatchHook hook) {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(rejects, "rejects");
        try (Connection c = db.connection()) {
            c.setAutoCommit(false);
            ImportResult result;
            try {
                BatchImporter<T> importer = new BatchImporter<>(c, table, batchSize, rejects, hook);
                ReadSummary summary = source.read(importer);
                importer.finish();
                result = new ImportResult(importer.stored(), importer.unchanged(), summary.rejected(), summary.truncated());
            } catch (RuntimeException | Error e) {
                // the importer rolled its batch back; give the connection back clean without hiding e
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
            throw new StoreException("cannot import into " + table.table() + ": " + e.getMessage(), e);
        }
    }

    BatchImporter(Connection connection, RecordTable<T> table, int batchSize, Consumer<Reject> rejects, BatchHook hook) {
        this.connection = connection;
        this.table = table;
        this.batchSize = batchSize;
        this.rejects = Objects.requireNonNull(rejects, "rejects");
        this.hook = hook;
    }

    @Override
    public void accept(T record, long line) {
        table.check(record);
        if (batch.isEmpty()) {
            firstLine = line;
        }
        lastLine = line;
        batch.add(record);
        if (batch.size() >= batchSize) {
            flush();
        }
    }

    @Override
    public void reject(Reject reject) {
        rejects.accept(reject);
    }

    /** Writes what is left; call once after the reader returned. */
    void finish() {
        if (!batch.isEmpty()) {
            flush();
        }
    }

    long stored() {
        return stored;
    }

    long unchanged() {
        return unchanged;
    }

    private void flush() {
        batches++;
        for (int attempt = 1; ; attempt++) {
            try {
                long[] counts = write();
                if (hook != null) {
                    hook.beforeCommit(connection, table.table(), batches, batch.size());
                }
                connection.commit();
                stored += counts[0];
                unchanged += counts[1];
                batch.clear();
                return;
            } catch (SQLException e) {
                rollback(e);
                if (!Dialect.retryable(e) || attempt == MAX_ATTEMPTS) {
                    throw new StoreException("cannot import into " + table.table() + ": batch " + batches + " (lines " + firstLine
                            + "–" + lastLine + ") rolled back" + (attempt > 1 ? " after " + attempt + " attempts" : "")
                            + "; earlier batches stay committed (stored " + stored + ", unchanged " + unchanged + "): "
                            + e.getMessage(), e);
                }
                pause(attempt);
            } catch (RuntimeException | Error e) {
                rollback(e);
                throw e;
            }
        }
    }

    /** Compares the batch with the stored rows and writes the difference; returns {stored, unchanged}. */
    private long[] write() throws SQLException {
        Set<String> distinct = new LinkedHashSet<>();
        for (T r : batch) {
            distinct.add(table.id(r));
        }
        List<String> ids = new ArrayList<>(distinct);
        Map<String, RecordTable.Stored<T>> was = table.load(connection, ids);
        long s = 0;
        long u = 0;
        Map<String, T> seen = new HashMap<>(); // id -> the content this batch writes, when it writes one
        for (T r : batch) {
            String id = table.id(r);
            RecordTable.Stored<T> old = was.get(id);
            T now = old == null ? r : table.effective(r, old);
            T before = seen.containsKey(id) ? seen.get(id) : old == null ? null : old.record();
            if (now.equals(before)) {
                u++;
            } else {
                s++;
                seen.put(id, now);
            }
        }
        ids.sort(null); // one lock order for all importers
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
        table.insert(connection, inserts);
        table.update(connection, changes);
        return new long[] {s, u};
    }

    private void rollback(Throwable cause) {
        try {
            connection.rollback();
        } catch (SQLException e) {
            cause.addSuppressed(e);
        }
    }

    private static void pause(int attempt) {
        try {
            Thread.sleep(ThreadLocalRandom.current().nextLong(5, 20L * attempt + 6));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException("interrupted while retrying a batch");
        }
    }

    /** Called after a batch is written and before it is committed (tests use it to inject failures). */
    @FunctionalInterface
    interface BatchHook {
        void beforeCommit(Connection c, String table, int batch, int size) throws SQLException;
    }
}
