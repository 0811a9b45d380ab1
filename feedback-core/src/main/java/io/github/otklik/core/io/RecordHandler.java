package io.github.otklik.core.io;

import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.ObjLongConsumer;

/**
 * Receives what a reader produces, record by record: each accepted record with the line where it
 * starts, and each reject. Readers call it from the reading thread, in input order.
 *
 * <p>Implement it, or make one from two lambdas:
 *
 * <pre>{@code
 * reader.read(file, RecordHandler.of(accepted::add, reject -> log.warn("{}", reject)));
 * reader.read(file, RecordHandler.ofLines((record, line) -> store(record, line), rejects::add));
 * }</pre>
 *
 * @param <T> the record type
 */
public interface RecordHandler<T> {
    /**
     * An accepted record.
     *
     * @param record the record
     * @param line the physical line where it starts, from 1
     */
    void accept(T record, long line);

    /**
     * A rejected record.
     *
     * @param reject where and why
     */
    void reject(Reject reject);

    /**
     * A handler that gives each accepted record to {@code records} and each reject to
     * {@code rejects}.
     *
     * @param records receives the accepted records, in input order
     * @param rejects receives the rejects, in input order
     * @param <T> the record type
     * @return the handler
     */
    static <T> RecordHandler<T> of(Consumer<? super T> records, Consumer<? super Reject> rejects) {
        Objects.requireNonNull(records, "records");
        Objects.requireNonNull(rejects, "rejects");
        return new RecordHandler<>() {
            @Override
            public void accept(T record, long line) {
                records.accept(record);
            }

            @Override
            public void reject(Reject reject) {
                rejects.accept(reject);
            }
        };
    }

    /**
     * A handler that gives each accepted record with its line to {@code records} and each reject to
     * {@code rejects}.
     *
     * @param records receives the accepted records and the lines where they start, in input order
     * @param rejects receives the rejects, in input order
     * @param <T> the record type
     * @return the handler
     */
    static <T> RecordHandler<T> ofLines(ObjLongConsumer<? super T> records, Consumer<? super Reject> rejects) {
        Objects.requireNonNull(records, "records");
        Objects.requireNonNull(rejects, "rejects");
        return new RecordHandler<>() {
            @Override
            public void accept(T record, long line) {
                records.accept(record, line);
            }

            @Override
            public void reject(Reject reject) {
                rejects.accept(reject);
            }
        };
    }
}
