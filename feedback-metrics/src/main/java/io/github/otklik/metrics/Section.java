package io.github.otklik.metrics;

import io.github.otklik.metrics.report.Keyed;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The groups of one report section while records stream in: the total accumulator and one per
 * distinct key of the section's dimensions. Not thread-safe.
 */
final class Section<T, A, R> {
    private final Aggregator<T, A, R> aggregator;
    private final Dimension[] dimensions;
    private final List<Function<T, String>> values;
    private final A total;
    private final Map<GroupKey, A> groups = new HashMap<>();

    Section(Aggregator<T, A, R> aggregator, List<Dimension> dimensions, Function<Dimension, Function<T, String>> valueOf) {
        this.aggregator = aggregator;
        this.dimensions = dimensions.toArray(new Dimension[0]);
        this.values = new ArrayList<>();
        for (Dimension d : dimensions) {
            values.add(valueOf.apply(d));
        }
        this.total = aggregator.create();
    }

    void add(T record) {
        aggregator.add(total, record);
        if (dimensions.length > 0) {
            String[] key = new String[dimensions.length];
            for (int i = 0; i < key.length; i++) {
                key[i] = values.get(i).apply(record);
            }
            aggregator.add(groups.computeIfAbsent(GroupKey.ofArrays(dimensions, key), k -> aggregator.create()), record);
        }
    }

    /** The accumulator of {@code key}, or null when no record had it. */
    A accumulator(GroupKey key) {
        return key.isTotal() ? total : groups.get(key);
    }

    /** Total group first, then the other groups by key. */
    List<Keyed<R>> results() {
        List<Keyed<R>> out = new ArrayList<>();
        out.add(new Keyed<>(GroupKey.total(), aggregator.result(total)));
        if (dimensions.length > 0) {
            List<GroupKey> keys = new ArrayList<>(groups.keySet());
            keys.sort(null);
            for (GroupKey k : keys) {
                out.add(new Keyed<>(k, aggregator.result(groups.get(k))));
            }
        }
        return out;
    }

    /** Result of one group, or null when no record had the key. */
    R result(GroupKey key) {
        A acc = accumulator(key);
        return acc == null ? null : aggregator.result(acc);
    }

    /** Keys of the non-total groups. */
    java.util.Set<GroupKey> keys() {
        return groups.keySet();
    }
}
