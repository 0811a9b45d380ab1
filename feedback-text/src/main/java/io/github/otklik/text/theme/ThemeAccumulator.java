package io.github.otklik.text.theme;

import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;

/**
 * The running counts of a {@link ThemeAggregator}: per process and in total, the number of texts and
 * the number that matched each theme of the catalogue. Merging adds counts, so it is exact,
 * associative and commutative. Memory: (themes + 1) longs per process with texts, plus one such
 * array for the total. Not thread-safe; serialisable for distributed engines.
 */
public final class ThemeAccumulator implements Serializable {
    private static final long serialVersionUID = 1L;

    final int themes;
    final Map<String, long[]> byProcess = new HashMap<>(); // [0] = texts, [1 + t] = texts matching theme t
    final long[] total;

    ThemeAccumulator(int themes) {
        this.themes = themes;
        this.total = new long[themes + 1];
    }

    void add(String process, java.util.BitSet matched) {
        add(total, matched);
        if (process != null) {
            add(byProcess.computeIfAbsent(process, p -> new long[themes + 1]), matched);
        }
    }

    private static void add(long[] counts, java.util.BitSet matched) {
        counts[0]++;
        for (int t = matched.nextSetBit(0); t >= 0; t = matched.nextSetBit(t + 1)) {
            counts[1 + t]++;
        }
    }

    void merge(ThemeAccumulator other) {
        if (other.themes != themes) {
            throw new IllegalArgumentException("accumulators of different catalogues: " + themes + " and " + other.themes + " themes");
        }
        addAll(total, other.total);
        other.byProcess.forEach((p, counts) -> {
            long[] mine = byProcess.get(p);
            if (mine == null) {
                byProcess.put(p, counts.clone());
            } else {
                addAll(mine, counts);
            }
        });
    }

    private static void addAll(long[] into, long[] from) {
        for (int i = 0; i < into.length; i++) {
            into[i] += from[i];
        }
    }
}
