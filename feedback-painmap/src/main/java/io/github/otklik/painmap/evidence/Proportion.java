package io.github.otklik.painmap.evidence;

import io.github.otklik.metrics.stats.Wilson;

/**
 * A measured proportion, x of n, with the Wilson lower bound L of its share at the rule set's
 * confidence (нижняя граница доверительного интервала). Immutable.
 *
 * @param x how many clients (responses, appeals, results) show the problem, 0 ≤ x ≤ n
 * @param n how many could have shown it, ≥ 1
 * @param lowerBound the Wilson lower bound of x / n at the z it was measured with
 */
public record Proportion(long x, long n, double lowerBound) {
    /** @throws IllegalArgumentException when n &lt; 1, x is outside 0..n, or the bound is NaN */
    public Proportion {
        if (n < 1 || x < 0 || x > n) {
            throw new IllegalArgumentException("a proportion needs 0 ≤ x ≤ n and n ≥ 1: " + x + " of " + n);
        }
        if (Double.isNaN(lowerBound)) {
            throw new IllegalArgumentException("lower bound is NaN");
        }
    }

    /**
     * x of n with L = {@link Wilson#lowerBound(long, long, double)} at {@code z}.
     *
     * @throws IllegalArgumentException when n &lt; 1, x is outside 0..n, or z is negative or not finite
     */
    public static Proportion of(long x, long n, double z) {
        return new Proportion(x, n, Wilson.lowerBound(x, n, z));
    }

    /** x / n. */
    public double share() {
        return (double) x / n;
    }

    /** The upper end of the Wilson interval at {@code z}. */
    public double upperBound(double z) {
        return Wilson.interval(x, n, z).high();
    }
}
