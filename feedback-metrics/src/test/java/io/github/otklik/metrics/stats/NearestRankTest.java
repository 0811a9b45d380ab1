package io.github.otklik.metrics.stats;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

class NearestRankTest {
    @ParameterizedTest
    @CsvSource({
        "0.9, 10, 9", "0.5, 10, 5", "0.5, 11, 6", "0.9, 11, 10", "0.3, 10, 3", "0.7, 10, 7",
        "0.1, 10, 1", "0.0, 10, 1", "1.0, 10, 10", "0.5, 1, 1", "0.01, 1, 1", "0.95, 20, 19", "0.951, 20, 20"})
    void ranks(double p, long n, long rank) {
        assertThat(NearestRank.rank(p, n)).isEqualTo(rank);
    }

    @Test
    void floatingNoiseIsForgiven() {
        assertThat(0.28 * 25).isGreaterThan(7.0); // 7.000000000000001: a plain ceil would give 8
        assertThat(NearestRank.rank(0.28, 25)).isEqualTo(7);
        assertThat(0.07 * 100).isGreaterThan(7.0);
        assertThat(NearestRank.rank(0.07, 100)).isEqualTo(7);
        // 0.07 · 140,166,400 = 9,811,648 exactly, but the double product is 9811648.000000002,
        // 1.9e-9 above: beyond the 1e-9 tolerance, within 2 ulps.
        assertThat(0.07 * 140_166_400 - 9_811_648).isGreaterThan(1e-9);
        assertThat(NearestRank.rank(0.07, 140_166_400)).isEqualTo(9_811_648);
    }

    @Test
    void tolerantCeil() {
        assertThat(NearestRank.tolerantCeil(3.0000000000000004)).isEqualTo(3);
        assertThat(NearestRank.tolerantCeil(3.0000000005)).isEqualTo(3);
        assertThat(NearestRank.tolerantCeil(3.000000002)).isEqualTo(4);
        assertThat(NearestRank.tolerantCeil(2.9999999999)).isEqualTo(3);
        assertThat(NearestRank.tolerantCeil(2.5)).isEqualTo(3);
        assertThat(NearestRank.tolerantCeil(0)).isEqualTo(0);
        assertThat(NearestRank.tolerantCeil(1e30)).isEqualTo(Long.MAX_VALUE);
    }

    /** For decimal p = k/1000 the rank is ⌈k·n/1000⌉ in exact integer arithmetic, at least 1. */
    @Test
    void decimalQuantilesRankExactly() {
        qt().forAll(integers().between(0, 1000), longs().between(1, 1_000_000_000L)).checkAssert((k, n) -> {
            long exact = Math.max(1, Math.floorDiv(k * n + 999, 1000));
            assertThat(NearestRank.rank(k / 1000.0, n)).as("p = %s, n = %s", k / 1000.0, n).isEqualTo(exact);
        });
    }

    @ParameterizedTest
    @CsvSource({"-0.01, 10", "1.01, 10", "NaN, 10", "0.5, 0", "0.5, -1"})
    void refusesBadArguments(double p, long n) {
        assertThatThrownBy(() -> NearestRank.rank(p, n)).isInstanceOf(IllegalArgumentException.class);
    }
}
