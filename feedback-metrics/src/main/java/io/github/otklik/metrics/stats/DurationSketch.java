package io.github.otklik.metrics.stats;

import java.io.Serializable;
import java.util.NoSuchElementException;
import java.util.Objects;

/**
 * Bounded-memory nearest-rank quantiles of non-negative doubles such as process durations in
 * hours (длительность), with a guaranteed relative error: p50/p90 within 0.5 % relative error
 * of the exact nearest-rank value; count, min, max exact; sum and mean within 1e-15 relative.
 *
 * <p>Positive values are counted in logarithmic buckets (DDSketch, Masson et al., VLDB 2019):
 * with α = 0.005 and γ = (1 + α)/(1 − α), value v goes to bucket i = ⌈ln v / ln γ⌉, which holds
 * (γ^(i−1), γ^i], and bucket i is reported as 2γ^i/(γ + 1), within α of every value in it.
 * Zeros are counted apart and reported as exactly 0. {@link #quantile(double)} takes the rank
 * ⌈p·n⌉ of {@link NearestRank} and returns:
 * <ul>
 *   <li>the exact {@link #max()} when the rank is n and the exact {@link #min()} when it is 1;</li>
 *   <li>0 when the rank falls among the zeros;</li>
 *   <li>otherwise the estimate of the bucket holding the value of that rank, clamped to
 *       [min, max] (which only moves it closer), so its relative error against that exact value
 *       is at most α = 0.005, plus at most 1e-12 from floating-point rounding of logarithms and
 *       powers, for values in [1e-300, 1e300].</li>
 * </ul>
 *
 * <p>Memory: a {@code long[]} over the range of buckets in use, with at most 1/8 + 32 slack:
 * at most 1.25 × (highest − lowest bucket index + 1) + 32 slots of 8 bytes. One second
 * (1/3600 h) to ten years (87,660 h) spans 1,958 buckets, at most 2,480 slots (20 KB); the whole
 * positive double range spans 145,422 buckets (1.2 MB), the absolute bound. {@code add} is
 * O(1) amortized; {@code quantile} and {@code merge} are O(buckets in use). Not thread-safe.
 */
public final class DurationSketch implements Serializable {
    private static final long serialVersionUID = 1L;

    /** The guaranteed relative accuracy α of quantile estimates: 0.005 (0.5 %). */
    public static final double RELATIVE_ACCURACY = 0.005;

    private static final double GAMMA = (1 + RELATIVE_ACCURACY) / (1 - RELATIVE_ACCURACY);
    private static final double LOG_GAMMA = Math.log(GAMMA);
    private static final double ESTIMATE_FACTOR = 2 / (GAMMA + 1);
    /** The bucket of {@link Double#MIN_VALUE}, the lowest there is. */
    static final int MIN_INDEX = index(Double.MIN_VALUE);
    /** The bucket of {@link Double#MAX_VALUE}, the highest there is. */
    static final int MAX_INDEX = index(Double.MAX_VALUE);

    private long[] buckets = new long[0];
    private int offset; // bucket index of buckets[0]
    private int lowIndex = Integer.MAX_VALUE; // lowest bucket in use, when any
    private int highIndex = Integer.MIN_VALUE; // highest bucket in use, when any
    private long zeroCount;
    private long count;
    private double sum;
    private double sumCompensation;
    private double min = Double.POSITIVE_INFINITY;
    private double max = Double.NEGATIVE_INFINITY;

    /** An empty sketch with relative accuracy {@link #RELATIVE_ACCURACY}. */
    public DurationSketch() {
    }

