package io.github.otklik.metrics;

import java.util.function.BiConsumer;
import java.util.function.BinaryOperator;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collector;

/**
 * The shape every metric takes, as a distributed engine's combine function needs it: create an
 * empty accumulator, add a record, merge two accumulators, extract an immutable result. Merge is
 * associative and commutative, so results do not depend on input order or on how the input was
 * split. Implementations are immutable and thread-safe; accumulators are not thread-safe but are
 * {@link java.io.Serializable}.
 *
 * @param <T> record type
 * @param <A> accumulator type
 * @param <R> result type
 */
public interface Aggregator<T, A, R> {
    /** A new, empty accumulator. */
    A create();

    /** Adds {@code record} to {@code accumulator}. */
    void add(A accumulator, T record);

    /** Merges {@code other} into {@code into} and returns {@code into}; {@code other} must not be used afterwards. */
    A merge(A into, A other);

    /** The immutable result of {@code accumulator}. */
    R result(A accumulator);

    /** This aggregator as a {@link Collector}, usable with parallel streams. */
    default Collector<T, A, R> collector() {
        Supplier<A> create = this::create;
        BiConsumer<A, T> add = this::add;
        BinaryOperator<A> merge = this::merge;
        Function<A, R> result = this::result;
        return Collector.of(create, add, merge, result);
    }
}
