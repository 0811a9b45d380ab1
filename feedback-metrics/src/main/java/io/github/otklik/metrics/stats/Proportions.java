package io.github.otklik.metrics.stats;

/**
 * The pooled two-proportion z-test (сравнение долей) of {@code spec/metrics.md}: p1 = x1/n1,
 * p0 = x0/n0, p = (x1 + x0)/(n1 + n0), se = √(p(1−p)(1/n1 + 1/n0)), z = (p1 − p0)/se,
 * two-sided pValue = 2·Φ(−|z|); when se = 0 (both shares 0 or both 1) z = 0 and pValue = 1.
 *
 * <p>pValue is computed as {@code 2 * Normal.cdf(-Math.abs(z))}, not 2·(1 − Φ(|z|)), so that it
 * keeps its relative precision (a few ulps) down to about 1e-300 instead of stopping at 1e-16.
 */
public final class Proportions {

    /**
     * The comparison of a current share with a previous one.
     *
     * @param previousShare p0 = x0/n0
     * @param delta p1 − p0
     * @param z the pooled statistic (p1 − p0)/se, 0 when se = 0
     * @param pValue two-sided, 2·Φ(−|z|), in [0, 1]; 1 when se = 0
     */
    public record Comparison(double previousShare, double delta, double z, double pValue) {
    }

    private Proportions() {
    }

    /**
     * Compares x1 of n1 (current period) with x0 of n0 (previous period).
     *
     * @param x1 current successes, 0 ≤ x1 ≤ n1
     * @param n1 current trials, n1 ≥ 1
     * @param x0 previous successes, 0 ≤ x0 ≤ n0
     * @param n0 previous trials, n0 ≥ 1
     * @return {previousShare, delta, z, pValue}
     * @throws IllegalArgumentException when a count of trials is not positive or successes exceed it
     */
    public static Comparison compare(long x1, long n1, long x0, long n0) {
        check(x1, n1, "current");
        check(x0, n0, "previous");
        double p1 = (double) x1 / n1;
        double p0 = (double) x0 / n0;
        double pooled = ((double) x1 + x0) / ((double) n1 + n0);
        double se = Math.sqrt(pooled * (1 - pooled) * (1.0 / n1 + 1.0 / n0));
        double delta = p1 - p0;
        if (se == 0) {
            return new Comparison(p0, delta, 0, 1);
        }
        double z = delta / se;
        return new Comparison(p0, delta, z, 2 * Normal.cdf(-Math.abs(z)));
    }

    private static void check(long x, long n, String period) {
        if (n <= 0) {
            throw new IllegalArgumentException(period + " trials must be positive: " + n);
        }
        if (x < 0 || x > n) {
            throw new IllegalArgumentException(period + " successes must be in 0.." + n + ": " + x);
        }
    }
}
