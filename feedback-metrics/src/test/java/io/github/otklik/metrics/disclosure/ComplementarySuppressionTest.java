package io.github.otklik.metrics.disclosure;

import io.github.otklik.metrics.Cell;
import io.github.otklik.metrics.satisfaction.ProblemResult;
import io.github.otklik.metrics.satisfaction.SatisfactionFigures;
import io.github.otklik.metrics.satisfaction.ScaleResult;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import java.util.function.ToLongFunction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

/**
 * An attacker who knows the published sums (total = Σ groups, for every figure) and the bounds the
 * rule reveals (a primarily hidden cell has fewer than minCell answers, every other at least
 * minCell, no figure is negative) cannot pin any hidden figure: for each one, more than one value
 * fits. The attacker's feasible values are found by exhaustive subset-sum reachability, not by the
 * interval reasoning the implementation uses.
 */
class ComplementarySuppressionTest {
    private static final Disclosure PUBLIC = Disclosure.publicEdition().withComplementarySuppression(true);

    @Test
    void theThirdGroupOfTheAttackIsNoLongerRecoveredBySubtraction() {
        // groups of 20, 20 and 3 answers: primary suppression alone shows the total and two groups
        SatisfactionFigures a = group(20, 12, 4, 4, 70);
        SatisfactionFigures b = group(20, 10, 5, 5, 66);
        SatisfactionFigures c = group(3, 0, 0, 3, 4);
        SatisfactionFigures total = sum(List.of(a, b, c));
        List<Cell<SatisfactionFigures>> primary = Disclosure.publicEdition().publish(total, List.of(a, b, c), true);
        assertThat(primary).extracting(Cell::isSuppressed).containsExactly(false, false, false, true);
        long recovered = total.overall().answered() - a.overall().answered() - b.overall().answered();
        assertThat(recovered).isEqualTo(3); // the leak
        List<Cell<SatisfactionFigures>> protectedCells = PUBLIC.publish(total, List.of(a, b, c), true);
        assertThat(protectedCells.get(0).isSuppressed()).isFalse();
        assertThat(protectedCells.get(3).isSuppressed()).isTrue();
        assertThat(protectedCells.subList(1, 3)).filteredOn(Cell::isSuppressed).hasSize(1);
        assertNothingPinned(total, List.of(a, b, c), protectedCells, 5);
    }

    @Test
    void withoutAPartitionOrInTheAgencyEditionNothingMoreIsHidden() {
        SatisfactionFigures a = group(20, 12, 4, 4, 70);
        SatisfactionFigures c = group(3, 0, 0, 3, 4);
        SatisfactionFigures total = sum(List.of(a, c));
        assertThat(PUBLIC.publish(total, List.of(a, c), false)).extracting(Cell::isSuppressed).containsExactly(false, false, true);
        assertThat(Disclosure.agency().publish(total, List.of(a, c), true)).extracting(Cell::isSuppressed).containsExactly(false, false, false);
    }

    @Test
    void noHiddenFigureCanBePinnedFromThePublishedSums() {
        qt().withExamples(400).forAll(integers().between(0, Integer.MAX_VALUE), integers().between(2, 7), integers().between(2, 6))
                .checkAssert((seed, n, minCell) -> {
                    Random r = new Random(seed);
                    List<SatisfactionFigures> groups = new ArrayList<>();
                    for (int i = 0; i < n; i++) {
                        groups.add(randomGroup(r, minCell));
                    }
                    SatisfactionFigures total = sum(groups);
                    List<Cell<SatisfactionFigures>> cells = Disclosure.of(Edition.PUBLIC, minCell).withComplementarySuppression(true)
                            .publish(total, groups, true);
                    for (int i = 0; i < n; i++) { // primary suppression still holds
                        SatisfactionFigures g = groups.get(i);
                        if (g.overall().answered() < minCell) {
                            assertThat(cells.get(i + 1).isSuppressed()).isTrue();
                        } else {
                            SatisfactionFigures shown = cells.get(i + 1).figure().orElse(null);
                            if (shown != null && aspectPrimary(g, minCell)) {
                                assertThat(shown.aspects().get("a").isSuppressed()).isTrue();
                            }
                            if (shown != null && g.problems().containsKey("p") && g.problems().get("p").figure().orElseThrow().base() < minCell) {
                                assertThat(shown.problems().get("p").isSuppressed()).isTrue();
                            }
                        }
                    }
                    assertNothingPinned(total, groups, cells, minCell);
                });
    }

    // ------------------------------------------------------------------ the attacker

