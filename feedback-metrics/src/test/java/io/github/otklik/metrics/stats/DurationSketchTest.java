package io.github.otklik.metrics.stats;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.quicktheories.core.Gen;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.lists;

class DurationSketchTest {
    /** The guarantee: α = 0.005, plus at most 1e-12 of floating-point rounding. */
    private static final double BOUND = 0.005 + 1e-12;
    private static final double HOURS_PER_SECOND = 1.0 / 3600;
    private static final double TEN_YEARS_IN_HOURS = 87_660;

    /** Log-uniform durations from 1e-3 to 1e5 hours, and a few zeros. */
    private static final Gen<Double> DURATIONS = doubles().between(-3, 5).map(e -> Math.pow(10, e))
            .mix(doubles().between(0, 0).map(zero -> 0.0), 3);
    private static final Gen<List<Double>> LISTS = lists().of(DURATIONS).ofSizeBetween(1, 300);

    private static DurationSketch of(List<Double> values) {
        DurationSketch sketch = new DurationSketch();
        for (double v : values) {
            sketch.add(v);
        }
        return sketch;
    }

    private static double exactSum(List<Double> values) {
        BigDecimal sum = BigDecimal.ZERO;
        for (double v : values) {
            sum = sum.add(new BigDecimal(v));
        }
        return sum.doubleValue();
    }

    private static double relativeError(double estimate, double exact) {
        return exact == 0 ? Math.abs(estimate) : Math.abs(estimate - exact) / exact;
    }

    @Test
    void quantilesAreWithinHalfAPercentOfTheExactNearestRank() {
        qt().forAll(LISTS, doubles().between(0, 1)).checkAssert((values, p) -> {
            DurationSketch sketch = of(values);
            double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
            int n = sorted.length;
            for (double q : new double[] {p, 0.5, 0.9}) {
                long rank = NearestRank.rank(q, n);
                double exact = sorted[(int) rank - 1];
                double estimate = sketch.quantile(q);
                assertThat(relativeError(estimate, exact)).as("p = %s, rank %s of %s", q, rank, n).isLessThanOrEqualTo(BOUND);
                if (rank == n || rank == 1 || exact == 0) {
                    assertThat(estimate).as("exact at rank %s of %s", rank, n).isEqualTo(exact);
                }
            }
            assertThat(sketch.quantile(1)).isEqualTo(sorted[n - 1]).isEqualTo(sketch.max());
            assertThat(sketch.quantile(0)).isEqualTo(sorted[0]).isEqualTo(sketch.min());
            assertThat(sketch.count()).isEqualTo(n);
            double sum = exactSum(values);
            assertThat(sketch.sum()).isCloseTo(sum, within(1e-15 * sum));
            assertThat(sketch.mean()).isCloseTo(sum / n, within(2e-15 * sum / n));
        });
    }

    @Test
    void theBoundIsTightAndHoldsInEveryBucket() {
        SplittableRandom random = new SplittableRandom(20250331);
        double worst = 0;
        for (int i = 0; i < 200_000; i++) {
            double v = Math.pow(10, random.nextDouble(-300, 300));
            double error = relativeError(DurationSketch.estimate(DurationSketch.index(v)), v);
            assertThat(error).as("v = %s", v).isLessThanOrEqualTo(BOUND);
            worst = Math.max(worst, error);
        }
        assertThat(worst).as("a looser sketch would not reach this").isGreaterThan(0.00499);
    }

    @Test
    void valuesAtBucketEdges() {
        for (int i = -2000; i <= 2000; i++) {
            double edge = DurationSketch.estimate(i) / (2 / (1.005 / 0.995 + 1)); // γ^i
            for (double v : new double[] {Math.nextDown(edge), edge, Math.nextUp(edge)}) {
                assertThat(relativeError(DurationSketch.estimate(DurationSketch.index(v)), v)).isLessThanOrEqualTo(BOUND);
            }
        }
    }

