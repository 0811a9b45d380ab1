package io.github.otklik.metrics;

/**
 * Where {@link Router} sends a record: to the total of a part, and to groups of a part. The value
 * array of {@link #group} is the router's scratch array: read it during the call, never keep it.
 *
 * @param <T> the record type
 */
interface RouteSink<T> {
    /** The record counts in the total group of {@code part}. */
    void total(Part part, T record);

    /** The record counts in the group with {@code values} for {@code dimensions} of {@code part}. */
    void group(Part part, Dimension[] dimensions, String[] values, T record);
}
