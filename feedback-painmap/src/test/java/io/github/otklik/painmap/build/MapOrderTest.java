package io.github.otklik.painmap.build;

import io.github.otklik.painmap.Kind;
import io.github.otklik.painmap.Level;
import io.github.otklik.painmap.PainPoint;
import io.github.otklik.painmap.Status;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

/**
 * The map order's laws — priority, then prevalence (HIGH first), then L descending as
 * Double.compare, then process id and problem code by code point — checked against a plain
 * comparator written here from the spec, independently of the packed keys.
 */
class MapOrderTest {
    /** Ids whose code-point order differs from their UTF-16 order (U+FF21 sorts before U+1F600, not after). */
    private static final List<String> PROCESSES = List.of("svc-a", "svc-b", "svc-\uFF21", "svc-\uD83D\uDE00", "svc", "Svc-a");
    private static final List<String> PROBLEMS = List.of("queue", "docs", "q\uFF21", "q\uD83D\uDE00", "q", "aspect:speed");
    /** Lower bounds with ties, signed zeros and neighbours that differ only in the last bits. */
    private static final double[] BOUNDS = {0.0, -0.0, 0.1, Math.nextUp(0.1), Math.nextUp(Math.nextUp(0.1)), 0.25716767195619705,
        0.2581978582556243, 1.0, Double.MIN_VALUE};

    /** One item to order. */
    record Row(String process, String problem, Level priority, Level prevalence, double lowerBound) {
    }

    /** The spec's order, comparing strings by their code points. */
    private static final Comparator<Row> SPEC = Comparator.comparing(Row::priority, Comparator.reverseOrder())
            .thenComparing(Row::prevalence, Comparator.reverseOrder())
            .thenComparing((a, b) -> Double.compare(b.lowerBound(), a.lowerBound()))
            .thenComparing(Row::process, Comparator.comparing((String s) -> s.codePoints().toArray(), Arrays::compare))
            .thenComparing(Row::problem, Comparator.comparing((String s) -> s.codePoints().toArray(), Arrays::compare));

    /** The rows in the order MapOrder ranks them. */
    private static List<Row> ordered(List<Row> rows) {
        List<String> processes = rows.stream().map(Row::process).distinct().toList();
        List<String> problems = rows.stream().map(Row::problem).distinct().toList();
        MapOrder order = new MapOrder(processes, problems, rows.size());
        for (Row r : rows) {
            order.add(processes.indexOf(r.process()), problems.indexOf(r.problem()), r.priority(), r.prevalence(), r.lowerBound());
        }
        int[] rank = order.ranks();
        Row[] out = new Row[rows.size()];
        for (int i = 0; i < rank.length; i++) {
            assertThat(out[rank[i]]).as("rank %s given twice", rank[i]).isNull();
            out[rank[i]] = rows.get(i);
        }
        return Arrays.asList(out);
    }

    private static Gen<List<Row>> rows(int most) {
        Gen<Row> row = integers().between(0, PROCESSES.size() - 1).zip(integers().between(0, PROBLEMS.size() - 1),
                integers().between(0, 8), integers().between(0, BOUNDS.length - 1), (p, q, levels, b) -> new Row(PROCESSES.get(p),
                        PROBLEMS.get(q), Level.values()[levels / 3], Level.values()[levels % 3], BOUNDS[b]));
        return lists().of(row).ofSizeBetween(0, most).map(list -> {
            Set<String> seen = new HashSet<>();
            List<Row> unique = new ArrayList<>();
            for (Row r : list) {
                if (seen.add(r.process() + "/" + r.problem())) { // a process has one point per problem code
                    unique.add(r);
                }
            }
            return unique;
        });
    }

    @Test
    void ranksAreThePlainComparatorsOrder() {
        qt().withExamples(2000).forAll(rows(36)).checkAssert(rows -> {
            List<Row> expected = new ArrayList<>(rows);
            expected.sort(SPEC);
            assertThat(ordered(rows)).containsExactlyElementsOf(expected);
        });
    }

