package io.github.otklik.metrics.stats;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

class WilsonTest {
    private static final double Z95 = 1.959963984540054;

    /**
     * x, n, z, low, high: the spec's formula transcribed in Python 3 floats,
     * {@code c = (p + z*z/(2*n)) / (1 + z*z/n); h = z*sqrt(p*(1-p)/n + z*z/(4*n*n)) / (1 + z*z/n)}.
     */
    private static final double[][] KNOWN = {
            {0, 1, Z95, 0.0, 0.7934506856227626},
            {1, 1, Z95, 0.20654931437723745, 1.0},
            {0, 10, Z95, 0.0, 0.2775327998628892},
            {10, 10, Z95, 0.7224672001371107, 0.9999999999999999},
            {120, 400, Z95, 0.25716767195619705, 0.34663724577752153},
            {1, 2, Z95, 0.09453120573423074, 0.9054687942657693},
            {7, 13, Z95, 0.29143795714506004, 0.7679393219046169},
            {50, 100, Z95, 0.4038315303659956, 0.5961684696340044},
            {999, 1000, Z95, 0.9943574414020421, 0.9998234536293739},
            {12345, 1000000, Z95, 0.012130446166424586, 0.012563300432385422},
            {3, 7, 1.6448536269514729, 0.186443190363956, 0.7105229089864071},
            {3, 7, 2.5758293035489004, 0.11637368051613817, 0.8102850959116124},
            {5, 5, 0.0, 1.0, 1.0},
            {400000000, 987654321, Z95, 0.4049693855521727, 0.4050306151767031},
    };

    @Test
    void agreesToTheLastBitWithTheSpecFormula() {
        for (double[] row : KNOWN) {
            Wilson.Interval interval = Wilson.interval((long) row[0], (long) row[1], row[2]);
            assertThat(interval).as("%s of %s at z = %s", row[0], row[1], row[2])
                    .isEqualTo(new Wilson.Interval(row[3], row[4]));
            assertThat(Wilson.lowerBound((long) row[0], (long) row[1], row[2])).isEqualTo(row[3]);
        }
    }

    @Test
    void painMapExample() {
        assertThat(Wilson.lowerBound(120, 400, Normal.zForConfidence(0.95))).isEqualTo(0.25716767195619705);
    }

    @Test
    void isNotClamped() {
        // x = n: rounding leaves the upper end one ulp below 1; a clamp or a max(…, 1) would hide it.
        assertThat(Wilson.interval(10, 10, Z95).high()).isEqualTo(Math.nextDown(1.0));
    }

    @Test
    void containsTheShareAndNarrowsWithN() {
        qt().forAll(integers().between(1, 100_000), integers().between(0, 1000)).checkAssert((n, permille) -> {
            long x = (long) n * permille / 1000;
            double share = (double) x / n;
            Wilson.Interval interval = Wilson.interval(x, n, Z95);
            assertThat(interval.low()).isLessThanOrEqualTo(share + 1e-15);
            assertThat(interval.high()).isGreaterThanOrEqualTo(share - 1e-15);
            assertThat(interval.low()).isGreaterThan(-1e-15);
            assertThat(interval.high()).isLessThan(1 + 1e-15);
            Wilson.Interval wider = Wilson.interval(x, n, 2.5758293035489004);
            assertThat(wider.low()).isLessThanOrEqualTo(interval.low() + 1e-15);
            assertThat(wider.high()).isGreaterThanOrEqualTo(interval.high() - 1e-15);
            Wilson.Interval fourTimes = Wilson.interval(4 * x, 4L * n, Z95);
            assertThat(fourTimes.high() - fourTimes.low()).isLessThan(interval.high() - interval.low());
        });
    }

    @ParameterizedTest
    @CsvSource({"0, 0, 1.96", "1, 0, 1.96", "-1, 10, 1.96", "11, 10, 1.96", "1, 10, -1", "1, 10, NaN", "1, 10, Infinity"})
    void refusesBadArguments(long x, long n, double z) {
        assertThatThrownBy(() -> Wilson.interval(x, n, z)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void intervalRefusesReversedBounds() {
        assertThatThrownBy(() -> new Wilson.Interval(0.6, 0.5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Wilson.Interval(Double.NaN, 0.5)).isInstanceOf(IllegalArgumentException.class);
        assertThat(new Wilson.Interval(0.2, 0.4).contains(0.4)).isTrue();
        assertThat(new Wilson.Interval(0.2, 0.4).contains(0.41)).isFalse();
    }
}
