package io.github.otklik.metrics.stats;

import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

class ParetoTest {
    @Test
    void sortsByCountDescendingThenCodeAscending() {
        Map<String, Long> counts = new LinkedHashMap<>();
        counts.put("queue", 5L);
        counts.put("docs", 9L);
        counts.put("rude", 5L);
        counts.put("fee", 2L);
        counts.put("access", 5L);
        List<ParetoEntry> list = Pareto.of(counts, 40);
        assertThat(list).extracting(ParetoEntry::code).containsExactly("docs", "access", "queue", "rude", "fee");
        assertThat(list.get(0)).isEqualTo(new ParetoEntry("docs", 9, 9 / 40.0, 9 / 40.0));
        assertThat(list.get(1)).isEqualTo(new ParetoEntry("access", 5, 5 / 40.0, 14 / 40.0));
        assertThat(list.get(4).cumulativeShare()).isEqualTo(26 / 40.0);
    }

    @Test
    void cumulativeShareIsTheRunningCountDividedOnce() {
        Map<String, Long> tenCodes = new HashMap<>();
        for (int i = 0; i < 10; i++) {
            tenCodes.put("r" + i, 1L);
        }
        double summed = 0;
        for (int i = 0; i < 10; i++) {
            summed += 0.1;
        }
        assertThat(summed).as("summing shares drifts").isNotEqualTo(1.0);
        List<ParetoEntry> list = Pareto.of(tenCodes, 10);
        assertThat(list.get(9).cumulativeShare()).isEqualTo(1.0);
        assertThat(list.get(2).cumulativeShare()).isEqualTo(0.3);
    }

    @Test
    void cumulativeColumnProperty() {
        qt().forAll(lists().of(integers().between(0, 1000)).ofSizeBetween(0, 40), integers().between(0, 5)).checkAssert((ns, extra) -> {
            Map<String, Long> counts = new HashMap<>();
            long total = 0;
            for (int i = 0; i < ns.size(); i++) {
                counts.put(String.format("c%02d", i), (long) ns.get(i));
                total += ns.get(i);
            }
            long denominator = total + extra;
            List<ParetoEntry> list = Pareto.of(counts, denominator);
            if (denominator == 0) {
                assertThat(list).isEmpty();
                return;
            }
            assertThat(list).hasSize((int) ns.stream().filter(n -> n > 0).count());
            long running = 0;
            for (int i = 0; i < list.size(); i++) {
                ParetoEntry e = list.get(i);
                running += e.count();
                assertThat(e.share()).isEqualTo((double) e.count() / denominator);
                assertThat(e.cumulativeShare()).isEqualTo((double) running / denominator);
                if (i > 0) {
                    ParetoEntry before = list.get(i - 1);
                    assertThat(before.count() > e.count()
                            || before.count() == e.count() && before.code().compareTo(e.code()) < 0).isTrue();
                    assertThat(e.cumulativeShare()).isGreaterThanOrEqualTo(before.cumulativeShare());
                }
            }
            if (!list.isEmpty()) {
                assertThat(list.get(list.size() - 1).cumulativeShare()).isEqualTo((double) total / denominator);
            }
        });
    }

    @Test
    void leavesOutZeroCountsAndEmptyDenominators() {
        assertThat(Pareto.of(Map.of("a", 0L, "b", 3L), 3)).extracting(ParetoEntry::code).containsExactly("b");
        assertThat(Pareto.of(Map.of("a", 0L), 0)).isEmpty();
        assertThat(Pareto.of(Map.of(), 10)).isEmpty();
    }

    @Test
    void ordersCodesByCodePoint() {
        String bmp = "\uFFFD";
        String supplementary = "\uD83D\uDE00"; // U+1F600, after U+FFFD by code point, before it by UTF-16 unit
        assertThat(supplementary.compareTo(bmp)).isNegative();
        List<ParetoEntry> list = Pareto.of(Map.of(supplementary, 1L, bmp, 1L, "z", 1L, "zz", 1L), 4);
        assertThat(list).extracting(ParetoEntry::code).containsExactly("z", "zz", bmp, supplementary);
    }

    @Test
    void refusesBadInput() {
        assertThatThrownBy(() -> Pareto.of(Map.of("a", -1L), 10)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Pareto.of(Map.of("a", 1L), -1)).isInstanceOf(IllegalArgumentException.class);
        Map<String, Long> withNull = new HashMap<>();
        withNull.put("a", null);
        assertThatThrownBy(() -> Pareto.of(withNull, 10)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new ParetoEntry("a", 0, 0, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
