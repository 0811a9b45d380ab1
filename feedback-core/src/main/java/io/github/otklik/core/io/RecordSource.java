package io.github.otklik.core.io;

/**
 * Something that delivers records once, in order, to a handler: a file read by one of the readers,
 * a database query, a list in memory. Lets the metrics engine stream any input in one pass.
 *
 * @param <T> the record type
 */
@FunctionalInterface
public interface RecordSource<T> {
    /** Delivers every record and every reject to {@code handler} and returns the counts. */
    ReadSummary read(RecordHandler<? super T> handler);

    /** A source of the records of {@code records}, all accepted, numbered from line 1, named {@code name}. */
    static <T> RecordSource<T> of(String name, Iterable<? extends T> records) {
        return handler -> {
            long n = 0;
            for (T r : records) {
                handler.accept(r, ++n);
            }
            return new ReadSummary(name, n, n, 0, false);
        };
    }
}
