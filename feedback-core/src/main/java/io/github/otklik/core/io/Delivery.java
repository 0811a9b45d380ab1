package io.github.otklik.core.io;

import io.github.otklik.core.validation.Identifiers;
import io.github.otklik.core.validation.Violation;

import java.util.Objects;
import java.util.function.Function;

/**
 * The in-order part of every read, on the calling thread: decides duplicate ids in input order
 * (a rejected record does not count as seen), counts, and hands each accepted record and each
 * reject to the handler. Not thread-safe; one per read.
 *
 * @param <T> the record type
 */
final class Delivery<T> implements ParseResults<T> {
    private final String source;
    private final RecordHandler<? super T> handler;
    private final IdSet seen; // null: no duplicate detection
    private final Function<? super T, String> idOf;
    private final String repeats;
    private long read;
    private long accepted;

    /**
     * A delivery to {@code handler} of the records of {@code source}; with {@code detectDuplicates},
     * a record whose id ({@code idOf}) was accepted before is rejected on field {@code id} with
     * "id "X" " + {@code repeats}.
     */
    Delivery(String source, RecordHandler<? super T> handler, boolean detectDuplicates, Function<? super T, String> idOf,
             String repeats) {
        this.source = Objects.requireNonNull(source, "source");
        this.handler = Objects.requireNonNull(handler, "handler");
        this.seen = detectDuplicates ? new IdSet() : null;
        this.idOf = idOf;
        this.repeats = repeats;
    }

    @Override
    public void put(int index, long line, String id, T record, Violation problem) {
        deliver(line, id, record, problem);
    }

    /**
     * Delivers one unit starting at {@code line}: {@code record} is accepted when {@code problem}
     * is {@code null} and its id is new; otherwise a reject naming {@code rawId} when it is a
     * well-formed identifier.
     */
    void deliver(long line, String rawId, T record, Violation problem) {
        read++;
        if (problem == null && seen != null && !seen.add(idOf.apply(record))) {
            problem = new Violation("id", "id " + Identifiers.describe(idOf.apply(record)) + repeats);
        }
        if (problem == null) {
            accepted++;
            handler.accept(record, line);
        } else {
            String rejectId = rawId != null && Identifiers.isIdentifier(rawId) ? rawId : null;
            handler.reject(Reject.of(source, line, rejectId, problem.path().isEmpty() ? null : problem.path(), problem.message()));
        }
    }

    /** The input's name. */
    String source() {
        return source;
    }

    /** The counts so far. */
    ReadSummary summary(boolean truncated) {
        return new ReadSummary(source, read, accepted, read - accepted, truncated);
    }
}
