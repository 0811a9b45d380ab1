package io.github.otklik.metrics.stats;

/**
 * Cochran's sample size (объём выборки) of {@code spec/metrics.md}: n₀ = z²·p(1−p)/e² with
 * z = Φ⁻¹((1 + c)/2); for a population of N, n = n₀ / (1 + (n₀ − 1)/N); the answer is ⌈n⌉.
 *
 * <p>Defaults p = 0.5, e = 0.05, c = 0.95 give 385 (N = 1,000 → 278, 500 → 218, 100 → 80). The
 * ceiling forgives floating noise: an n within 1e-9 of an integer k gives k (see
 * {@link NearestRank}). p = 0 or 1 gives 0; a result beyond {@link Long#MAX_VALUE} saturates.
 */
public final class SampleSize {
    /** The default expected share p: 0.5, the most conservative. */
    public static final double DEFAULT_PROPORTION = 0.5;
    /** The default margin of error e: 0.05 (±5 percentage points). */
    public static final double DEFAULT_MARGIN = 0.05;
    /** The default confidence level c: 0.95. */
    public static final double DEFAULT_CONFIDENCE = 0.95;

    private SampleSize() {
    }

    /**
     * Cochran's n for an unlimited population with the defaults p = 0.5, e = 0.05, c = 0.95: 385.
     *
     * @return ⌈z²·p(1−p)/e²⌉ = ⌈384.146…⌉ = 385
     */
    public static long cochran() {
        return cochran(DEFAULT_PROPORTION, DEFAULT_MARGIN, DEFAULT_CONFIDENCE);
    }

    /**
     * Cochran's n for a population of N with the defaults p = 0.5, e = 0.05, c = 0.95.
     *
     * @param population N ≥ 1
     * @return ⌈n₀ / (1 + (n₀ − 1)/N)⌉, between 1 and N
     * @throws IllegalArgumentException when N &lt; 1
     */
    public static long cochran(long population) {
        return cochran(population, DEFAULT_PROPORTION, DEFAULT_MARGIN, DEFAULT_CONFIDENCE);
    }

    /**
     * Cochran's n₀ for an unlimited population: ⌈z²·p(1−p)/e²⌉.
     *
     * @param proportion the expected share p, 0 ≤ p ≤ 1 (0 and 1 give 0)
     * @param margin the margin of error e, 0 &lt; e &lt; 1
     * @param confidence the confidence level c, 0 &lt; c &lt; 1
     * @return the sample size, ≥ 0
     * @throws IllegalArgumentException when an argument is out of range or NaN
     */
    public static long cochran(double proportion, double margin, double confidence) {
        return NearestRank.tolerantCeil(unlimited(proportion, margin, confidence));
    }

    /**
     * Cochran's n with the finite population correction: ⌈n₀ / (1 + (n₀ − 1)/N)⌉.
     *
     * @param population N ≥ 1
     * @param proportion the expected share p, 0 ≤ p ≤ 1 (0 and 1 give 0)
     * @param margin the margin of error e, 0 &lt; e &lt; 1
     * @param confidence the confidence level c, 0 &lt; c &lt; 1
     * @return the sample size, between 0 and N
     * @throws IllegalArgumentException when an argument is out of range or NaN
     */
    public static long cochran(long population, double proportion, double margin, double confidence) {
        if (population < 1) {
            throw new IllegalArgumentException("population must be at least 1: " + population);
        }
        double n0 = unlimited(proportion, margin, confidence);
        if (n0 == 0) {
            return 0;
        }
        double n = n0 / (1 + (n0 - 1) / population);
        return Math.min(population, NearestRank.tolerantCeil(n));
    }

    private static double unlimited(double p, double e, double confidence) {
        if (!(p >= 0 && p <= 1)) {
            throw new IllegalArgumentException("proportion must be in [0, 1]: " + p);
        }
        if (!(e > 0 && e < 1)) {
            throw new IllegalArgumentException("margin of error must be in (0, 1): " + e);
        }
        double z = Normal.zForConfidence(confidence);
        return z * z * p * (1 - p) / (e * e);
    }
}
