package io.github.otklik.metrics.stats;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;

class NormalTest {
    /** z, Φ(z): mpmath.ncdf at 50 digits, rounded to double. */
    private static final double[][] CDF = {
            {-37.0, 5.725571222524577e-300},
            {-20.0, 2.7536241186062337e-89},
            {-10.0, 7.619853024160525e-24},
            {-5.7, 5.990371401063528e-09},
            {-5.0, 2.866515718791939e-07},
            {-3.0, 0.0013498980316300946},
            {-1.96, 0.024997895148220435},
            {-1.0, 0.15865525393145705},
            {-0.5, 0.3085375387259869},
            {-1e-10, 0.49999999996010575},
            {0.3, 0.6179114221889527},
            {0.66291, 0.7463059016102601},
            {0.7, 0.758036347776927},
            {1.0, 0.8413447460685429},
            {2.0, 0.9772498680518208},
            {5.0, 0.9999997133484281},
            {6.0, 0.9999999990134123},
            {8.0, 0.9999999999999993},
    };

    /** p, Φ⁻¹(p) of the double p: mpmath root of ncdf at 60 digits, rounded to double. */
    private static final double[][] QUANTILE = {
            {1e-300, -37.0470962993612},
            {1e-100, -21.273453560965326},
            {1e-10, -6.361340902404057},
            {0.001, -3.0902323061678136},
            {0.025, -1.9599639845400543},
            {0.1, -1.2815515655446004},
            {0.3, -0.5244005127080408},
            {0.4999, -0.00025066283008800747},
            {0.6, 0.2533471031357997},
            {0.9, 1.2815515655446006},
            {0.99, 2.3263478740408408},
            {0.999999, 4.753424308817087},
    };

    @Test
    void cdfKnownValues() {
        assertThat(Normal.cdf(0)).isEqualTo(0.5);
        assertThat(Normal.cdf(1.96)).isCloseTo(0.9750021048517795, within(1e-15));
        for (double[] row : CDF) {
            double actual = Normal.cdf(row[0]);
            assertThat(actual).as("Φ(%s)", row[0]).isCloseTo(row[1], within(1e-15));
            if (row[0] < 0) {
                assertThat(Math.abs(actual - row[1]) / row[1]).as("relative error of Φ(%s)", row[0]).isLessThan(2e-15);
            }
        }
    }

    @Test
    void cdfLimits() {
        assertThat(Normal.cdf(Double.NEGATIVE_INFINITY)).isEqualTo(0.0);
        assertThat(Normal.cdf(-40)).isEqualTo(0.0);
        assertThat(Normal.cdf(40)).isEqualTo(1.0);
        assertThat(Normal.cdf(Double.POSITIVE_INFINITY)).isEqualTo(1.0);
        assertThat(Normal.cdf(Double.NaN)).isNaN();
    }

    @Test
    void cdfIsSymmetricAndMonotone() {
        qt().forAll(doubles().between(-38, 38), doubles().between(1e-9, 1e-3)).checkAssert((z, step) -> {
            assertThat(Normal.cdf(z) + Normal.cdf(-z)).isCloseTo(1.0, within(1e-15));
            assertThat(Normal.cdf(z + step)).isGreaterThanOrEqualTo(Normal.cdf(z));
        });
    }

    @Test
    void quantileKnownValues() {
        assertThat(Normal.quantile(0.5)).isEqualTo(0.0);
        assertThat(Normal.quantile(0.975)).isCloseTo(1.959963984540054, within(1e-15));
        assertThat(Normal.quantile(0)).isEqualTo(Double.NEGATIVE_INFINITY);
        assertThat(Normal.quantile(1)).isEqualTo(Double.POSITIVE_INFINITY);
        for (double[] row : QUANTILE) {
            double actual = Normal.quantile(row[0]);
            assertThat(Math.abs(actual - row[1]) / Math.abs(row[1])).as("relative error of Φ⁻¹(%s) = %s", row[0], actual)
                    .isLessThan(1e-15);
        }
    }

    @Test
    void quantileInvertsCdf() {
        qt().forAll(doubles().between(0, 1)).checkAssert(p -> {
            if (p > 0 && p < 1) {
                assertThat(Normal.cdf(Normal.quantile(p))).isCloseTo(p, within(1e-15));
            }
        });
        qt().forAll(doubles().between(-37, 2)).checkAssert(z ->
                assertThat(Normal.quantile(Normal.cdf(z))).isCloseTo(z, within(2e-15 * Math.max(1, Math.abs(z)))));
    }

    @Test
    void quantileOfTinyProbabilitiesKeepsRelativePrecision() {
        qt().forAll(doubles().between(1, 300)).checkAssert(e -> {
            double p = Math.pow(10, -e);
            double z = Normal.quantile(p);
            assertThat(Math.abs(Normal.cdf(z) - p) / p).as("p = %s", p).isLessThan(1e-15 * z * z + 1e-14);
        });
    }

    @Test
    void zForConfidence() {
        assertThat(Normal.zForConfidence(0.95)).isEqualTo(Normal.Z95).isEqualTo(1.959963984540054);
        assertThat(Normal.zForConfidence(0.9)).isCloseTo(1.6448536269514728, within(1e-15));
        assertThat(Normal.zForConfidence(0.99)).isCloseTo(2.5758293035489004, within(1e-15));
        assertThat(Normal.zForConfidence(0.8)).isCloseTo(1.2815515655446004, within(1e-15));
    }

    @ParameterizedTest
    @ValueSource(doubles = {0, 1, -0.1, 1.1, Double.NaN})
    void zForConfidenceRefusesBadLevels(double confidence) {
        assertThatThrownBy(() -> Normal.zForConfidence(confidence)).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @ValueSource(doubles = {-1e-300, 1.0000000000000002, Double.NaN, Double.POSITIVE_INFINITY})
    void quantileRefusesNonProbabilities(double p) {
        assertThatThrownBy(() -> Normal.quantile(p)).isInstanceOf(IllegalArgumentException.class);
    }
}
