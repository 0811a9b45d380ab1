package io.github.otklik.metrics;

import io.github.otklik.metrics.report.Keyed;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The groups of one report section while records stream in or partial accumulators are merged:
 * the total accumulator (always present, empty at first) and one per distinct other key. Not
 * thread-safe.
 *
 * <p>When the section's groups partition its records — it has grouping dimensions and none of
 * them overlaps — every record counts in the total and in exactly one group. Such a record is
 * aggregated once, into its group ({@link #addToGroup}, found without allocating a key), and
 * reaches the total through a merge when a result is asked for ({@link #addToTotal} is then a
 * no-op). That needs an aggregator whose merge is exact (merging parts equals one pass over all of
 * them) and leaves its second argument unchanged, as the satisfaction, appeal and process
 * aggregators' do. When groups overlap (life situations), the total is aggregated on its own:
 * it is not the sum of the groups.
 */
final class Section<T, A, R> {
    private final Aggregator<T, A, R> aggregator;
    private final boolean totalFromGroups;
    private final A total;
    private final Map<GroupKey, A> groups = new HashMap<>();
    private final Pending<A> pending = new Pending<>();

    /**
     * @param totalFromGroups whether every record added to the total is also added to exactly one
     *        group, so that the total is the merge of the groups
     */
    Section(Aggregator<T, A, R> aggregator, boolean totalFromGroups) {
        this.aggregator = aggregator;
        this.totalFromGroups = totalFromGroups;
        this.total = aggregator.create();
    }

    /** Adds {@code record} to the total, unless the total is the merge of the groups. */
    void addToTotal(T record) {
        if (!totalFromGroups) {
            aggregator.add(total, record);
        }
    }

    /**
     * Adds {@code record} to the group with {@code values} for {@code dimensions} (at least one);
     * {@code values} is only read, so the caller may reuse the array.
     */
    void addToGroup(Dimension[] dimensions, String[] values, T record) {
        A acc = pending.find(dimensions, values);
        if (acc == null) {
            acc = aggregator.create();
            pending.put(GroupKey.ofArrays(dimensions, values.clone()), acc);
        }
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

    /** Merges every group of {@code other} (same aggregator) into this section; {@code other} must not be used afterwards. */
    void absorb(Section<T, A, R> other) {
        other.settle();
        aggregator.merge(total, other.total);
        other.groups.forEach((key, acc) -> groups.merge(key, acc, aggregator::merge));
    }

    /** The accumulator of {@code key}, or null when no record had it. */
    A accumulator(GroupKey key) {
        settle();
        return key.isTotal() ? total : groups.get(key);
    }

    /** Total group first, then the other groups by key. */
    List<Keyed<R>> results() {
        settle();
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

    /** Moves the groups of {@link #addToGroup} into the groups, and into the total when it is their merge. */
    private void settle() {
        if (pending.size == 0) {
            return;
        }
        for (int i = 0; i < pending.keys.length; i++) {
            GroupKey key = pending.keys[i];
            if (key != null) {
                @SuppressWarnings("unchecked")
                A acc = (A) pending.accumulators[i];
                if (totalFromGroups) {
                    aggregator.merge(total, acc);
                }
                groups.merge(key, acc, aggregator::merge);
            }
        }
        pending.clear();
    }

    /** Open-addressing table of the groups filled by {@link #addToGroup}, probed by value arrays. */
    private static final class Pending<A> {
        GroupKey[] keys = new GroupKey[64];
        Object[] accumulators = new Object[64];
        int size;
        private GroupKey lastKey; // consecutive records often share their group
        private Object last;

        @SuppressWarnings("unchecked")
        A find(Dimension[] dimensions, String[] values) {
            if (lastKey != null && lastKey.matches(dimensions, values)) {
                return (A) last;
            }
            int hash = GroupKey.hash(dimensions, values);
            int mask = keys.length - 1;
            for (int i = spread(hash) & mask; keys[i] != null; i = (i + 1) & mask) {
                if (keys[i].hashCode() == hash && keys[i].matches(dimensions, values)) {
                    lastKey = keys[i];
                    last = accumulators[i];
                    return (A) last;
                }
            }
            return null;
        }

        void put(GroupKey key, A acc) {
            if (2 * (size + 1) > keys.length) {
                grow();
            }
            insert(key, acc);
            size++;
            lastKey = key;
            last = acc;
        }

        private void insert(GroupKey key, Object acc) {
            int mask = keys.length - 1;
            int i = spread(key.hashCode()) & mask;
            while (keys[i] != null) {
                i = (i + 1) & mask;
            }
            keys[i] = key;
            accumulators[i] = acc;
        }

        private void grow() {
            GroupKey[] oldKeys = keys;
            Object[] oldAccs = accumulators;
            keys = new GroupKey[oldKeys.length * 2];
            accumulators = new Object[oldKeys.length * 2];
            for (int i = 0; i < oldKeys.length; i++) {
                if (oldKeys[i] != null) {
                    insert(oldKeys[i], oldAccs[i]);
                }
            }
        }

        void clear() {
            Arrays.fill(keys, null);
            Arrays.fill(accumulators, null);
            size = 0;
            lastKey = null;
            last = null;
        }

        private static int spread(int h) {
            return h ^ (h >>> 16);
        }
    }
}