    @Test
    void mergeEqualsOnePass() {
        qt().withExamples(300).forAll(LISTS, LISTS, LISTS).checkAssert((a, b, c) -> {
            List<Double> all = new ArrayList<>(a);
            all.addAll(b);
            all.addAll(c);
            DurationSketch onePass = of(all);
            DurationSketch merged = of(c);
            DurationSketch ab = of(b);
            ab.merge(of(a));
            merged.merge(ab);
            assertThat(merged.count()).isEqualTo(onePass.count());
            assertThat(merged.min()).isEqualTo(onePass.min());
            assertThat(merged.max()).isEqualTo(onePass.max());
            double sum = exactSum(all);
            assertThat(merged.sum()).isCloseTo(sum, within(1e-15 * sum));
            int n = all.size();
            for (int rank = 1; rank <= n; rank++) {
                double p = (double) rank / n;
                assertThat(merged.quantile(p)).as("rank %s of %s", rank, n).isEqualTo(onePass.quantile(p));
            }
        });
    }

    @Test
    void mergingIntoItselfDoubles() {
        DurationSketch sketch = of(List.of(1.0, 2.0, 3.0, 0.0));
        sketch.merge(sketch);
        DurationSketch twice = of(List.of(1.0, 2.0, 3.0, 0.0, 1.0, 2.0, 3.0, 0.0));
        assertThat(sketch.count()).isEqualTo(8);
        assertThat(sketch.sum()).isEqualTo(12.0);
        for (int rank = 1; rank <= 8; rank++) {
            assertThat(sketch.quantile(rank / 8.0)).isEqualTo(twice.quantile(rank / 8.0));
        }
    }

    @Test
    void compensatedSumStaysExactWhereNaiveSummingDrifts() {
        DurationSketch sketch = new DurationSketch();
        double naive = 0;
        int n = 1_000_000;
        for (int i = 0; i < n; i++) {
            sketch.add(0.1);
            naive += 0.1;
        }
        double exact = new BigDecimal(0.1).multiply(BigDecimal.valueOf(n)).doubleValue();
        assertThat(Math.abs(naive - exact) / exact).as("naive drift").isGreaterThan(1e-12);
        assertThat(sketch.sum()).isEqualTo(exact);
        assertThat(sketch.mean()).isCloseTo(0.1, within(1e-16));
    }

    @Test
    void memoryForOneSecondToTenYears() {
        DurationSketch sketch = new DurationSketch();
        SplittableRandom random = new SplittableRandom(7);
        sketch.add(HOURS_PER_SECOND);
        sketch.add(TEN_YEARS_IN_HOURS);
        for (int i = 0; i < 100_000; i++) {
            sketch.add(Math.exp(random.nextDouble(Math.log(HOURS_PER_SECOND), Math.log(TEN_YEARS_IN_HOURS))));
        }
        int span = DurationSketch.index(TEN_YEARS_IN_HOURS) - DurationSketch.index(HOURS_PER_SECOND) + 1;
        assertThat(span).isEqualTo(1_958);
        assertThat(sketch.bucketCapacity()).isLessThanOrEqualTo(2_480).isLessThanOrEqualTo(span + span / 4 + 32);
    }

    @Test
    void memoryGrowingOneBucketAtATime() {
        DurationSketch sketch = new DurationSketch();
        for (double v = 1; v < 1e6; v *= 1.01) {
            sketch.add(v);
        }
        int span = DurationSketch.index(sketch.max()) - DurationSketch.index(1) + 1;
        assertThat(sketch.bucketCapacity()).isLessThanOrEqualTo(span + span / 4 + 32);
    }

