package io.github.otklik.metrics;

import io.github.otklik.metrics.report.Keyed;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The groups of one report section while records stream in or partial accumulators are merged:
 * the total accumulator (always present, empty at first) and one per distinct other key. Not
 * thread-safe.
 */
final class Section<T, A, R> {
    private final Aggregator<T, A, R> aggregator;
    private final A total;
    private final Map<GroupKey, A> groups = new HashMap<>();

    Section(Aggregator<T, A, R> aggregator) {
        this.aggregator = aggregator;
        this.total = aggregator.create();
    }

    /** Adds {@code record} to the group {@code key}. */
    void add(GroupKey key, T record) {
        A acc = key.isTotal() ? total : groups.computeIfAbsent(key, k -> aggregator.create());
        aggregator.add(acc, record);
    }

    /** Merges {@code partial} into the group {@code key}; {@code partial} must not be used afterwards. */
    void merge(GroupKey key, A partial) {
        if (key.isTotal()) {
            aggregator.merge(total, partial);
        } else {
            groups.merge(key, partial, aggregator::merge);
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
        List<GroupKey> keys = new ArrayList<>(groups.keySet());
        keys.sort(null);
        for (GroupKey k : keys) {
            out.add(new Keyed<>(k, aggregator.result(groups.get(k))));
        }
        return out;
    }

    /** Result of one group, or null when no record had the key. */
    R result(GroupKey key) {
        A acc = accumulator(key);
        return acc == null ? null : aggregator.result(acc);
    }
}
