package io.github.otklik.jdbc;

import io.github.otklik.core.io.ReadSummary;
import io.github.otklik.core.io.RecordHandler;
import io.github.otklik.core.io.RecordSource;
import io.github.otklik.core.io.Reject;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Consumer;

/**
 * Receives the records of one import and writes them in batches, one transaction per batch, on a
 * connection of its own. A batch is written whole ({@link BatchWriter#writeAll}) and committed, or
 * rolled back whole and then:
 * <ul>
 * <li>tried again when it clashed with a concurrent import (a unique-key clash, a deadlock or a
 * lock timeout), up to {@value #MAX_ATTEMPTS} times; it then finds those rows stored;
 * <li>tried again on a new connection when the connection was lost (an H2 server process that
 * exited, a restarted PostgreSQL), up to {@value #MAX_RECONNECTS} times with growing pauses;
 * <li>written record by record under savepoints ({@link BatchWriter#writeEach}) when the database
 * refused a value, so that only the records it refuses are left out, each reported as a reject;
 * <li>otherwise given up: the import ends with a {@link StoreException} whose message says which
 * batch, which records and the database's reason, in one line.
 * </ul>
 * Records the store cannot keep at all ({@link RecordTable#refusal}) never reach a batch. Rejects of
 * the store's own are delivered after the reader's, in line order, named as the source is. Not
 * thread-safe: one importer per import.
 */
final class BatchImporter<T> implements RecordHandler<T> {
    /** How often a batch is tried when it clashes with concurrent writers. */
    static final int MAX_ATTEMPTS = 10;
    /** How often a batch is tried on a new connection when the connection was lost. */
    static final int MAX_RECONNECTS = 8;

    private final Database db;
    private final RecordTable<T> table;
    private final int batchSize;
    private final Consumer<Reject> rejects;
    private final BatchHook hook;
    private final List<BatchWriter.Entry<T>> batch = new ArrayList<>();
    private final List<Refused> refused = new ArrayList<>();
    private Connection connection;
    private int batches;
    private long stored;
    private long unchanged;

    private BatchImporter(Database db, RecordTable<T> table, int batchSize, Consumer<Reject> rejects, BatchHook hook) {
        this.db = db;
        this.table = table;
        this.batchSize = batchSize;
        this.rejects = rejects;
        this.hook = hook;
    }

    /** A record left out by the store, with the field to blame when known. */
    private record Refused(long line, String id, String field, String reason) {
    }

    /**
     * Imports every record of {@code source} into {@code table} in batches of {@code batchSize};
     * the reader's rejects, then the store's, go to {@code rejects}.
     */
    static <T> ImportResult run(Database db, RecordTable<T> table, int batchSize, RecordSource<? extends T> source,
            Consumer<Reject> rejects, BatchHook hook) {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(rejects, "rejects");
        BatchImporter<T> importer = new BatchImporter<>(db, table, batchSize, rejects, hook);
        Throwable failure = null;
        try {
            ReadSummary summary = source.read(importer);
            importer.finish();
            importer.flushToDisk();
            importer.refused.sort(Comparator.comparingLong(Refused::line));
            for (Refused r : importer.refused) {
                rejects.accept(Reject.of(summary.source(), r.line(), r.id(), r.field(), r.reason()));
            }
            return new ImportResult(importer.stored, importer.unchanged, summary.rejected() + importer.refused.size(),
                    summary.truncated());
        } catch (RuntimeException | Error e) {
            failure = e;
            throw e;
        } finally {
            importer.release(failure);
        }
    }

    @Override
    public void accept(T record, long line) {
        table.check(record);
        Optional<RecordTable.Refusal> refusal = table.refusal(record);
        if (refusal.isPresent()) {
            refused.add(new Refused(line, table.id(record), refusal.get().field(), refusal.get().reason()));
            return;
        }
        batch.add(new BatchWriter.Entry<>(record, line));
        if (batch.size() >= batchSize) {
            flush();
        }
    }

    @Override
    public void reject(Reject reject) {
        rejects.accept(reject);
    }

    private void finish() {
        if (!batch.isEmpty()) {
            flush();
        }
    }

