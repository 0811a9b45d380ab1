package io.github.otklik.core.io;

import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * A reader of one file format ({@code spec/formats.md}): {@link ResponseJsonlReader},
 * {@link AppealCsvReader}, {@link ProcessInstanceCsvReader}. Every reader has the same entry
 * points: read a file or a stream into a {@link RecordHandler} (in input order, on the calling
 * thread), read a file into per-thread sinks when order does not matter, or turn a file into a
 * {@link RecordSource} for the metrics engine. Readers are immutable and thread-safe; each read has
 * its own state, and reading the same input twice gives the same records and rejects.
 *
 * <pre>{@code
 * RecordReader<Appeal> reader = AppealCsvReader.builder().build();
 * ReadSummary s = reader.read(Path.of("appeals.csv"), RecordHandler.of(appeals::add, rejects::add));
 * }</pre>
 *
 * @param <T> the record type
 */
public interface RecordReader<T> {
    /**
     * Reads {@code file}, naming it by its file name in rejects.
     *
     * @param file the file
     * @param handler receives every accepted record and every reject, in input order
     * @return the counts
     * @throws InputFileException when the file cannot be opened or read as a whole (a CSV header
     *     is missing or invalid)
     */
    ReadSummary read(Path file, RecordHandler<? super T> handler);

    /**
     * Reads {@code in} (not closed), naming it {@code source} in rejects.
     *
     * @param in the input
     * @param source the input's name in rejects and in the summary
     * @param handler receives every accepted record and every reject, in input order
     * @return the counts
     * @throws InputFileException when the input cannot be read as a whole (a CSV header is
     *     missing or invalid)
     * @throws UncheckedIOException when reading fails
     */
    ReadSummary read(InputStream in, String source, RecordHandler<? super T> handler);

    /**
     * Reads {@code file} once, handing each accepted record to one of the sinks {@code sinks} makes
     * (one per reading thread, each used by one thread at a time, in no particular order) and each
     * reject to {@code rejects} on the calling thread, in input order. Accepts and rejects exactly
     * what {@link #read(Path, RecordHandler)} does; every sink has had its records when this
     * returns.
     *
     * @param file the file
     * @param sinks makes one sink per reading thread
     * @param rejects receives the rejects, in input order
     * @return the counts
     * @throws InputFileException as {@link #read(Path, RecordHandler)}
     */
    ReadSummary readUnordered(Path file, Supplier<? extends Consumer<? super T>> sinks, Consumer<Reject> rejects);

    /**
     * {@code file} as a source: {@code read} delivers in order, as {@link #read(Path, RecordHandler)};
     * {@code readUnordered} as {@link #readUnordered}. The file is read anew on every call.
     *
     * @param file the file
     * @return the source
     */
    default UnorderedRecordSource<T> source(Path file) {
        Objects.requireNonNull(file, "file");
        return new UnorderedRecordSource<>() {
            @Override
            public ReadSummary read(RecordHandler<? super T> handler) {
                return RecordReader.this.read(file, handler);
            }

            @Override
            public ReadSummary readUnordered(Supplier<? extends Consumer<? super T>> sinks, Consumer<Reject> rejects) {
                return RecordReader.this.readUnordered(file, sinks, rejects);
            }
        };
    }
}
