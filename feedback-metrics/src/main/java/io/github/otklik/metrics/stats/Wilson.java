package io.github.otklik.metrics.stats;

/**
 * The Wilson score interval (доверительный интервал Уилсона) for a share x/n, exactly as
 * {@code spec/metrics.md} writes it: p = x/n, centre = (p + z²/2n) / (1 + z²/n),
 * half = z·√(p(1−p)/n + z²/4n²) / (1 + z²/n), [centre − half, centre + half].
 *
 * <p>Computed in that order in doubles, each of 2n and 4n² rounded once, so results agree to
 * the last bit with a direct transcription of the formula for any n below 2^51. Not clamped: rounding may put the low end of x = 0 a few ulps below 0 (or above),
 * and the high end of x = n likewise around 1. n = 0 is refused; callers report {@code null}.
 */
public final class Wilson {

    /**
     * A closed interval [low, high] of a share; low ≤ high.
     *
     * @param low the lower bound (centre − half)
     * @param high the upper bound (centre + half)
     */
    public record Interval(double low, double high) {
        /**
         *
         *
         * @param high the upper bound (centre + half)
         * @param low the lower bound (centre − half)
         * @throws IllegalArgumentException when low &gt; high or either is NaN
         */
        public Interval {
            if (!(low <= high)) {
                throw new IllegalArgumentException("interval bounds out of order: [" + low + ", " + high + "]");
            }
        }

        /** Whether low ≤ value ≤ high. */
        public boolean contains(double value) {
            return low <= value && value <= high;
        }
    }

    private Wilson() {
    }

    /**
     * The Wilson score interval of x successes in n trials at the two-sided z (use
     * {@link Normal#Z95} or {@link Normal#zForConfidence(double)}).
     *
     * @param x successes, 0 ≤ x ≤ n
     * @param n trials, n ≥ 1
     * @param z the critical value, finite and ≥ 0 (z = 0 gives [p, p])
     * @return [centre − half, centre + half]
     * @throws IllegalArgumentException when n ≤ 0, x is outside 0..n, or z is negative or not finite
     */
    public static Interval interval(long x, long n, double z) {
        check(x, n, z);
        double p = (double) x / n;
        double zz = z * z;
        double denominator = 1 + zz / n;
        double centre = (p + zz / (2.0 * n)) / denominator;
        double half = z * Math.sqrt(p * (1 - p) / n + zz / (4.0 * n * n)) / denominator;
        return new Interval(centre - half, centre + half);
    }

    /**
     * The low end of {@link #interval(long, long, double)}, centre − half: the prevalence L of
     * {@code spec/painmap.md} (120 of 400 at {@link Normal#Z95} gives 0.25716767195619705).
     *
     * @param x successes, 0 ≤ x ≤ n
     * @param n trials, n ≥ 1
     * @param z the critical value, finite and ≥ 0
     * @return centre − half, bit-identical to {@code interval(x, n, z).low()}
     * @throws IllegalArgumentException as {@link #interval(long, long, double)}
     */
    public static double lowerBound(long x, long n, double z) {
        return interval(x, n, z).low();
    }

    private static void check(long x, long n, double z) {
        if (n <= 0) {
            throw new IllegalArgumentException("trials must be positive: n = " + n);
        }
        if (x < 0 || x > n) {
            throw new IllegalArgumentException("successes must be in 0.." + n + ": x = " + x);
        }
        if (!(z >= 0 && z < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException("z must be finite and non-negative: " + z);
        }
    }
}
