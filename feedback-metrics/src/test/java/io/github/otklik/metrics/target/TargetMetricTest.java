package io.github.otklik.metrics.target;

import io.github.otklik.metrics.Cell;
import io.github.otklik.metrics.appeal.AppealFigures;
import io.github.otklik.metrics.process.ProcessFigures;
import io.github.otklik.metrics.satisfaction.ProblemResult;
import io.github.otklik.metrics.satisfaction.SatisfactionFigures;
import io.github.otklik.metrics.satisfaction.ScaleResult;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TargetMetricTest {
    private static final SatisfactionFigures S = new SatisfactionFigures(10, ScaleResult.of(8, 2, 6, 1, 1, 30),
            Map.of("waiting-time", Cell.shown(ScaleResult.of(4, 0, 1, 1, 2, 10))), Map.of("queue", Cell.shown(new ProblemResult(3, 6))));
    private static final AppealFigures A = new AppealFigures(20, Map.of("EPGU", 5L), Map.of("COMPLAINT", 4L), Map.of("0001.0002", 2L),
            List.of(), List.of(), 15, Optional.of(new AppealFigures.WaitDays(7.5, 6, 20, 31)), 3, 4, 1, 2);
    private static final ProcessFigures P = new ProcessFigures(10, 8, Optional.of(new ProcessFigures.DurationHours(10, 8, 30, 50)),
            Optional.of(new ProcessFigures.Touches(1.5, 4)), 6, 2, List.of());

    @ParameterizedTest
    @CsvSource({
        "satisfaction.responses, 10", "satisfaction.overall.share, 0.75", "satisfaction.overall.mean, 3.75",
        "satisfaction.overall.dontKnow, 2", "satisfaction.aspects.waiting-time.dissatisfied, 2", "satisfaction.aspects.waiting-time.share, 0.25",
        "satisfaction.problems.queue.share, 0.5", "satisfaction.problems.queue.base, 6"})
    void satisfactionPaths(String path, double expected) {
        assertThat(TargetMetric.parse(path).valueOf(S)).hasValue(expected);
    }

    @ParameterizedTest
    @CsvSource({
        "appeals.total, 20", "appeals.open, 5", "appeals.overdueShare, 0.15", "appeals.waitDays.p90, 20", "appeals.waitDays.mean, 7.5",
        "appeals.byChannel.EPGU.share, 0.25", "appeals.byKind.COMPLAINT.count, 4", "appeals.byTopic.0001.0002.count, 2",
        "appeals.complaints.total, 4", "appeals.complaints.refused.share, 0.5", "appeals.byChannel.MFC.count, 0"})
    void appealPaths(String path, double expected) {
        assertThat(TargetMetric.parse(path).valueOf(A)).hasValue(expected);
    }

    @ParameterizedTest
    @CsvSource({"processes.durationHours.p90, 30", "processes.negativeShare, 0.25", "processes.inProgress, 2", "processes.touches.max, 4"})
    void processPaths(String path, double expected) {
        assertThat(TargetMetric.parse(path).valueOf(P)).hasValue(expected);
    }

    @Test
    void undefinedFiguresAreEmptyNotErrors() {
        assertThat(TargetMetric.parse("satisfaction.aspects.staff.share").valueOf(S)).isEmpty();
        assertThat(TargetMetric.parse("appeals.waitDays.p50").valueOf(new AppealFigures(0, Map.of(), Map.of(), Map.of(), List.of(),
                List.of(), 0, Optional.empty(), 0, 0, 0, 0))).isEmpty();
        assertThat(TargetMetric.parse("appeals.byChannel.MFC.share").valueOf(A)).hasValue(0.0);
        assertThat(TargetMetric.parse("satisfaction.problems.queue.share").problem()).hasValue("queue");
        assertThat(TargetMetric.parse("satisfaction.aspects.staff.mean").aspect()).hasValue("staff");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "satisfaction.overal.share | satisfaction.overall.<figure>",
        "satisfaction.overall.shares | not \"shares\"",
        "satisfaction.overall.ci95 | not \"ci95\"",
        "appeals.waitDays.p95 | not \"p95\"",
        "appeals.byChannel.POST.share | \"POST\" is not a channel",
        "appeals.byKind.COMPLAINT.total | not \"total\"",
        "processes.duration.p90 | processes.durationHours",
        "complaints.total | must start with satisfaction., appeals. or processes.",
        "satisfaction.aspects.wait.time.share | satisfaction.aspects.<code>"})
    void misspeltPathsAreErrors(String path, String hint) {
        assertThatThrownBy(() -> TargetMetric.parse(path)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("unknown target metric \"" + path + "\"").hasMessageContaining(hint);
        assertThatThrownBy(() -> new Target("svc", new io.github.otklik.core.process.TargetIndicator(path, 1,
                io.github.otklik.core.process.TargetIndicator.Direction.AT_MOST))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aPathReadsOnlyItsSection() {
        assertThatThrownBy(() -> TargetMetric.parse("appeals.total").valueOf(S)).isInstanceOf(IllegalStateException.class);
        assertThat(TargetMetric.parse("appeals.total").valueOf(A)).isEqualTo(OptionalDouble.of(20));
    }
}
