package io.github.otklik.core.io;

import io.github.otklik.core.validation.Violation;

/**
 * Where the parse of one unit of input (a line, a row) puts what it found: straight into the
 * in-order {@link Delivery} when a read runs on one thread, or into slot {@code index} of a
 * {@link RecordBatch} parsed on a worker thread. Lets each format write its per-unit parse once
 * for both.
 *
 * @param <T> the record type
 */
interface ParseResults<T> {
    /**
     * The outcome of unit {@code index} (of its batch; 0 when delivered at once) starting at
     * physical line {@code line}: the id as read (or {@code null}), the record (or {@code null})
     * and its first problem ({@code null} when the record is acceptable so far).
     */
    void put(int index, long line, String id, T record, Violation problem);
}
