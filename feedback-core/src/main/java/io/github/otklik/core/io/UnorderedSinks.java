package io.github.otklik.core.io;

import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The sinks of one unordered read on worker threads ({@link UnorderedRecordSource#readUnordered}):
 * the in-order delivery only decides which records are accepted and collects them, and the
 * rejects, into the batch being delivered ({@link #handler()}); the worker then hands the records
 * to its own sink ({@link #drain}), made on its first batch, and the calling thread passes the
 * rejects on in input order ({@link #rejectAll}).
 *
 * @param <T> the record type
 */
final class UnorderedSinks<T> {
    private final ThreadLocal<Consumer<? super T>> local;
    private final Consumer<Reject> rejects;
    private final Collector<T> collector = new Collector<>();

    UnorderedSinks(Supplier<? extends Consumer<? super T>> sinks, Consumer<Reject> rejects) {
        Objects.requireNonNull(sinks, "sinks");
        this.local = ThreadLocal.withInitial(sinks::get);
        this.rejects = Objects.requireNonNull(rejects, "rejects");
    }

    /**
     * The handler of an unordered read on the calling thread alone: one sink, made now, gets every
     * accepted record; {@code rejects} every reject.
     */
    static <T> RecordHandler<T> single(Supplier<? extends Consumer<? super T>> sinks, Consumer<Reject> rejects) {
        Objects.requireNonNull(sinks, "sinks");
        Objects.requireNonNull(rejects, "rejects");
        Consumer<? super T> sink = sinks.get();
        return RecordHandler.of(sink, rejects);
    }

    /** The handler for the in-order delivery: accepted records and rejects into the current batch. */
    RecordHandler<T> handler() {
        return collector;
    }

    /** Makes {@code b} the batch that the accepted records being delivered are collected into. */
    void collectInto(RecordBatch<T> b) {
        collector.target = b;
    }

    /** Hands the accepted records of {@code b} to this thread's sink; returns {@code b}. */
    <B extends RecordBatch<T>> B drain(B b) {
        Consumer<? super T> sink = local.get();
        for (int i = 0; i < b.acceptedCount; i++) {
            sink.accept(b.acceptedRecord(i));
        }
        return b;
    }

    /** Passes the rejects of {@code b} on, in input order (on the calling thread). */
    void rejectAll(RecordBatch<T> b) {
        for (int i = 0; i < b.rejects.size(); i++) {
            rejects.accept(b.rejects.get(i));
        }
    }

    private static final class Collector<T> implements RecordHandler<T> {
        RecordBatch<T> target;

        @Override
        public void accept(T record, long line) {
            target.accepted(record);
        }

        @Override
        public void reject(Reject reject) {
            target.rejects.add(reject);
        }
    }
}