    private void flush() {
        batches++;
        boolean each = false;
        int clashes = 0;
        int reconnects = 0;
        for (int attempt = 1; ; attempt++) {
            boolean writing = false;
            try {
                Connection c = connection();
                writing = true;
                BatchWriter.Outcome outcome = each ? BatchWriter.writeEach(c, table, batch) : BatchWriter.writeAll(c, table, batch);
                writing = false;
                if (hook != null) {
                    hook.beforeCommit(c, table.table(), batches, batch.size());
                }
                c.commit();
                stored += outcome.stored();
                unchanged += outcome.unchanged();
                for (BatchWriter.Refused r : outcome.refused()) {
                    refused.add(new Refused(r.line(), r.id(), null, r.reason()));
                }
                batch.clear();
                return;
            } catch (SQLException e) {
                rollback(e);
                if (lost(e)) {
                    if (++reconnects > MAX_RECONNECTS) {
                        throw failure(e, attempt);
                    }
                    drop(e);
                    pause(Math.min(2_000, 50L << (reconnects - 1)));
                } else if (Dialect.retryable(e)) {
                    if (++clashes >= MAX_ATTEMPTS) {
                        throw failure(e, attempt);
                    }
                    pause(20L * clashes);
                } else if (writing && !each && Dialect.recordFault(e)) {
                    each = true;
                } else {
                    throw failure(e, attempt);
                }
            } catch (RuntimeException e) {
                rollback(e);
                if (!writing || each) {
                    throw e;
                }
                each = true; // a record that cannot be bound: find it
            } catch (Error e) {
                rollback(e);
                throw e;
            }
        }
    }

    /** Once the last batch is committed: makes the import survive a crash of this process from now on. */
    private void flushToDisk() {
        if (connection == null) {
            return;
        }
        try {
            db.dialect().flush(connection);
            connection.commit();
        } catch (SQLException e) {
            if (!Dialect.connectionLost(e)) {
                throw new StoreException("cannot import into " + table.table() + ": every batch is committed (stored " + stored
                        + ", unchanged " + unchanged + "), but the database cannot write them to disk now: " + SqlReason.of(e), e);
            }
        }
    }

    private StoreException failure(SQLException e, int attempts) {
        BatchWriter.Entry<T> first = batch.get(0);
        BatchWriter.Entry<T> last = batch.get(batch.size() - 1);
        return new StoreException("cannot import into " + table.table() + ": batch " + batches + " (lines " + first.line()
                + "–" + last.line() + ") rolled back" + (attempts > 1 ? " after " + attempts + " attempts" : "")
                + ", first record " + table.id(first.record()) + ", last record " + table.id(last.record())
                + "; earlier batches stay committed (stored " + stored + ", unchanged " + unchanged + "); the database says: "
                + SqlReason.of(e), e);
    }

    /** The import's connection, out of autocommit; a new one after {@link #drop}. */
    private Connection connection() throws SQLException {
        if (connection == null) {
            Connection c = db.connection();
            try {
                c.setAutoCommit(false);
            } catch (SQLException e) {
                closeQuietly(c, e);
                throw e;
            }
            connection = c;
        }
        return connection;
    }

    /** Whether the connection is gone (or was never had), so that a new one may do the work. */
    private boolean lost(SQLException e) {
        if (connection == null || Dialect.connectionLost(e)) {
            return true;
        }
        try {
            return !connection.isValid(5);
        } catch (SQLException again) {
            e.addSuppressed(again);
            return true;
        }
    }

    private void drop(Throwable cause) {
        if (connection != null) {
            closeQuietly(connection, cause);
            connection = null;
        }
        db.recover();
    }

    private void rollback(Throwable cause) {
        if (connection != null) {
            try {
                connection.rollback();
            } catch (SQLException e) {
                cause.addSuppressed(e);
            }
        }
    }

    /** Gives the connection back clean (rolled back, autocommit on) without hiding {@code failure}. */
    private void release(Throwable failure) {
        if (connection == null) {
            return;
        }
        try {
            if (failure != null) {
                connection.rollback();
            }
            connection.setAutoCommit(true);
            connection.close();
        } catch (SQLException e) {
            if (failure != null) {
                failure.addSuppressed(e);
            } else if (!Dialect.connectionLost(e)) {
                throw new StoreException("cannot import into " + table.table() + ": " + SqlReason.of(e), e);
            }
        } finally {
            connection = null;
        }
    }

    private static void closeQuietly(Connection c, Throwable cause) {
        try {
            c.close();
        } catch (SQLException e) {
            cause.addSuppressed(e);
        }
    }

    private static void pause(long maxMillis) {
        try {
            Thread.sleep(ThreadLocalRandom.current().nextLong(maxMillis / 4 + 1, maxMillis + 6));
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
