package io.github.otklik.core.io;

import io.github.otklik.core.validation.Violation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A run of up to {@value #UNITS} units copied off the input and, once a worker has parsed them,
 * what each gave: the id as read, the record and its first problem. Batches are reused, so a read
 * allocates a bounded number of them whatever the input's size. A batch is used by one thread at
 * a time: filled by the reading thread, parsed by a worker, delivered by the reading thread (in an
 * unordered read, by the worker in its turn).
 *
 * @param <T> the record type
 */
abstract class RecordBatch<T> implements ParseResults<T> {
    /** Units per batch. */
    static final int UNITS = 512;

    final long[] lines = new long[UNITS];
    final String[] ids = new String[UNITS];
    final Object[] records = new Object[UNITS];
    final Violation[] problems = new Violation[UNITS];
    final Object[] accepted = new Object[UNITS]; // for the sinks of an unordered read
    final List<Reject> rejects = new ArrayList<>(); // of an unordered read, for the calling thread
    int count;
    int acceptedCount;

    /** Whether the batch should go to a worker now (by default when every slot is used). */
    boolean full() {
        return count == UNITS;
    }

    /** Parses every unit of this batch into its results (called on a worker thread). */
    abstract void parse();

    /** Forgets the copied units (their storage is kept for the next use). */
    abstract void clearUnits();

    @Override
    public final void put(int index, long line, String id, T record, Violation problem) {
        ids[index] = id;
        records[index] = record;
        problems[index] = problem;
    }

    /** The record of slot {@code index}. */
    @SuppressWarnings("unchecked")
    final T record(int index) {
        return (T) records[index];
    }

    /** Keeps an accepted record for the sinks of an unordered read. */
    final void accepted(T record) {
        accepted[acceptedCount++] = record;
    }

    /** The accepted record {@code index} of an unordered read. */
    @SuppressWarnings("unchecked")
    final T acceptedRecord(int index) {
        return (T) accepted[index];
    }

    /** Forgets the units and their results after delivery (the accepted records stay for the sinks). */
    final void clear() {
        Arrays.fill(ids, 0, count, null);
        Arrays.fill(records, 0, count, null);
        Arrays.fill(problems, 0, count, null);
        count = 0;
        clearUnits();
    }

    /** Forgets the accepted records and rejects too (after the sinks had them); returns this batch. */
    final RecordBatch<T> cleared() {
        Arrays.fill(accepted, 0, acceptedCount, null);
        acceptedCount = 0;
        rejects.clear();
        return this;
    }
}
