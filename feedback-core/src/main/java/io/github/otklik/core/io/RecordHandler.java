package io.github.otklik.core.io;

/**
 * Receives what a reader produces, record by record: each accepted record with the line where it
 * starts, and each reject. Readers call it from the reading thread, in input order.
 *
 * @param <T> the record type
 */
public interface RecordHandler<T> {
    /** An accepted record that starts at physical line {@code line}. */
    void accept(T record, long line);

    /** A rejected record. */
    void reject(Reject reject);
}
