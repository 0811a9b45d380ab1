package io.github.otklik.text.phrase;

/**
 * Dunning's log-likelihood ratio G² (Dunning 1993, "Accurate methods for the statistics of surprise
 * and coincidence") of a 2×2 table: a phrase held by a of D dissatisfied texts and b of R other
 * texts. With c = D − a, d = R − b, N = D + R and k·ln k taken as 0 at k = 0:
 * <pre>G² = 2 · (a ln a + b ln b + c ln c + d ln d − (a+b) ln(a+b) − (c+d) ln(c+d) − D ln D − R ln R + N ln N)</pre>
 * which equals 2 Σ O·ln(O/E). Under independence G² is χ² with one degree of freedom: 3.84 is
 * p = 0.05, 6.63 p = 0.01, 10.83 p = 0.001. Rounding below zero is clamped to 0.
 */
public final class LogLikelihood {
    private LogLikelihood() {
    }

    /**
     * G² of the table.
     *
     * @param a dissatisfied texts holding the phrase, 0 ≤ a ≤ dissatisfied
     * @param b other texts holding the phrase, 0 ≤ b ≤ other
     * @param dissatisfied D, the dissatisfied texts
     * @param other R, the other texts
     * @return G² ≥ 0 (0 when D or R is 0)
     * @throws IllegalArgumentException when a count is out of range
     */
    public static double g2(long a, long b, long dissatisfied, long other) {
        if (a < 0 || b < 0 || a > dissatisfied || b > other) {
            throw new IllegalArgumentException("not a table: " + a + " of " + dissatisfied + ", " + b + " of " + other);
        }
        long c = dissatisfied - a;
        long d = other - b;
        long n = dissatisfied + other;
        double sum = xlx(a) + xlx(b) + xlx(c) + xlx(d) - xlx(a + b) - xlx(c + d) - xlx(dissatisfied) - xlx(other) + xlx(n);
        return Math.max(0, 2 * sum);
    }

    /**
     * Whether the phrase is more frequent among dissatisfied texts than among the others:
     * a/D &gt; b/R, compared exactly.
     *
     * @param a dissatisfied texts holding the phrase
     * @param b other texts holding the phrase
     * @param dissatisfied D ≥ 1
     * @param other R ≥ 1
     * @return true when a·R &gt; b·D
     */
    public static boolean overRepresented(long a, long b, long dissatisfied, long other) {
        return Math.multiplyHigh(a, other) > Math.multiplyHigh(b, dissatisfied)
                || (Math.multiplyHigh(a, other) == Math.multiplyHigh(b, dissatisfied)
                && Long.compareUnsigned(a * other, b * dissatisfied) > 0);
    }

    private static double xlx(long k) {
        return k == 0 ? 0 : k * Math.log(k);
    }
}
