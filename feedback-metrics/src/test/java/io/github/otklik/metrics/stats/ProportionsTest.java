package io.github.otklik.metrics.stats;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

class ProportionsTest {
    @Test
    void workedExample() {
        // 90 of 100 now, 80 of 100 before: pooled p = 170/200 = 0.85,
        // se = √(0.85 · 0.15 · (1/100 + 1/100)) = √0.00255 = 0.0504975…, z = 0.1 / se = 1.98030…,
        // pValue = 2 Φ(−1.98030) = 0.0476704 (mpmath, 50 digits).
        Proportions.Comparison c = Proportions.compare(90, 100, 80, 100);
        assertThat(c.previousShare()).isEqualTo(0.8);
        assertThat(c.delta()).isCloseTo(0.1, within(1e-15));
        assertThat(c.z()).isCloseTo(1.9802950859533486, within(1e-13));
        assertThat(c.pValue()).isCloseTo(0.04767038065616145, within(1e-14));
    }

    @Test
    void decline() {
        // 30 of 200 now, 45 of 180 before (mpmath): z = −2.4454708889807826, p = 0.014466312665070875.
        Proportions.Comparison c = Proportions.compare(30, 200, 45, 180);
        assertThat(c.previousShare()).isEqualTo(0.25);
        assertThat(c.delta()).isEqualTo(-0.1);
        assertThat(c.z()).isCloseTo(-2.4454708889807826, within(1e-13));
        assertThat(c.pValue()).isCloseTo(0.014466312665070875, within(1e-14));
    }

    @Test
    void equalSharesGiveZeroAndOne() {
        Proportions.Comparison c = Proportions.compare(50, 100, 25, 50);
        assertThat(c.z()).isEqualTo(0.0);
        assertThat(c.pValue()).isEqualTo(1.0);
    }

    @ParameterizedTest
    @CsvSource({"0, 10, 0, 20", "10, 10, 5, 5", "1, 1, 1, 1"})
    void noVarianceGivesZeroAndOne(long x1, long n1, long x0, long n0) {
        Proportions.Comparison c = Proportions.compare(x1, n1, x0, n0);
        assertThat(c.z()).isEqualTo(0.0);
        assertThat(c.pValue()).isEqualTo(1.0);
        assertThat(c.delta()).isEqualTo(0.0);
    }

    @Test
    void tinyPValuesKeepTheirPrecision() {
        // z = 17.888…: 2(1 − Φ(|z|)) would be 0; 2Φ(−|z|) = 1.448442437273694e-71 (mpmath).
        Proportions.Comparison c = Proportions.compare(700, 1000, 300, 1000);
        assertThat(c.z()).isCloseTo(17.88854381999832, within(1e-13));
        assertThat(c.pValue()).isCloseTo(1.448442437273694e-71, within(1e-83));
    }

    @Test
    void swappingPeriodsNegatesZAndKeepsP() {
        qt().forAll(integers().between(1, 5000), integers().between(0, 5000), integers().between(1, 5000),
                integers().between(0, 5000)).checkAssert((n1, a, n0, b) -> {
                    long x1 = Math.min(a, n1);
                    long x0 = Math.min(b, n0);
                    Proportions.Comparison forward = Proportions.compare(x1, n1, x0, n0);
                    Proportions.Comparison backward = Proportions.compare(x0, n0, x1, n1);
                    assertThat(backward.z() + forward.z()).isEqualTo(0.0);
                    assertThat(backward.pValue()).isEqualTo(forward.pValue());
                    assertThat(forward.pValue()).isBetween(0.0, 1.0);
                    assertThat(forward.previousShare()).isEqualTo((double) x0 / n0);
                });
    }

    @ParameterizedTest
    @CsvSource({"0, 0, 0, 1", "0, 1, 0, 0", "2, 1, 0, 1", "0, 1, -1, 1", "-1, 1, 0, 1", "0, 1, 3, 2"})
    void refusesBadCounts(long x1, long n1, long x0, long n0) {
        assertThatThrownBy(() -> Proportions.compare(x1, n1, x0, n0)).isInstanceOf(IllegalArgumentException.class);
    }
}
