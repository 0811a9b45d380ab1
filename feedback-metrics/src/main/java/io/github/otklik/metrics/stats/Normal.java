package io.github.otklik.metrics.stats;

/**
 * The standard normal distribution (нормальное распределение): Φ by W. J. Cody's rational
 * Chebyshev approximations (absolute error below 1e-15 everywhere, relative error a few ulps in
 * the lower tail down to Φ ≈ 1e-300), and Φ⁻¹ by P. J. Acklam's approximation refined with two
 * Halley steps on that Φ (relative error below 1e-15 for every double p in [1e-300, 1)).
 *
 * <p>Sources: W. J. Cody, "Rational Chebyshev approximations for the error function", Math.
 * Comp. 23 (1969), and his SPECFUN routine ANORM (also behind R's {@code pnorm}); P. J. Acklam,
 * "An algorithm for computing the inverse normal cumulative distribution function" (2003).
 */
public final class Normal {
    /**
     * Φ⁻¹(0.975) = 1.959963984540054, the two-sided z of 95 % confidence that
     * {@code spec/metrics.md} and {@code spec/painmap.md} fix; the nearest double to the exact
     * value 1.95996398454005400…
     */
    public static final double Z95 = 1.959963984540054;

    private static final double SQRT_2PI = 2.5066282746310002; // √(2π)
    private static final double INV_SQRT_2PI = 0.39894228040143267794; // 1/√(2π)
    private static final double THRESHOLD = 0.66291;
    private static final double ROOT32 = 5.656854248;
    private static final double SIXTEEN = 16;

    // Cody's ANORM coefficients: |x| <= 0.66291
    private static final double A0 = 2.2352520354606839287;
    private static final double A1 = 161.02823106855587881;
    private static final double A2 = 1067.6894854603709582;
    private static final double A3 = 18154.981253343561249;
    private static final double A4 = 0.065682337918207449113;
    private static final double B0 = 47.20258190468824187;
    private static final double B1 = 976.09855173777669322;
    private static final double B2 = 10260.932208618978205;
    private static final double B3 = 45507.789335026729956;
    // 0.66291 < |x| <= sqrt(32)
    private static final double C0 = 0.39894151208813466764;
    private static final double C1 = 8.8831497943883759412;
    private static final double C2 = 93.506656132177855979;
    private static final double C3 = 597.27027639480026226;
    private static final double C4 = 2494.5375852903726711;
    private static final double C5 = 6848.1904505362823326;
    private static final double C6 = 11602.651437647350124;
    private static final double C7 = 9842.7148383839780218;
    private static final double C8 = 1.0765576773720192317e-8;
    private static final double D0 = 22.266688044328115691;
    private static final double D1 = 235.38790178262499861;
    private static final double D2 = 1519.377599407554805;
    private static final double D3 = 6485.558298266760755;
    private static final double D4 = 18615.571640885098091;
    private static final double D5 = 34900.952721145977266;
    private static final double D6 = 38912.003286093271411;
    private static final double D7 = 19685.429676859990727;
    // |x| > sqrt(32)
    private static final double P0 = 0.21589853405795699;
    private static final double P1 = 0.1274011611602473639;
    private static final double P2 = 0.022235277870649807;
    private static final double P3 = 0.001421619193227893466;
    private static final double P4 = 2.9112874951168792e-5;
    private static final double P5 = 0.02307344176494017303;
    private static final double Q0 = 1.28426009614491121;
    private static final double Q1 = 0.468238212480865118;
    private static final double Q2 = 0.0659881378689285515;
    private static final double Q3 = 0.00378239633202758244;
    private static final double Q4 = 7.29751555083966205e-5;

    // Acklam's coefficients
    private static final double AA1 = -3.969683028665376e+01;
    private static final double AA2 = 2.209460984245205e+02;
    private static final double AA3 = -2.759285104469687e+02;
    private static final double AA4 = 1.383577518672690e+02;
    private static final double AA5 = -3.066479806614716e+01;
    private static final double AA6 = 2.506628277459239e+00;
    private static final double BB1 = -5.447609879822406e+01;
    private static final double BB2 = 1.615858368580409e+02;
    private static final double BB3 = -1.556989798598866e+02;
    private static final double BB4 = 6.680131188771972e+01;
    private static final double BB5 = -1.328068155288572e+01;
    private static final double CC1 = -7.784894002430293e-03;
    private static final double CC2 = -3.223964580411365e-01;
    private static final double CC3 = -2.400758277161838e+00;
    private static final double CC4 = -2.549732539343734e+00;
    private static final double CC5 = 4.374664141464968e+00;
    private static final double CC6 = 2.938163982698783e+00;
    private static final double DD1 = 7.784695709041462e-03;
    private static final double DD2 = 3.224671290700398e-01;
    private static final double DD3 = 2.445134137142996e+00;
    private static final double DD4 = 3.754408661907416e+00;
    private static final double P_LOW = 0.02425;

    private Normal() {
    }