    @Test
    void memoryOverTheWholeDoubleRange() {
        DurationSketch sketch = new DurationSketch();
        sketch.add(Double.MIN_VALUE);
        sketch.add(Double.MAX_VALUE);
        sketch.add(1);
        assertThat(DurationSketch.MAX_INDEX - DurationSketch.MIN_INDEX + 1).isEqualTo(145_422);
        assertThat(sketch.bucketCapacity()).isEqualTo(145_422);
        assertThat(sketch.quantile(0)).isEqualTo(Double.MIN_VALUE);
        assertThat(sketch.quantile(0.5)).isCloseTo(1.0, within(0.005));
        assertThat(sketch.quantile(1)).isEqualTo(Double.MAX_VALUE);
    }

    @Test
    void zerosAreExact() {
        DurationSketch sketch = of(List.of(0.0, -0.0, 0.0, 5.0, 7.0));
        assertThat(sketch.min()).isEqualTo(0.0);
        assertThat(Double.doubleToRawLongBits(sketch.quantile(0.6))).isEqualTo(Double.doubleToRawLongBits(0.0)); // rank 3
        assertThat(sketch.quantile(0.8)).isCloseTo(5.0, within(5.0 * 0.005)); // rank 4
        assertThat(sketch.quantile(1)).isEqualTo(7.0);
    }

    @Test
    void estimatesStayWithinMinAndMax() {
        // 1.001 and 1.004 share bucket 1, (1, γ], reported as 2γ/(γ + 1) = 1.005: clamped to the max.
        DurationSketch sketch = of(List.of(1.004, 1.004, 1.004, 1.001));
        assertThat(DurationSketch.index(1.001)).isEqualTo(DurationSketch.index(1.004)).isEqualTo(1);
        assertThat(DurationSketch.estimate(1)).isCloseTo(1.005, within(1e-15));
        assertThat(sketch.quantile(0.5)).isEqualTo(1.004); // rank 2 of 4
        DurationSketch low = of(List.of(1.001, 1.001, 1.001, 1.004));
        assertThat(DurationSketch.estimate(1)).isGreaterThan(1.004);
        assertThat(low.quantile(0.5)).isEqualTo(1.004); // estimate 1.005 clamped to max, rank 2
    }

    @Test
    void copyAndSerializationAreIndependent() throws Exception {
        DurationSketch original = of(List.of(0.5, 12.25, 100.0, 0.0));
        DurationSketch copy = original.copy();
        copy.add(1e6);
        assertThat(original.max()).isEqualTo(100.0);
        assertThat(copy.max()).isEqualTo(1e6);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(original);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            DurationSketch read = (DurationSketch) in.readObject();
            assertThat(read.count()).isEqualTo(4);
            assertThat(read.sum()).isEqualTo(original.sum());
            for (double p : new double[] {0, 0.25, 0.5, 0.75, 1}) {
                assertThat(read.quantile(p)).isEqualTo(original.quantile(p));
            }
        }
    }

    @Test
    void empty() {
        DurationSketch empty = new DurationSketch();
        assertThat(empty.count()).isZero();
        assertThat(empty.sum()).isZero();
        assertThat(empty.mean()).isNaN();
        assertThatThrownBy(empty::min).isInstanceOf(NoSuchElementException.class);
        assertThatThrownBy(empty::max).isInstanceOf(NoSuchElementException.class);
        assertThatThrownBy(() -> empty.quantile(0.5)).isInstanceOf(NoSuchElementException.class);
        assertThatThrownBy(() -> empty.quantile(-1)).isInstanceOf(IllegalArgumentException.class);
        DurationSketch one = of(List.of(2.5));
        one.merge(empty);
        assertThat(one.quantile(0.5)).isEqualTo(2.5);
        empty.merge(one);
        assertThat(empty.quantile(0.5)).isEqualTo(2.5);
    }

    @ParameterizedTest
    @ValueSource(doubles = {-1, -Double.MIN_VALUE, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY})
    void refusesNegativeAndNonFiniteValues(double value) {
        DurationSketch sketch = new DurationSketch();
        assertThatThrownBy(() -> sketch.add(value)).isInstanceOf(IllegalArgumentException.class);
        assertThat(sketch.count()).isZero();
    }
}
