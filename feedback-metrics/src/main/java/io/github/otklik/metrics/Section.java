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
    private final String[] probe; // the values of the record being added; reused
    private GroupKey[] slotKeys = new GroupKey[64];
    private List<A> slotAccumulators = new ArrayList<>(java.util.Collections.nCopies(64, (A) null));

    Section(Aggregator<T, A, R> aggregator, List<Dimension> dimensions, Function<Dimension, Function<T, String>> valueOf) {
        this.aggregator = aggregator;
        this.dimensions = dimensions.toArray(new Dimension[0]);
        this.values = new ArrayList<>();
        for (Dimension d : dimensions) {
            values.add(valueOf.apply(d));
        }
        this.total = aggregator.create();
        this.probe = new String[this.dimensions.length];
    }

    void add(T record) {
        aggregator.add(total, record);
        if (dimensions.length > 0) {
            String[] key = probe;
            for (int i = 0; i < key.length; i++) {
                key[i] = values.get(i).apply(record);
            }
            aggregator.add(group(key), record);
        }
    }

    /**
     * The accumulator of the group with values {@code key}, created on first use. Looks the values
     * up in an open-addressing table without building a {@link GroupKey} (that happens once per
     * group), so adding a record allocates nothing here.
     */
    private A group(String[] key) {
        int h = GroupKey.hash(dimensions, key);
        int mask = slotKeys.length - 1;
        int slot = mix(h) & mask;
        for (GroupKey k; (k = slotKeys[slot]) != null; slot = (slot + 1) & mask) {
            if (k.hashCode() == h && k.hasValues(key)) {
                return slotAccumulators.get(slot);
            }
        }
        GroupKey k = GroupKey.ofArrays(dimensions, key.clone());
        A acc = aggregator.create();
        groups.put(k, acc);
        slotKeys[slot] = k;
        slotAccumulators.set(slot, acc);
        if (groups.size() * 2 > slotKeys.length) {
            rehash();
        }
        return acc;
    }

    private static int mix(int h) {
        int x = h * 0x9E3779B9;
        return x ^ (x >>> 16);
    }

    private void rehash() {
        int size = slotKeys.length * 2;
        slotKeys = new GroupKey[size];
        slotAccumulators = new ArrayList<>(java.util.Collections.nCopies(size, (A) null));
        for (Map.Entry<GroupKey, A> e : groups.entrySet()) {
            int slot = mix(e.getKey().hashCode()) & (size - 1);
            while (slotKeys[slot] != null) {
                slot = (slot + 1) & (size - 1);
            }
            slotKeys[slot] = e.getKey();
            slotAccumulators.set(slot, e.getValue());
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