    /**
     * Φ(z) = P(Z ≤ z) for a standard normal Z; Φ(0) = 0.5, Φ(−∞) = 0, Φ(+∞) = 1, NaN for NaN.
     * Absolute error below 1e-15; for z ≤ 0 the relative error is a few ulps down to about
     * z = −37.5, below which the result is 0.
     *
     * @param z any double
     * @return Φ(z) in [0, 1]
     */
    public static double cdf(double z) {
        if (Double.isNaN(z)) {
            return z;
        }
        double y = Math.abs(z);
        if (y <= THRESHOLD) {
            return 0.5 + centralExcess(z);
        }
        double tail; // P(Z > |z|)
        if (y <= ROOT32) {
            double num = C8 * y;
            double den = y;
            num = (num + C0) * y;
            den = (den + D0) * y;
            num = (num + C1) * y;
            den = (den + D1) * y;
            num = (num + C2) * y;
            den = (den + D2) * y;
            num = (num + C3) * y;
            den = (den + D3) * y;
            num = (num + C4) * y;
            den = (den + D4) * y;
            num = (num + C5) * y;
            den = (den + D5) * y;
            num = (num + C6) * y;
            den = (den + D6) * y;
            tail = gaussianFactor(y) * ((num + C7) / (den + D7));
        } else if (y < 40) {
            double ysq = 1 / (y * y);
            double num = P5 * ysq;
            double den = ysq;
            num = (num + P0) * ysq;
            den = (den + Q0) * ysq;
            num = (num + P1) * ysq;
            den = (den + Q1) * ysq;
            num = (num + P2) * ysq;
            den = (den + Q2) * ysq;
            num = (num + P3) * ysq;
            den = (den + Q3) * ysq;
            double r = ysq * (num + P4) / (den + Q4);
            tail = gaussianFactor(y) * ((INV_SQRT_2PI - r) / y);
        } else {
            tail = 0; // below Double.MIN_VALUE
        }
        return z > 0 ? 1 - tail : tail;
    }

    /** Φ(z) − 0.5 for |z| ≤ 0.66291, with full relative precision. */
    private static double centralExcess(double z) {
        double zsq = Math.abs(z) > 0x1p-54 ? z * z : 0;
        double num = A4 * zsq;
        double den = zsq;
        num = (num + A0) * zsq;
        den = (den + B0) * zsq;
        num = (num + A1) * zsq;
        den = (den + B1) * zsq;
        num = (num + A2) * zsq;
        den = (den + B2) * zsq;
        return z * (num + A3) / (den + B3);
    }

    /** exp(−y²/2), split as Cody does so that the rounding of y² costs no accuracy. */
    private static double gaussianFactor(double y) {
        double ysq = Math.floor(y * SIXTEEN) / SIXTEEN;
        double del = (y - ysq) * (y + ysq);
        return Math.exp(-ysq * ysq * 0.5) * Math.exp(-del * 0.5);
    }

    /**
     * Φ⁻¹(p), the z with Φ(z) = p; −∞ for p = 0 and +∞ for p = 1. Relative error below 1e-15
     * against the exact quantile of the double p (so {@code quantile(0.975)} is within 1e-15 of
     * {@link #Z95}: the double nearest 0.975 lies 2.2e-17 below it).
     *
     * @param p a probability, 0 ≤ p ≤ 1
     * @return the standard normal quantile of p
     * @throws IllegalArgumentException when p is outside [0, 1] or NaN
     */
    public static double quantile(double p) {
        if (!(p >= 0 && p <= 1)) {
            throw new IllegalArgumentException("probability must be in [0, 1]: " + p);
        }
        if (p == 0) {
            return Double.NEGATIVE_INFINITY;
        }
        if (p == 1) {
            return Double.POSITIVE_INFINITY;
        }
        // 1 − p is exact for p ≥ 0.5 (Sterbenz), and the lower tail is where Φ is accurate in
        // relative terms.
        return p > 0.5 ? -lowerQuantile(1 - p) : lowerQuantile(p);
    }

    /** Φ⁻¹(p) for 0 &lt; p ≤ 0.5, returning a value ≤ 0. */
    private static double lowerQuantile(double p) {
        double x;
        if (p < P_LOW) {
            double q = Math.sqrt(-2 * Math.log(p));
            x = (((((CC1 * q + CC2) * q + CC3) * q + CC4) * q + CC5) * q + CC6)
                    / ((((DD1 * q + DD2) * q + DD3) * q + DD4) * q + 1);
        } else {
            double q = p - 0.5;
            double r = q * q;
            x = (((((AA1 * r + AA2) * r + AA3) * r + AA4) * r + AA5) * r + AA6) * q
                    / (((((BB1 * r + BB2) * r + BB3) * r + BB4) * r + BB5) * r + 1);
        }
        for (int step = 0; step < 2; step++) {
            double e;
            if (x >= -THRESHOLD) {
                e = centralExcess(x) - (p - 0.5); // p − 0.5 is exact here: no cancellation
            } else {
                double c = cdf(x);
                if (c == 0) {
                    break; // beyond the range where Φ is representable: keep Acklam's value
                }
                e = c - p;
            }
            double u = e * SQRT_2PI * Math.exp(x * x / 2);
            x = x - u / (1 + x * u / 2);
        }
        return x;
    }

    /**
     * The two-sided z of a confidence level: Φ⁻¹((1 + c)/2). Returns exactly {@link #Z95} for
     * c = 0.95, so that figures match the specs bit for bit; other levels have the accuracy of
     * {@link #quantile(double)}.
     *
     * @param confidence the confidence level c, 0 &lt; c &lt; 1
     * @return z with P(|Z| ≤ z) = c
     * @throws IllegalArgumentException when c is not strictly between 0 and 1
     */
    public static double zForConfidence(double confidence) {
        if (!(confidence > 0 && confidence < 1)) {
            throw new IllegalArgumentException("confidence must be in (0, 1): " + confidence);
        }
        if (confidence == 0.95) {
            return Z95;
        }
        // Φ⁻¹((1 + c)/2) = −Φ⁻¹((1 − c)/2); 1 − c is exact for c ≥ 0.5, (1 + c) would round.
        return -quantile((1 - confidence) / 2);
    }
}
