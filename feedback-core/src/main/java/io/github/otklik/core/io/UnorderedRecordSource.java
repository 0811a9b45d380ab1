package io.github.otklik.core.io;

import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * A {@link RecordSource} that can also hand its accepted records to several sinks at once, in no
 * particular order, for consumers whose result does not depend on the order (such as the metrics
 * engine's mergeable accumulators). A file read on several threads then does the consumers' work
 * on those threads too.
 *
 * @param <T> the record type
 */
public interface UnorderedRecordSource<T> extends RecordSource<T> {
    /**
     * Reads once: each accepted record goes to exactly one of the sinks {@code sinks} makes (it may
     * make one per thread; each sink is used by one thread at a time), each reject to
     * {@code rejects} on the calling thread, in input order. Accepts and rejects exactly what
     * {@link #read(RecordHandler)} does; every sink has had its records when this returns.
     */
    ReadSummary readUnordered(Supplier<? extends Consumer<? super T>> sinks, Consumer<Reject> rejects);
}
