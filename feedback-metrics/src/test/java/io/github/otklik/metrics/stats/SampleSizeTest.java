package io.github.otklik.metrics.stats;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

class SampleSizeTest {
    @Test
    void defaults() {
        assertThat(SampleSize.cochran()).isEqualTo(385); // 384.146…
        assertThat(SampleSize.cochran(0.5, 0.05, 0.95)).isEqualTo(385);
    }

    /** N, n: n = ⌈n₀/(1 + (n₀ − 1)/N)⌉ with n₀ = 384.14588206941244 (Python floats). */
    @ParameterizedTest
    @CsvSource({"1000, 278", "500, 218", "100, 80", "10, 10", "1, 1", "1000000, 384"})
    void finitePopulation(long population, long expected) {
        assertThat(SampleSize.cochran(population)).isEqualTo(expected);
        assertThat(SampleSize.cochran(population, 0.5, 0.05, 0.95)).isEqualTo(expected);
    }

    @Test
    void otherParameters() {
        // z(0.99) = 2.5758293035489004: n₀ = z²·0.21/0.0009 = 1548.14…; N = 2000: 872.90…
        assertThat(SampleSize.cochran(0.3, 0.03, 0.99)).isEqualTo(1549);
        assertThat(SampleSize.cochran(2000, 0.3, 0.03, 0.99)).isEqualTo(873);
        // z(0.9) = 1.6448536269514729: n₀ = z²·0.09/0.01 = 24.35…
        assertThat(SampleSize.cochran(0.1, 0.1, 0.9)).isEqualTo(25);
    }

    @Test
    void certainShareNeedsNoSample() {
        assertThat(SampleSize.cochran(0.0, 0.05, 0.95)).isZero();
        assertThat(SampleSize.cochran(1.0, 0.05, 0.95)).isZero();
        assertThat(SampleSize.cochran(1, 0.0, 0.05, 0.95)).isZero();
    }

    @Test
    void neverExceedsThePopulationAndGrowsWithIt() {
        qt().forAll(longs().between(1, 10_000_000)).checkAssert(population -> {
            long n = SampleSize.cochran(population);
            assertThat(n).isBetween(1L, Math.min(population, 385));
            assertThat(SampleSize.cochran(population + 1)).isGreaterThanOrEqualTo(n);
        });
    }

    @Test
    void saturatesBeyondLongRange() {
        assertThat(SampleSize.cochran(0.5, 1e-12, 0.95)).isEqualTo(Long.MAX_VALUE);
    }

    @ParameterizedTest
    @CsvSource({"-0.1, 0.05, 0.95", "1.1, 0.05, 0.95", "NaN, 0.05, 0.95", "0.5, 0, 0.95", "0.5, 1, 0.95",
        "0.5, NaN, 0.95", "0.5, 0.05, 0", "0.5, 0.05, 1", "0.5, 0.05, NaN"})
    void refusesBadArguments(double p, double e, double confidence) {
        assertThatThrownBy(() -> SampleSize.cochran(p, e, confidence)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SampleSize.cochran(100, p, e, confidence)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusesEmptyPopulation() {
        assertThatThrownBy(() -> SampleSize.cochran(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SampleSize.cochran(-5, 0.5, 0.05, 0.95)).isInstanceOf(IllegalArgumentException.class);
    }
}
