package io.github.otklik.painmap.build;

import io.github.otklik.painmap.Kind;
import io.github.otklik.painmap.Level;
import io.github.otklik.painmap.PainPoint;
import io.github.otklik.painmap.ProcessCoverage;
import io.github.otklik.painmap.Status;
import io.github.otklik.painmap.evidence.Evidence;
import io.github.otklik.painmap.evidence.Proportion;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** The parts of the re-measurement rule (docs/painmap-rules.md §3): measurements, improved, worsened, the status table. */
class RemeasurementRuleTest {
    private static final double Z = 1.959963984540054;

    private static PainPoint point(String problem, List<Evidence> evidence, double lowerBound) {
        return new PainPoint(1, "svc-1", "svc-1", "svc-1", problem, problem, Kind.PROBLEM, Level.HIGH, Level.MEDIUM, Level.HIGH, false,
                List.of(), PainPoint.UNASSIGNED, LocalDate.of(2025, 6, 29), Status.DONE, evidence, lowerBound, lang -> List.of());
    }

    @ParameterizedTest
    @EnumSource(Status.class)
    void theStatusTable(Status before) {
        for (boolean improved : new boolean[] {false, true}) {
            for (boolean worsened : new boolean[] {false, true}) {
                Status expected = switch (before) {
                    case DONE -> improved ? Status.VERIFIED : Status.REOPENED;
                    case VERIFIED -> worsened ? Status.REOPENED : Status.VERIFIED;
                    default -> before;
                };
                assertThat(RemeasurementRule.next(before, improved, worsened)).as("%s, improved %s, worsened %s", before, improved, worsened)
                        .isEqualTo(expected);
            }
        }
    }

    @Test
    void improvedNeedsEnoughDataWhollyBelowThePreviousLowerBound() {
        double l0 = 0.25716767195619705; // 120 of 400
        assertThat(RemeasurementRule.improved(List.of(Proportion.of(30, 400, Z)), 30, Z, l0)).isTrue(); // upper 0.105
        assertThat(RemeasurementRule.improved(List.of(Proportion.of(100, 400, Z)), 30, Z, l0)).isFalse(); // upper 0.295
        assertThat(RemeasurementRule.improved(List.of(Proportion.of(0, 200, Z)), 30, Z, l0)).isTrue(); // upper 0.019
        assertThat(RemeasurementRule.improved(List.of(Proportion.of(0, 10, Z)), 30, Z, l0)).isFalse(); // too little data
        assertThat(RemeasurementRule.improved(List.of(Proportion.of(0, 10, Z), Proportion.of(0, 30, Z)), 30, Z, 0.9)).isTrue(); // largest n
        assertThat(RemeasurementRule.improved(List.of(Proportion.of(30, 400, Z), Proportion.of(100, 400, Z)), 30, Z, l0)).isFalse(); // every
        assertThat(RemeasurementRule.improved(List.of(), 0, Z, l0)).isFalse();
        double upper = Proportion.of(30, 400, Z).upperBound(Z);
        assertThat(RemeasurementRule.improved(List.of(Proportion.of(30, 400, Z)), 30, Z, upper)).isFalse(); // strictly below
        assertThat(RemeasurementRule.improved(List.of(Proportion.of(0, 400, Z)), 30, Z, 0.0)).isFalse(); // never measured: L₀ = 0
    }

    @Test
    void worsenedIsACurrentLowerBoundAboveEveryPreviousUpperBound() {
        PainPoint before = point("queue", List.of(new Evidence.SurveyProblem(Proportion.of(30, 400, Z)),
                new Evidence.Appeals(Proportion.of(10, 100, Z), 0)), 0.0);
        double u0 = Math.max(Proportion.of(30, 400, Z).upperBound(Z), Proportion.of(10, 100, Z).upperBound(Z));
        assertThat(RemeasurementRule.worsened(Math.nextUp(u0), before, Z)).isTrue();
        assertThat(RemeasurementRule.worsened(u0, before, Z)).isFalse();
        PainPoint unmeasured = point("portal", List.of(new Evidence.Manual(Optional.empty())), 0.0);
        assertThat(RemeasurementRule.worsened(1.0, unmeasured, Z)).isFalse();
    }

    @Test
    void measurementsAreTheCurrentPointsOrZeroOfWhatTheProcessHad() {
        PainPoint before = point("aspect:speed", List.of(new Evidence.SurveyAspect(Proportion.of(40, 100, Z), "speed", 2.5),
                new Evidence.Appeals(Proportion.of(10, 100, Z), 0), new Evidence.Manual(Optional.of(Proportion.of(3, 9, Z))),
                new Evidence.Manual(Optional.empty())), 0.3);
        ProcessCoverage coverage = new ProcessCoverage(500, Map.of("speed", 80L), 0, 12);
        assertThat(RemeasurementRule.measurements(before, Optional.empty(), coverage, Z)).containsExactly(Proportion.of(0, 80, Z));
        PainPoint now = point("aspect:speed", List.of(new Evidence.SurveyAspect(Proportion.of(5, 90, Z), "speed", 4.1),
                new Evidence.Manual(Optional.empty())), 0.0);
        assertThat(RemeasurementRule.measurements(before, Optional.of(now), coverage, Z)).containsExactly(Proportion.of(5, 90, Z));
        assertThat(RemeasurementRule.measurements(before, Optional.empty(), ProcessCoverage.NONE, Z)).isEmpty();
    }
}
