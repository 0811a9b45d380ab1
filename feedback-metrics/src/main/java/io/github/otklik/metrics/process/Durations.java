package io.github.otklik.metrics.process;

import io.github.otklik.metrics.stats.DurationSketch;
import io.github.otklik.metrics.stats.NearestRank;

import java.io.Serializable;
import java.util.Arrays;

/**
 * Durations of finished process instances, in milliseconds. Count, sum (hence mean) and max are
 * always exact. Quantiles are exact while a group holds at most {@value #EXACT_LIMIT} durations;
 * beyond that the values move into a {@link DurationSketch} and p50/p90 are within 0.5 %
 * relative of the exact nearest-rank value, in memory bounded by the number of distinct
 * logarithmic buckets (about 2,000 for one second to ten years). Mergeable; the result depends
 * only on the multiset of durations, never on the order they came in. Not thread-safe.
 */
public final class Durations implements Serializable {
    /** Largest number of durations kept exactly. */
    public static final int EXACT_LIMIT = 4_096;
    private static final long serialVersionUID = 1L;
    private static final double MS_PER_HOUR = 3_600_000d;

    private long count;
    private long sumMs;
    private long maxMs = Long.MIN_VALUE;
    private long[] exact = new long[8];
    private DurationSketch sketch;

    /** Adds a duration of {@code ms} milliseconds (≥ 0). */
    public void add(long ms) {
        if (ms < 0) {
            throw new IllegalArgumentException("duration must not be negative: " + ms);
        }
        if (sketch == null) {
            if (count == exact.length) {
                exact = Arrays.copyOf(exact, (int) Math.min(EXACT_LIMIT, count * 2));
            }
            if (count < EXACT_LIMIT) {
                exact[(int) count] = ms;
            } else {
                toSketch();
                sketch.add(ms / MS_PER_HOUR);
            }
        } else {
            sketch.add(ms / MS_PER_HOUR);
        }
        count++;
        sumMs += ms;
        maxMs = Math.max(maxMs, ms);
    }

    private void toSketch() {
        sketch = new DurationSketch();
        for (int i = 0; i < count; i++) {
            sketch.add(exact[i] / MS_PER_HOUR);
        }
        exact = null;
    }

    /** Adds {@code other}'s durations. */
    public void merge(Durations other) {
        if (other.count == 0) {
            return;
        }
        if (sketch == null && other.sketch == null && count + other.count <= EXACT_LIMIT) {
            if (exact.length < count + other.count) {
                exact = Arrays.copyOf(exact, (int) Math.min(EXACT_LIMIT, Math.max(exact.length * 2, count + other.count)));
            }
            System.arraycopy(other.exact, 0, exact, (int) count, (int) other.count);
        } else {
            if (sketch == null) {
                toSketch();
            }
            if (other.sketch != null) {
                sketch.merge(other.sketch);
            } else {
                for (int i = 0; i < other.count; i++) {
                    sketch.add(other.exact[i] / MS_PER_HOUR);
                }
            }
        }
        count += other.count;
        sumMs += other.sumMs;
        maxMs = Math.max(maxMs, other.maxMs);
    }

    /** Number of durations. */
    public long count() {
        return count;
    }

    /**
     * Whether the quantiles are exact (at most {@value #EXACT_LIMIT} durations).
     *
     * @return whether the quantiles are exact (at most {@value #EXACT_LIMIT} durations)
     */
    public boolean isExact() {
        return sketch == null;
    }

    /** Mean in hours, exact: sum of milliseconds / count / 3,600,000. */
    public double meanHours() {
        return (double) sumMs / count / MS_PER_HOUR;
    }

    /** Maximum in hours, exact. */
    public double maxHours() {
        return maxMs / MS_PER_HOUR;
    }

    /** Nearest-rank p-quantile in hours: exact, or within 0.5 % beyond {@value #EXACT_LIMIT} values. */
    public double quantileHours(double p) {
        if (count == 0) {
            throw new java.util.NoSuchElementException("no durations");
        }
        if (sketch != null) {
            return sketch.quantile(p);
        }
        long[] sorted = Arrays.copyOf(exact, (int) count);
        Arrays.sort(sorted);
        return sorted[(int) NearestRank.rank(p, count) - 1] / MS_PER_HOUR;
    }
}
