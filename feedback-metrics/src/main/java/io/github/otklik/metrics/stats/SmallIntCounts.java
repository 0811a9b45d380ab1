package io.github.otklik.metrics.stats;

import java.io.Serializable;
import java.util.Arrays;
import java.util.NoSuchElementException;
import java.util.Objects;

/**
 * The exact distribution of small non-negative integers, such as the waiting days of appeals
 * (срок рассмотрения в днях): a count per value, so count, sum, mean, max and nearest-rank
 * quantiles are exact, and merging two accumulators equals one pass over both inputs.
 *
 * <p>Memory: values 0..100,000 are counted in a {@code long[]} grown by doubling from 32 slots
 * to cover the largest such value, so at most max(32, 2 × (max + 1)) slots of 8 bytes and never
 * more than 800 KB (4 KB for values below a year of days); each distinct value above 100,000
 * costs 12 bytes (24 with the doubling slack) in a sorted side table. {@code add} is O(1) for values up to 100,000 (amortized), O(d) above it
 * for d distinct such values; {@code quantile} is O(max + d). Not thread-safe.
 */
public final class SmallIntCounts implements Serializable {
    private static final long serialVersionUID = 1L;

    /** The largest value counted in the dense array; larger values go to the side table. */
    static final int DENSE_LIMIT = 100_000;
    private static final int INITIAL_CAPACITY = 32;

    private long[] counts = new long[0];
    private int[] overflowValues = new int[0]; // sorted, distinct, all > DENSE_LIMIT
    private long[] overflowCounts = new long[0];
    private int overflowSize;
    private long count;
    private long sum;
    private int max = -1;

    /** An empty accumulator. */
    public SmallIntCounts() {
    }

    /**
     * Records one value.
     *
     * @param value the value, ≥ 0
     * @throws IllegalArgumentException when the value is negative
     * @throws ArithmeticException when the sum would exceed {@link Long#MAX_VALUE} (the
     *         accumulator is then unchanged)
     */
    public void add(int value) {
        if (value < 0) {
            throw new IllegalArgumentException("value must be non-negative: " + value);
        }
        long newSum = Math.addExact(sum, value);
        if (value <= DENSE_LIMIT) {
            ensureDense(value);
            counts[value]++;
        } else {
            addOverflow(value, 1);
        }
        sum = newSum;
        count++;
        if (value > max) {
            max = value;
        }
    }

    /**
     * Adds every value of {@code other} to this accumulator; {@code other} is unchanged (merging
     * an accumulator into itself doubles every count).
     *
     * @param other the accumulator to add
     * @throws ArithmeticException when the sum would exceed {@link Long#MAX_VALUE} (this
     *         accumulator is then unchanged)
     */
    public void merge(SmallIntCounts other) {
        Objects.requireNonNull(other, "other");
        long newSum = Math.addExact(sum, other.sum);
        long newCount = Math.addExact(count, other.count);
        int otherDense = other.denseUsed();
        if (otherDense > 0) {
            ensureDense(otherDense - 1);
            long[] source = other.counts;
            for (int v = 0; v < otherDense; v++) {
                counts[v] += source[v];
            }
        }
        if (other.overflowSize > 0) {
            mergeOverflow(Arrays.copyOf(other.overflowValues, other.overflowSize),
                    Arrays.copyOf(other.overflowCounts, other.overflowSize));
        }
        sum = newSum;
        count = newCount;
        max = Math.max(max, other.max);
    }

    /**
     * The number of values recorded.
     *
     * @return the number of values recorded
     */
    public long count() {
        return count;
    }

    /**
     * The exact sum of the values recorded; 0 when empty.
     *
     * @return the exact sum of the values recorded; 0 when empty
     */
    public long sum() {
        return sum;
    }

    /**
     * The mean, sum / count, as the double nearest to it when sum &lt; 2^53; NaN when empty.
     *
     * @return the mean, sum / count, as the double nearest to it when sum &lt; 2^53; NaN when empty
     */
    public double mean() {
        return (double) sum / count;
    }

    /**
     * The largest value recorded.
     *
     * @return the largest value recorded
     * @throws NoSuchElementException when empty
     */
    public int max() {
        if (count == 0) {
            throw new NoSuchElementException("no values");
        }
        return max;
    }

