package io.github.otklik.core.io;

import io.github.otklik.core.validation.Violation;

import java.util.List;

/**
 * A check a reader applies to each structurally valid record before accepting it (the forms module
 * plugs its response validator in here). The first violation becomes the record's reject.
 *
 * @param <T> the record type
 */
@FunctionalInterface
public interface RecordCheck<T> {
    /** Every problem of {@code record}; empty when it is acceptable. */
    List<Violation> check(T record);
}