    private static void assertNothingPinned(SatisfactionFigures total, List<SatisfactionFigures> groups, List<Cell<SatisfactionFigures>> cells,
            long m) {
        if (cells.get(0).isSuppressed()) {
            return; // no published total, no relation
        }
        List<ToLongFunction<ScaleResult>> scale = List.of(ScaleResult::answered, ScaleResult::dontKnow, ScaleResult::satisfied,
                ScaleResult::neutral, ScaleResult::dissatisfied, ScaleResult::sum);
        int n = groups.size();
        boolean[] hidden = new boolean[n];
        boolean[] primary = new boolean[n];
        for (int i = 0; i < n; i++) {
            hidden[i] = cells.get(i + 1).isSuppressed();
            primary[i] = groups.get(i).overall().answered() < m;
        }
        // the groups' own figures
        check("responses", total.responses(), groups, hidden, g -> g.responses(), i -> primary[i] ? 1 : m, i -> Long.MAX_VALUE);
        for (int f = 0; f < scale.size(); f++) {
            ToLongFunction<ScaleResult> field = scale.get(f);
            boolean counted = f == 0 || f == 2 || f == 3 || f == 4;
            int ff = f;
            check("overall field " + f, field.applyAsLong(total.overall()), groups, hidden, g -> field.applyAsLong(g.overall()),
                    i -> !primary[i] && ff == 0 ? m : 0, i -> primary[i] && counted ? m - 1 : Long.MAX_VALUE);
        }
        checkProblem(total, groups, cells, hidden, m);
        // the aspect "a" across the groups
        Cell<ScaleResult> ta = total.aspects().get("a");
        Cell<ScaleResult> publishedTotalA = cells.get(0).figure().orElseThrow().aspects().get("a");
        if (ta != null && !publishedTotalA.isSuppressed()) {
            boolean[] aHidden = new boolean[n];
            boolean[] aUnknownOnly = new boolean[n];
            for (int i = 0; i < n; i++) {
                aUnknownOnly[i] = hidden[i];
                aHidden[i] = hidden[i] || cells.get(i + 1).figure().orElseThrow().aspects().getOrDefault("a", Cell.shown(ScaleResult.of(0, 0, 0, 0, 0, 0)))
                        .isSuppressed();
            }
            for (int f = 0; f < scale.size(); f++) {
                ToLongFunction<ScaleResult> field = scale.get(f);
                boolean counted = f == 0 || f == 2 || f == 3 || f == 4;
                int ff = f;
                check("aspect field " + f, field.applyAsLong(ta.figure().orElseThrow()), groups, aHidden,
                        g -> g.aspects().containsKey("a") ? field.applyAsLong(g.aspects().get("a").figure().orElseThrow()) : 0,
                        i -> aUnknownOnly[i] ? 0 : aspectPrimary(groups.get(i), m) ? 0 : ff == 0 ? m : 0,
                        i -> aUnknownOnly[i] ? Long.MAX_VALUE : aspectPrimary(groups.get(i), m) && counted ? m - 1 : Long.MAX_VALUE);
            }
        }
    }

    private static void checkProblem(SatisfactionFigures total, List<SatisfactionFigures> groups, List<Cell<SatisfactionFigures>> cells,
            boolean[] hidden, long m) {
        Cell<ProblemResult> tp = total.problems().get("p");
        if (tp == null || cells.get(0).figure().orElseThrow().problems().get("p").isSuppressed()) {
            return;
        }
        int n = groups.size();
        boolean[] pHidden = new boolean[n];
        for (int i = 0; i < n; i++) {
            pHidden[i] = hidden[i] || cells.get(i + 1).figure().orElseThrow().problems().getOrDefault("p", Cell.shown(new ProblemResult(0, 0)))
                    .isSuppressed();
        }
        // count: a shown group without the problem chose it 0 times
        check("problem count", tp.figure().orElseThrow().count(), groups, pHidden,
                g -> g.problems().containsKey("p") ? g.problems().get("p").figure().orElseThrow().count() : 0,
                i -> 0L, i -> !hidden[i] && problemPrimary(groups.get(i), m) ? m - 1 : Long.MAX_VALUE);
    }

    private static boolean problemPrimary(SatisfactionFigures g, long m) {
        return g.problems().containsKey("p") && g.problems().get("p").figure().orElseThrow().base() < m;
    }

    private static boolean aspectPrimary(SatisfactionFigures g, long m) {
        return g.aspects().containsKey("a") && g.aspects().get("a").figure().orElseThrow().answered() < m;
    }

