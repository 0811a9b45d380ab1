package io.github.otklik.cli;

import io.github.otklik.metrics.Aggregator;
import io.github.otklik.text.TextItem;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * One aggregator folded over the texts of a pass: an accumulator per sink (per reading thread),
 * merged exactly at the end. The sinks may be made from any thread; each is used by one at a time.
 *
 * @param <A> the accumulator
 * @param <R> the result
 */
final class Fold<A, R> {
    private final Aggregator<TextItem, A, R> aggregator;
    private final List<A> parts = new ArrayList<>();

    Fold(Aggregator<TextItem, A, R> aggregator) {
        this.aggregator = Objects.requireNonNull(aggregator, "aggregator");
    }

    /** A new sink with an accumulator of its own. */
    Consumer<TextItem> sink() {
        A acc = aggregator.create();
        synchronized (parts) {
            parts.add(acc);
        }
        return item -> aggregator.add(acc, item);
    }

    /** The result over every sink's items (the aggregator's empty result when there was none). */
    R result() {
        A into = aggregator.create();
        synchronized (parts) {
            for (A a : parts) {
                into = aggregator.merge(into, a);
            }
        }
        return aggregator.result(into);
    }
}
