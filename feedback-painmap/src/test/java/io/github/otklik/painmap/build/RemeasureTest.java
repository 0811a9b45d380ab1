package io.github.otklik.painmap.build;

import io.github.otklik.painmap.Kind;
import io.github.otklik.painmap.PainMap;
import io.github.otklik.painmap.Status;
import io.github.otklik.painmap.TestReport;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class RemeasureTest {
    /** The previous quarter: queue 120 of 400 (L = 0.257), docs 60 of 400, a manual need; worked on up to {@code status}. */
    private static PainMap previous(Status status) {
        PainMap map = PainMapBuilder.from(TestReport.q1().problem("svc-1", "queue", 120, 400).problem("svc-1", "docs", 60, 400).build())
                .manual(List.of(ManualEntry.of("svc-1", "portal", "Портал", Kind.NEED))).build();
        for (String problem : List.of("queue", "docs", "portal")) {
            Status s = Status.IDENTIFIED;
            while (s != status) {
                s = s.successors().iterator().next();
                map = map.withStatus("svc-1", problem, s);
            }
        }
        return map;
    }

    private static PainMap current(TestReport report) {
        return PainMapBuilder.from(report.build()).build();
    }

    @Test
    void aSignificantFallVerifiesDoneWork() {
        // queue now 30 of 400: upper bound 0.105 < previous lower bound 0.257
        Remeasurement r = PainMapBuilder.remeasure(previous(Status.DONE), current(TestReport.q1().problem("svc-1", "queue", 30, 400)
                .problem("svc-1", "docs", 60, 400)));
        assertThat(r.map().point("svc-1", "queue").orElseThrow().status()).isEqualTo(Status.VERIFIED);
        Remeasurement.Change queue = r.changes().stream().filter(c -> c.problem().equals("queue")).findFirst().orElseThrow();
        assertThat(queue.improved()).isTrue();
        assertThat(queue.stillPresent()).isTrue();
        assertThat(queue.previousLowerBound()).isEqualTo(0.25716767195619705);
        assertThat(queue.currentUpperBound()).contains(0.10504770626130436);
        assertThat(queue.currentN()).isEqualTo(400);
        // docs unchanged: the work did not help
        assertThat(r.map().point("svc-1", "docs").orElseThrow().status()).isEqualTo(Status.REOPENED);
    }

    @Test
    void overlappingIntervalsReopenDoneWork() {
        // queue now 100 of 400: upper bound 0.295 ≥ 0.257
        Remeasurement r = PainMapBuilder.remeasure(previous(Status.DONE), current(TestReport.q1().problem("svc-1", "queue", 100, 400)));
        assertThat(r.map().point("svc-1", "queue").orElseThrow().status()).isEqualTo(Status.REOPENED);
    }

    @Test
    void aProblemGoneFromEnoughResponsesIsVerified() {
        // nobody chose queue or docs among 200 responses: 0 of 200, upper bound 0.019
        Remeasurement r = PainMapBuilder.remeasure(previous(Status.DONE), current(TestReport.q1().responses("svc-1", 200)));
        assertThat(r.map().items()).isEmpty();
        assertThat(r.changes()).extracting(Remeasurement.Change::problem, Remeasurement.Change::after, Remeasurement.Change::stillPresent)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("queue", Status.VERIFIED, false),
                        org.assertj.core.groups.Tuple.tuple("docs", Status.VERIFIED, false),
                        org.assertj.core.groups.Tuple.tuple("portal", Status.REOPENED, false));
        assertThat(r.changes().get(0).currentUpperBound()).contains(0.018845326377266575);
    }

    @Test
    void aProblemGoneFromTooFewResponsesIsNotVerified() {
        Remeasurement r = PainMapBuilder.remeasure(previous(Status.DONE), current(TestReport.q1().responses("svc-1", 10)));
        assertThat(r.changes().get(0).improved()).isFalse();
        assertThat(r.changes().get(0).after()).isEqualTo(Status.REOPENED);
        Remeasurement none = PainMapBuilder.remeasure(previous(Status.DONE), current(TestReport.q1()));
        assertThat(none.changes().get(0).currentUpperBound()).isEqualTo(Optional.empty());
        assertThat(none.changes().get(0).after()).isEqualTo(Status.REOPENED);
    }

    @Test
    void unfinishedWorkKeepsItsStatusAndNewPointsAreIdentified() {
        Remeasurement r = PainMapBuilder.remeasure(previous(Status.IN_PROGRESS), current(TestReport.q1().problem("svc-1", "queue", 30, 400)
                .problem("svc-1", "site", 60, 400)));
        assertThat(r.map().point("svc-1", "queue").orElseThrow().status()).isEqualTo(Status.IN_PROGRESS);
        assertThat(r.changes().get(0).improved()).isTrue();
        assertThat(r.map().point("svc-1", "site").orElseThrow().status()).isEqualTo(Status.IDENTIFIED);
    }

    @Test
    void verifiedWorkStaysVerifiedUnlessItSignificantlyWorsens() {
        PainMap verified = PainMapBuilder.remeasure(previous(Status.DONE), current(TestReport.q1().problem("svc-1", "queue", 30, 400))).map();
        // the next quarter: still 30 of 400
        Remeasurement same = PainMapBuilder.remeasure(verified, current(TestReport.q1().problem("svc-1", "queue", 30, 400)));
        assertThat(same.map().point("svc-1", "queue").orElseThrow().status()).isEqualTo(Status.VERIFIED);
        assertThat(same.changes().get(0).worsened()).isFalse();
        // gone: still verified
        assertThat(PainMapBuilder.remeasure(verified, current(TestReport.q1())).changes().get(0).after()).isEqualTo(Status.VERIFIED);
        // back to 60 of 400: L = 0.118 > previous upper bound 0.105
        Remeasurement worse = PainMapBuilder.remeasure(verified, current(TestReport.q1().problem("svc-1", "queue", 60, 400)));
        assertThat(worse.changes().get(0).worsened()).isTrue();
        assertThat(worse.map().point("svc-1", "queue").orElseThrow().status()).isEqualTo(Status.REOPENED);
    }
}