    /**
     * One published sum: every hidden cell must admit at least two values. Feasible values are
     * found by reachability of the rest's sums over the integers within the bounds.
     */
    private static void check(String what, long total, List<SatisfactionFigures> groups, boolean[] hidden,
            ToLongFunction<SatisfactionFigures> value, Function<Integer, Long> lb, Function<Integer, Long> ub) {
        if (total == 0) {
            return; // a zero total says every group's figure is zero, shown or not
        }
        int n = groups.size();
        long known = 0;
        List<Integer> unknown = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (hidden[i]) {
                unknown.add(i);
            } else {
                known += value.applyAsLong(groups.get(i));
            }
        }
        int rest = (int) (total - known);
        for (int i : unknown) {
            BitSet others = new BitSet();
            others.set(0);
            for (int j : unknown) {
                if (j == i) {
                    continue;
                }
                BitSet next = new BitSet();
                long lo = lb.apply(j);
                long hi = Math.min(ub.apply(j), rest);
                for (int s = others.nextSetBit(0); s >= 0 && s <= rest; s = others.nextSetBit(s + 1)) {
                    for (long v = lo; v <= hi && s + v <= rest; v++) {
                        next.set((int) (s + v));
                    }
                }
                others = next;
            }
            int feasible = 0;
            for (long v = lb.apply(i); v <= Math.min(ub.apply(i), rest); v++) {
                if (others.get((int) (rest - v))) {
                    feasible++;
                }
            }
            assertThat(feasible).as("%s of hidden group %d (value %d, total %d): values that fit", what, i, value.applyAsLong(groups.get(i)), total)
                    .isGreaterThanOrEqualTo(2);
        }
    }

    // ------------------------------------------------------------------ data

    private static SatisfactionFigures randomGroup(Random r, int m) {
        int answered = r.nextInt(4) == 0 ? r.nextInt(m) : r.nextInt(3 * m + 1);
        int sat = r.nextInt(answered + 1);
        int dis = r.nextInt(answered - sat + 1);
        int neu = answered - sat - dis;
        long sumScores = 5L * sat + 3L * neu + (long) dis;
        int dk = r.nextInt(3);
        SatisfactionFigures g = new SatisfactionFigures(answered + dk + r.nextInt(2) + (answered + dk == 0 ? 1 : 0),
                ScaleResult.of(answered, dk, sat, neu, dis, sumScores), aspects(r, m), problems(r, m));
        return g;
    }

    private static Map<String, Cell<ScaleResult>> aspects(Random r, int m) {
        Map<String, Cell<ScaleResult>> a = new LinkedHashMap<>();
        if (r.nextInt(4) > 0) {
            int answered = r.nextInt(3 * m + 1);
            int sat = r.nextInt(answered + 1);
            a.put("a", Cell.shown(ScaleResult.of(answered, r.nextInt(2), sat, answered - sat, 0, 4L * sat + 3L * (answered - sat))));
        }
        return a;
    }

    private static Map<String, Cell<ProblemResult>> problems(Random r, int m) {
        Map<String, Cell<ProblemResult>> p = new LinkedHashMap<>();
        if (r.nextBoolean()) {
            int base = 1 + r.nextInt(3 * m);
            p.put("p", Cell.shown(new ProblemResult(1 + r.nextInt(base), base)));
        }
        return p;
    }

    private static SatisfactionFigures group(long answered, long sat, long neu, long dis, long sum) {
        return new SatisfactionFigures(answered + 1, ScaleResult.of(answered, 1, sat, neu, dis, sum), Map.of(), Map.of());
    }

    private static SatisfactionFigures sum(List<SatisfactionFigures> groups) {
        long responses = 0;
        long[] o = new long[6];
        long[] a = new long[6];
        boolean anyA = false;
        long pc = 0;
        long pb = 0;
        boolean anyP = false;
        for (SatisfactionFigures g : groups) {
            responses += g.responses();
            ScaleResult s = g.overall();
            long[] v = {s.answered(), s.dontKnow(), s.satisfied(), s.neutral(), s.dissatisfied(), s.sum()};
            for (int i = 0; i < 6; i++) {
                o[i] += v[i];
            }
            if (g.aspects().containsKey("a")) {
                anyA = true;
                ScaleResult x = g.aspects().get("a").figure().orElseThrow();
                long[] w = {x.answered(), x.dontKnow(), x.satisfied(), x.neutral(), x.dissatisfied(), x.sum()};
                for (int i = 0; i < 6; i++) {
                    a[i] += w[i];
                }
            }
            if (g.problems().containsKey("p")) {
                anyP = true;
                ProblemResult x = g.problems().get("p").figure().orElseThrow();
                pc += x.count();
                pb += x.base();
            }
        }
        Map<String, Cell<ScaleResult>> aspects = anyA ? Map.of("a", Cell.shown(ScaleResult.of(a[0], a[1], a[2], a[3], a[4], a[5]))) : Map.of();
        Map<String, Cell<ProblemResult>> problems = anyP ? Map.of("p", Cell.shown(new ProblemResult(pc, pb))) : Map.of();
        return new SatisfactionFigures(responses, ScaleResult.of(o[0], o[1], o[2], o[3], o[4], o[5]), aspects, problems);
    }
}