    /**
     * Records one value.
     *
     * @param value a finite value ≥ 0 (−0.0 counts as 0)
     * @throws IllegalArgumentException when the value is negative, infinite or NaN
     */
    public void add(double value) {
        if (!(value >= 0 && value < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException("value must be finite and non-negative: " + value);
        }
        if (value == 0) {
            value = 0.0; // not −0.0
            zeroCount++;
        } else {
            int i = index(value);
            if (i < lowIndex || i > highIndex) {
                ensureRange(i, i);
                lowIndex = Math.min(lowIndex, i);
                highIndex = Math.max(highIndex, i);
            }
            buckets[i - offset]++;
        }
        count++;
        addToSum(value);
        if (value < min) {
            min = value;
        }
        if (value > max) {
            max = value;
        }
    }

    /**
     * Adds every value of {@code other} to this sketch; {@code other} is unchanged (merging a
     * sketch into itself doubles every count). Counts, min, max and quantiles equal those of one
     * pass over both inputs; the sum may differ in its last bits.
     *
     * @param other the sketch to add
     */
    public void merge(DurationSketch other) {
        Objects.requireNonNull(other, "other");
        if (other.count == 0) {
            return;
        }
        long otherCount = other.count;
        double otherSum = other.sum;
        double otherCompensation = other.sumCompensation;
        if (other.lowIndex <= other.highIndex) {
            int lo = other.lowIndex;
            int hi = other.highIndex;
            ensureRange(lo, hi);
            long[] source = other.buckets; // read after ensureRange: other may be this
            int sourceOffset = other.offset;
            for (int i = lo; i <= hi; i++) {
                buckets[i - offset] += source[i - sourceOffset];
            }
            lowIndex = Math.min(lowIndex, lo);
            highIndex = Math.max(highIndex, hi);
        }
        zeroCount += other.zeroCount;
        count += otherCount;
        addToSum(otherSum);
        sumCompensation += otherCompensation;
        min = Math.min(min, other.min);
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
     * The sum of the values, by compensated (Neumaier) summation: within 1e-15 relative of the
     * exact sum for up to 10^15 values, in any order of adds and merges; 0 when empty.
     */
    public double sum() {
        return sum + sumCompensation;
    }

    /**
     * The mean, {@link #sum()} / {@link #count()}, within 1e-15 relative; NaN when empty.
     *
     * @return the mean, {@link #sum()} / {@link #count()}, within 1e-15 relative; NaN when empty
     */
    public double mean() {
        return sum() / count;
    }

    /**
     * The smallest value recorded, exactly.
     *
     * @return the smallest value recorded, exactly
     * @throws NoSuchElementException when empty
     */
    public double min() {
        requireValues();
        return min;
    }

    /**
     * The largest value recorded, exactly.
     *
     * @return the largest value recorded, exactly
     * @throws NoSuchElementException when empty
     */
    public double max() {
        requireValues();
        return max;
    }

    /**
     * The nearest-rank p-quantile, the ⌈p·n⌉-th smallest value (ceiling as in
     * {@link NearestRank#rank(double, long)}): exact for rank 1 (min), rank n (max) and zeros,
     * otherwise within 0.5 % (+ 1e-12) relative of the exact value.
     *
     * @param p the quantile, 0 ≤ p ≤ 1
     * @return the estimate of the value of that rank
     * @throws IllegalArgumentException when p is outside [0, 1] or NaN
     * @throws NoSuchElementException when empty
     */
    public double quantile(double p) {
        if (count == 0) {
            NearestRank.rank(p, 1); // validates p
            throw new NoSuchElementException("no values");
        }
        long rank = NearestRank.rank(p, count);
        if (rank == count) {
            return max;
        }
        if (rank == 1) {
            return min;
        }
        if (rank <= zeroCount) {
            return 0.0;
        }
        long seen = zeroCount;
        for (int i = lowIndex; i <= highIndex; i++) {
            seen += buckets[i - offset];
            if (seen >= rank) {
                return Math.min(max, Math.max(min, estimate(i)));
            }
        }
        throw new IllegalStateException("bucket counts do not add up to " + count); // unreachable
    }

    /**
     * An independent copy: changes to either do not affect the other.
     *
     * @return an independent copy: changes to either do not affect the other
     */
    public DurationSketch copy() {
        DurationSketch copy = new DurationSketch();
        copy.buckets = buckets.clone();
        copy.offset = offset;
        copy.lowIndex = lowIndex;
        copy.highIndex = highIndex;
        copy.zeroCount = zeroCount;
        copy.count = count;
        copy.sum = sum;
        copy.sumCompensation = sumCompensation;
        copy.min = min;
        copy.max = max;
        return copy;
    }

    @Override
    public String toString() {
        return count == 0 ? "DurationSketch{count=0}"
                : "DurationSketch{count=" + count + ", min=" + min + ", max=" + max + ", mean=" + mean() + "}";
    }

    /** The bucket of a positive value: ⌈ln v / ln γ⌉. */
    static int index(double value) {
        return (int) Math.ceil(Math.log(value) / LOG_GAMMA);
    }

    /** The estimate of bucket i: 2γ^i/(γ + 1). */
    static double estimate(int index) {
        return Math.exp(index * LOG_GAMMA) * ESTIMATE_FACTOR;
    }

    /** Slots allocated for buckets; for the memory bound's tests. */
    int bucketCapacity() {
        return buckets.length;
    }

    private void requireValues() {
        if (count == 0) {
            throw new NoSuchElementException("no values");
        }
    }

    /** Neumaier's compensated addition of {@code value} to (sum, sumCompensation). */
    private void addToSum(double value) {
        double t = sum + value;
        if (Math.abs(sum) >= Math.abs(value)) {
            sumCompensation += (sum - t) + value;
        } else {
            sumCompensation += (value - t) + sum;
        }
        sum = t;
    }

    /**
     * Makes the array cover the buckets in use and lo..hi, reallocating with 1/8 + 16 slack on
     * each side when it does not.
     */
    private void ensureRange(int lo, int hi) {
        int from = Math.min(lo, lowIndex);
        int to = Math.max(hi, highIndex);
        if (buckets.length > 0 && from >= offset && to < offset + buckets.length) {
            return;
        }
        int extra = (to - from + 1) / 8 + 16;
        int newOffset = Math.max(MIN_INDEX, from - extra);
        int newEnd = Math.min(MAX_INDEX, to + extra);
        long[] grown = new long[newEnd - newOffset + 1];
        if (lowIndex <= highIndex) {
            System.arraycopy(buckets, lowIndex - offset, grown, lowIndex - newOffset, highIndex - lowIndex + 1);
        }
        buckets = grown;
        offset = newOffset;
    }
}
