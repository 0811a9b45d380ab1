package io.github.otklik.metrics.stats;

/**
 * The nearest-rank rule of {@code spec/metrics.md}: the p-quantile of n values is the ⌈p·n⌉-th
 * smallest (1-based), at least the 1st; the ceiling forgives floating noise of up to
 * max(1e-9, 2 ulp) in the product p·n, so p = 0.9, n = 10 gives rank 9, not 10.
 *
 * <p>Why the tolerance: {@code 0.9} and most decimal fractions are not doubles, and the rounded
 * product {@code p * n} can land one ulp above the intended integer k. Any product within 1e-9 of
 * an integer k (or, past about 4.5 million, within 2 ulps of it, the largest error a single
 * rounding of p and of p·n can cause) is taken as k. A p whose exact p·n exceeds an integer by a
 * positive amount smaller than that is therefore ranked as if it hit the integer; no decimal p
 * with fewer than 9 significant digits can do so for n below 10^9.
 */
public final class NearestRank {
    /** Absolute tolerance of the ceiling: 1e-9. */
    static final double TOLERANCE = 1e-9;

    private NearestRank() {
    }

    /**
     * The 1-based nearest rank ⌈p·n⌉ of the p-quantile among {@code n} values, clamped to
     * 1..n (p = 0 gives 1, p = 1 gives n).
     *
     * @param p the quantile, 0 ≤ p ≤ 1
     * @param n the number of values, at least 1
     * @return the rank, 1 ≤ rank ≤ n
     * @throws IllegalArgumentException when p is outside [0, 1] or NaN, or n ≤ 0
     */
    public static long rank(double p, long n) {
        if (!(p >= 0 && p <= 1)) {
            throw new IllegalArgumentException("quantile must be in [0, 1]: " + p);
        }
        if (n <= 0) {
            throw new IllegalArgumentException("number of values must be positive: " + n);
        }
        long rank = tolerantCeil(p * n);
        return Math.max(1, Math.min(n, rank));
    }

    /**
     * ⌈x⌉, except that an x within max(1e-9, 2 ulp(x)) of an integer k gives k. Saturates at
     * {@link Long#MAX_VALUE} for huge x.
     */
    static long tolerantCeil(double x) {
        if (Double.isNaN(x)) {
            throw new IllegalArgumentException("NaN");
        }
        double k = Math.rint(x);
        if (Math.abs(x - k) <= Math.max(TOLERANCE, 2 * Math.ulp(x))) {
            return (long) k;
        }
        return (long) Math.ceil(x);
    }
}
