package io.github.otklik.core.io;

import java.io.IOException;

/**
 * The units of one input (the non-empty lines of a JSONL file, the data rows of a CSV file) as
 * {@link RecordPipeline} consumes them on the calling thread: move to the next unit, then either
 * parse it at once (one thread) or copy it into a batch that a worker parses. Not thread-safe;
 * the batches it makes are parsed on other threads, so their parse must only read shared state.
 *
 * @param <T> the record type
 * @param <B> the batch type, which holds copies of the units
 */
interface RecordUnits<T, B extends RecordBatch<T>> {
    /** Moves to the next unit; false at the end of the input (or after a unit that ends it). */
    boolean next() throws IOException;

    /** Parses and checks the current unit, handing the outcome to {@code out} with index 0. */
    void parseCurrent(ParseResults<T> out);

    /** A new, empty batch for this input's units. */
    B newBatch();

    /** Copies the current unit into the next slot of {@code batch} (which is not full). */
    void addCurrent(B batch);

    /** Whether the input ended early: the rest of it could not be read. */
    boolean truncated();
}
