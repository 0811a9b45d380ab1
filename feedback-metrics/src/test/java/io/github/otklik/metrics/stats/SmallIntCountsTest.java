package io.github.otklik.metrics.stats;

import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

class SmallIntCountsTest {
    /** Waiting days, with some values above the dense limit of 100,000 to exercise the side table. */
    private static final Gen<Integer> VALUES = integers().between(0, 60)
            .mix(integers().between(99_990, 100_010), 10)
            .mix(integers().between(100_001, Integer.MAX_VALUE / 4), 5);
    private static final Gen<List<Integer>> LISTS = lists().of(VALUES).ofSizeBetween(1, 200);

    private static SmallIntCounts of(List<Integer> values) {
        SmallIntCounts counts = new SmallIntCounts();
        for (int v : values) {
            counts.add(v);
        }
        return counts;
    }

    private static int[] sorted(List<Integer> values) {
        return values.stream().mapToInt(Integer::intValue).sorted().toArray();
    }

    @Test
    void waitingDaysExample() {
        SmallIntCounts days = of(List.of(3, 1, 30, 7, 2, 5, 14, 9, 4, 6));
        assertThat(days.count()).isEqualTo(10);
        assertThat(days.sum()).isEqualTo(81);
        assertThat(days.mean()).isEqualTo(8.1);
        assertThat(days.max()).isEqualTo(30);
        // sorted: 1 2 3 4 5 6 7 9 14 30
        assertThat(days.quantile(0.5)).isEqualTo(5); // rank 5
        assertThat(days.quantile(0.9)).isEqualTo(14); // rank 9, not 10
        assertThat(days.quantile(0.91)).isEqualTo(30); // rank 10
        assertThat(days.quantile(0)).isEqualTo(1);
        assertThat(days.quantile(1)).isEqualTo(30);
    }

    @Test
    void quantileIsTheNearestRankOfTheSortedValues() {
        qt().forAll(LISTS, doubles().between(0, 1)).checkAssert((values, p) -> {
            SmallIntCounts counts = of(values);
            int[] sorted = sorted(values);
            int n = sorted.length;
            assertThat(counts.quantile(p)).isEqualTo(sorted[(int) NearestRank.rank(p, n) - 1]);
            // p50 and p90 by exact integer arithmetic: ⌈5n/10⌉ and ⌈9n/10⌉
            assertThat(counts.quantile(0.5)).isEqualTo(sorted[(5 * n + 9) / 10 - 1]);
            assertThat(counts.quantile(0.9)).isEqualTo(sorted[(9 * n + 9) / 10 - 1]);
            assertThat(counts.quantile(1)).isEqualTo(sorted[n - 1]).isEqualTo(counts.max());
            assertThat(counts.quantile(0)).isEqualTo(sorted[0]);
            long sum = 0;
            for (int v : sorted) {
                sum += v;
            }
            assertThat(counts.sum()).isEqualTo(sum);
            assertThat(counts.count()).isEqualTo(n);
            assertThat(counts.mean()).isEqualTo((double) sum / n);
        });
    }

    @Test
    void mergeEqualsOnePassAndIsAssociativeAndCommutative() {
        qt().withExamples(300).forAll(LISTS, LISTS, LISTS).checkAssert((a, b, c) -> {
            List<Integer> all = new ArrayList<>(a);
            all.addAll(b);
            all.addAll(c);
            SmallIntCounts onePass = of(all);

            SmallIntCounts left = of(a);
            left.merge(of(b));
            left.merge(of(c)); // (a ⊕ b) ⊕ c
            SmallIntCounts bc = of(b);
            bc.merge(of(c));
            SmallIntCounts right = of(a);
            right.merge(bc); // a ⊕ (b ⊕ c)
            SmallIntCounts ba = of(b);
            ba.merge(of(a));
            SmallIntCounts ab = of(a);
            ab.merge(of(b));

            assertThat(left).isEqualTo(onePass).hasSameHashCodeAs(onePass);
            assertThat(right).isEqualTo(onePass);
            assertThat(ab).isEqualTo(ba);
            assertThat(left.quantile(0.9)).isEqualTo(onePass.quantile(0.9));
            assertThat(left.max()).isEqualTo(onePass.max());
        });
    }

    @Test
    void equalityIsAboutTheValues() {
        assertThat(of(List.of(1, 2, 2))).isEqualTo(of(List.of(2, 1, 2)));
        assertThat(of(List.of(1, 2, 2))).isNotEqualTo(of(List.of(1, 1, 2)));
        assertThat(of(List.of(200_000))).isNotEqualTo(of(List.of(200_001)));
        SmallIntCounts grown = of(List.of(5_000));
        SmallIntCounts small = of(List.of(3));
        small.add(3);
        grown.merge(small);
        assertThat(of(List.of(5_000, 3, 3))).isEqualTo(grown);
        assertThat(new SmallIntCounts()).isEqualTo(new SmallIntCounts()).isNotEqualTo(of(List.of(0)));
    }

    @Test
    void mergingIntoItselfDoubles() {
        SmallIntCounts counts = of(List.of(1, 4, 250_000));
        counts.merge(counts);
        assertThat(counts).isEqualTo(of(List.of(1, 1, 4, 4, 250_000, 250_000)));
    }

    @Test
    void copyIsIndependent() {
        SmallIntCounts original = of(List.of(1, 2, 300_000));
        SmallIntCounts copy = original.copy();
        assertThat(copy).isEqualTo(original);
        copy.add(7);
        copy.add(300_001);
        assertThat(original).isEqualTo(of(List.of(1, 2, 300_000)));
        assertThat(copy.count()).isEqualTo(5);
    }

    @Test
    void serializes() throws Exception {
        SmallIntCounts original = of(List.of(0, 9, 9, 123_456));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(original);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            SmallIntCounts read = (SmallIntCounts) in.readObject();
            assertThat(read).isEqualTo(original);
            assertThat(read.quantile(1)).isEqualTo(123_456);
        }
    }

    @Test
    void empty() {
        SmallIntCounts empty = new SmallIntCounts();
        assertThat(empty.count()).isZero();
        assertThat(empty.sum()).isZero();
        assertThat(empty.mean()).isNaN();
        assertThatThrownBy(empty::max).isInstanceOf(NoSuchElementException.class);
        assertThatThrownBy(() -> empty.quantile(0.5)).isInstanceOf(NoSuchElementException.class);
        assertThatThrownBy(() -> empty.quantile(2)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusesNegativeValuesAndOverflowLeavesStateUnchanged() {
        SmallIntCounts counts = new SmallIntCounts();
        assertThatThrownBy(() -> counts.add(-1)).isInstanceOf(IllegalArgumentException.class);
        assertThat(counts.count()).isZero();
        SmallIntCounts huge = new SmallIntCounts();
        for (int i = 0; i < 4; i++) {
            huge.add(Integer.MAX_VALUE);
        }
        SmallIntCounts doubled = huge.copy();
        for (int i = 0; i < 31; i++) {
            doubled.merge(doubled); // 2^33 · (2^31 − 1) ≈ 1.8e19 would exceed Long.MAX_VALUE
            if (doubled.sum() > Long.MAX_VALUE / 2) {
                break;
            }
        }
        SmallIntCounts before = doubled.copy();
        assertThatThrownBy(() -> doubled.merge(before)).isInstanceOf(ArithmeticException.class);
        assertThat(doubled).isEqualTo(before);
        assertThatThrownBy(() -> counts.quantile(Double.NaN)).isInstanceOf(IllegalArgumentException.class);
    }
}