    /**
     * The nearest-rank p-quantile: the ⌈p·n⌉-th smallest value (rank at least 1, ceiling as
     * in {@link NearestRank#rank(double, long)}), exact. p = 0.5 is the median p50, p = 1 the max.
     *
     * @param p the quantile, 0 ≤ p ≤ 1
     * @return the value of that rank
     * @throws IllegalArgumentException when p is outside [0, 1] or NaN
     * @throws NoSuchElementException when empty
     */
    public int quantile(double p) {
        if (count == 0) {
            NearestRank.rank(p, 1); // validates p
            throw new NoSuchElementException("no values");
        }
        long rank = NearestRank.rank(p, count);
        long seen = 0;
        for (int v = 0, dense = denseUsed(); v < dense; v++) {
            seen += counts[v];
            if (seen >= rank) {
                return v;
            }
        }
        for (int i = 0; i < overflowSize; i++) {
            seen += overflowCounts[i];
            if (seen >= rank) {
                return overflowValues[i];
            }
        }
        throw new IllegalStateException("counts do not add up to " + count); // unreachable
    }

    /**
     * An independent copy: changes to either do not affect the other.
     *
     * @return an independent copy: changes to either do not affect the other
     */
    public SmallIntCounts copy() {
        SmallIntCounts copy = new SmallIntCounts();
        copy.counts = counts.clone();
        copy.overflowValues = overflowValues.clone();
        copy.overflowCounts = overflowCounts.clone();
        copy.overflowSize = overflowSize;
        copy.count = count;
        copy.sum = sum;
        copy.max = max;
        return copy;
    }

    /** Equal when both hold the same multiset of values, whatever their history or capacity. */
    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof SmallIntCounts other) || count != other.count || sum != other.sum
                || max != other.max || overflowSize != other.overflowSize) {
            return false;
        }
        int dense = denseLength();
        return dense == other.denseLength()
                && Arrays.equals(counts, 0, dense, other.counts, 0, dense)
                && Arrays.equals(overflowValues, 0, overflowSize, other.overflowValues, 0, overflowSize)
                && Arrays.equals(overflowCounts, 0, overflowSize, other.overflowCounts, 0, overflowSize);
    }

    @Override
    public int hashCode() {
        int h = Long.hashCode(count);
        h = 31 * h + Long.hashCode(sum);
        for (int v = 0, dense = denseLength(); v < dense; v++) {
            h = 31 * h + Long.hashCode(counts[v]);
        }
        for (int i = 0; i < overflowSize; i++) {
            h = 31 * h + overflowValues[i];
            h = 31 * h + Long.hashCode(overflowCounts[i]);
        }
        return h;
    }

    @Override
    public String toString() {
        return "SmallIntCounts{count=" + count + ", sum=" + sum + (count > 0 ? ", max=" + max : "") + "}";
    }

    /** The length of the dense prefix that can hold a non-zero count: up to max, within the array. */
    private int denseUsed() {
        return max < counts.length ? max + 1 : counts.length;
    }

    /** The length of the dense prefix that holds a non-zero count. */
    private int denseLength() {
        int length = denseUsed();
        while (length > 0 && counts[length - 1] == 0) {
            length--;
        }
        return length;
    }

    private void ensureDense(int value) {
        if (value < counts.length) {
            return;
        }
        int capacity = Math.max(INITIAL_CAPACITY, counts.length);
        while (capacity <= value) {
            capacity *= 2;
        }
        counts = Arrays.copyOf(counts, Math.min(capacity, DENSE_LIMIT + 1));
    }

    private void addOverflow(int value, long n) {
        int i = Arrays.binarySearch(overflowValues, 0, overflowSize, value);
        if (i >= 0) {
            overflowCounts[i] += n;
            return;
        }
        int at = -i - 1;
        if (overflowSize == overflowValues.length) {
            int capacity = Math.max(8, overflowSize * 2);
            overflowValues = Arrays.copyOf(overflowValues, capacity);
            overflowCounts = Arrays.copyOf(overflowCounts, capacity);
        }
        System.arraycopy(overflowValues, at, overflowValues, at + 1, overflowSize - at);
        System.arraycopy(overflowCounts, at, overflowCounts, at + 1, overflowSize - at);
        overflowValues[at] = value;
        overflowCounts[at] = n;
        overflowSize++;
    }

    /** Merges a sorted table into the side table in one linear pass. */
    private void mergeOverflow(int[] values, long[] ns) {
        int[] mergedValues = new int[overflowSize + values.length];
        long[] mergedCounts = new long[mergedValues.length];
        int i = 0;
        int j = 0;
        int k = 0;
        while (i < overflowSize || j < values.length) {
            if (j == values.length || (i < overflowSize && overflowValues[i] < values[j])) {
                mergedValues[k] = overflowValues[i];
                mergedCounts[k++] = overflowCounts[i++];
            } else if (i == overflowSize || values[j] < overflowValues[i]) {
                mergedValues[k] = values[j];
                mergedCounts[k++] = ns[j++];
            } else {
                mergedValues[k] = values[j];
                mergedCounts[k++] = overflowCounts[i++] + ns[j++];
            }
        }
        overflowValues = mergedValues;
        overflowCounts = mergedCounts;
        overflowSize = k;
    }
}
