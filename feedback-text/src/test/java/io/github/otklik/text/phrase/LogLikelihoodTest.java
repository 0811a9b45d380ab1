package io.github.otklik.text.phrase;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

class LogLikelihoodTest {
    /** 2 Σ O ln(O / E), written out cell by cell. */
    private static double direct(long a, long b, long d, long r) {
        long n = d + r;
        long[][] o = {{a, b}, {d - a, r - b}};
        long[] rows = {a + b, n - a - b};
        long[] cols = {d, r};
        double sum = 0;
        for (int i = 0; i < 2; i++) {
            for (int j = 0; j < 2; j++) {
                if (o[i][j] > 0) {
                    double e = (double) rows[i] * cols[j] / n;
                    sum += o[i][j] * Math.log(o[i][j] / e);
                }
            }
        }
        return 2 * sum;
    }

    @Test
    void equalsTheCellByCellFormula() {
        qt().withExamples(1000).forAll(integers().between(1, 5000), integers().between(1, 5000), integers().between(0, 1000), integers().between(0, 1000))
                .checkAssert((d, r, x, y) -> {
                    long a = x % (d + 1);
                    long b = y % (r + 1);
                    assertThat(LogLikelihood.g2(a, b, d, r)).isCloseTo(Math.max(0, direct(a, b, d, r)), within(1e-6 * (1 + direct(a, b, d, r))));
                });
    }

    @Test
    void handWorkedValues() {
        // a phrase in 10 of 100 dissatisfied texts and 10 of 900 others
        assertThat(LogLikelihood.g2(10, 10, 100, 900)).isCloseTo(21.176963, within(1e-5));
        assertThat(LogLikelihood.g2(5, 45, 100, 900)).isCloseTo(0, within(1e-9)); // same share on both sides
        assertThat(LogLikelihood.overRepresented(10, 10, 100, 900)).isTrue();
        assertThat(LogLikelihood.overRepresented(5, 45, 100, 900)).isFalse();
        assertThat(LogLikelihood.overRepresented(Long.MAX_VALUE / 2, 1, Long.MAX_VALUE / 2, Long.MAX_VALUE)).isTrue();
        assertThatThrownBy(() -> LogLikelihood.g2(3, 0, 2, 5)).isInstanceOf(IllegalArgumentException.class);
    }
}