    @Test
    void theComparatorOnPointsIsTheSpecsOrder() {
        qt().withExamples(500).forAll(rows(36)).checkAssert(rows -> {
            List<PainPoint> points = new ArrayList<>(rows.stream().map(MapOrderTest::point).toList());
            points.sort(MapOrder.COMPARATOR);
            List<Row> expected = new ArrayList<>(rows);
            expected.sort(SPEC);
            assertThat(points).extracting(p -> p.process() + "/" + p.problem())
                    .containsExactlyElementsOf(expected.stream().map(r -> r.process() + "/" + r.problem()).toList());
        });
    }

    @Test
    void eachLawDecidesOnlyWhenTheOnesBeforeItTie() {
        Row highPriorityLowPrevalence = new Row("svc-b", "q", Level.HIGH, Level.LOW, 0.0);
        Row mediumPriorityHighPrevalence = new Row("svc-a", "q", Level.MEDIUM, Level.HIGH, 0.9);
        Row highHighSmallL = new Row("svc-a", "docs", Level.HIGH, Level.HIGH, 0.25);
        Row highHighLargeL = new Row("svc-b", "docs", Level.HIGH, Level.HIGH, Math.nextUp(0.25));
        Row tiedL = new Row("svc-\uFF21", "q", Level.HIGH, Level.HIGH, 0.25);
        Row tiedLLaterProcess = new Row("svc-\uD83D\uDE00", "q", Level.HIGH, Level.HIGH, 0.25);
        Row tiedLSameProcess = new Row("svc-\uFF21", "q\uD83D\uDE00", Level.HIGH, Level.HIGH, 0.25);
        Row tiedLSameProcessFirstProblem = new Row("svc-\uFF21", "q\uFF21", Level.HIGH, Level.HIGH, 0.25);
        List<Row> rows = List.of(mediumPriorityHighPrevalence, tiedLSameProcess, highPriorityLowPrevalence, tiedLLaterProcess, tiedL,
                highHighSmallL, tiedLSameProcessFirstProblem, highHighLargeL);
        assertThat(ordered(rows)).containsExactly(highHighLargeL, highHighSmallL, tiedL, tiedLSameProcessFirstProblem, tiedLSameProcess,
                tiedLLaterProcess, highPriorityLowPrevalence, mediumPriorityHighPrevalence);
        assertThat(ordered(List.of())).isEmpty();
    }

    /** The sort key's L part orders (unsigned) as Double.compare descending, signed zeros included. */
    @Test
    void theKeyOfLowerBoundsOrdersThemDescending() {
        double[] values = {-1.0, -Double.MIN_VALUE, -0.0, 0.0, Double.MIN_VALUE, 0.1, Math.nextUp(0.1), 0.25, 1.0, 1.0000000000000002};
        for (double a : values) {
            for (double b : values) {
                assertThat(Integer.signum(Long.compareUnsigned(MapOrder.descending(a), MapOrder.descending(b))))
                        .as("%s vs %s", a, b).isEqualTo(Integer.signum(Double.compare(b, a)));
            }
        }
    }

    /** Keys that tie in their leading bits of L are put in L-descending, then position order. */
    @Test
    void keysTiedOnlyInTheLeadingBitsOfLowerBoundAreOrderedAfterwards() {
        int positionBits = 3;
        double[] bound = {0.1, Math.nextUp(Math.nextUp(0.1)), 0.1, Math.nextUp(0.1)}; // by item
        int[] index = {0, 3, 2, 1}; // the item at each position
        long high = 5L << positionBits;
        long[] keys = {high | 0, high | 1, high | 2, high | 3};
        MapOrder.orderRun(keys, 0, 4, bound, index, positionBits);
        assertThat(keys).containsExactly(high | 3, high | 1, high | 0, high | 2);
        long[] tied = {high | 0, high | 2};
        MapOrder.orderRun(tied, 0, 2, bound, index, positionBits);
        assertThat(tied).containsExactly(high | 0, high | 2);
    }

    private static PainPoint point(Row r) {
        return new PainPoint(1, r.process(), r.process(), r.process(), r.problem(), r.problem(), Kind.PROBLEM, r.prevalence(), Level.LOW,
                r.priority(), false, List.of(), PainPoint.UNASSIGNED, LocalDate.of(2025, 6, 29), Status.IDENTIFIED, List.of(), r.lowerBound(),
                lang -> List.of());
    }
}
