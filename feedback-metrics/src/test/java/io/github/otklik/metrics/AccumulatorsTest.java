package io.github.otklik.metrics;

import io.github.otklik.metrics.disclosure.Disclosure;
import io.github.otklik.core.appeal.Appeal;
import io.github.otklik.core.appeal.AppealKind;
import io.github.otklik.core.appeal.AppealOutcome;
import io.github.otklik.core.channel.Channel;
import io.github.otklik.core.io.RecordSource;
import io.github.otklik.core.period.ReportingPeriod;
import io.github.otklik.core.process.TargetIndicator;
import io.github.otklik.core.response.SurveyResponse;
import io.github.otklik.metrics.appeal.AppealAccumulator;
import io.github.otklik.metrics.report.InputCounts;
import io.github.otklik.metrics.report.InputSummary;
import io.github.otklik.metrics.report.MetricsJson;
import io.github.otklik.metrics.disclosure.Edition;
import io.github.otklik.metrics.target.Target;
import io.github.otklik.metrics.satisfaction.SatisfactionAccumulator;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static io.github.otklik.metrics.Fixtures.appeal;
import static io.github.otklik.metrics.Fixtures.ext;
import static io.github.otklik.metrics.Fixtures.internal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The distributed path: records routed to (part, group) pairs, aggregated apart in any split and
 * merged back give the report {@code run} gives.
 */
class AccumulatorsTest {
    private static final ReportingPeriod Q1 = ReportingPeriod.parse("2025-Q1");

    private static final List<SurveyResponse> RESPONSES = List.of(
            ext("svc-1", Channel.EPGU, "2025-01-10T10:00:00Z", "used", "yes", "overall", 5),
            ext("svc-1", Channel.MFC, "2025-02-10T10:00:00Z", "used", "yes", "overall", 2, "problems", List.of("queue")),
            ext("svc-2", Channel.EPGU, "2025-03-10T10:00:00Z", "used", "yes", "overall", 4, "speed", 2),
            ext(null, Channel.EPGU, "2025-03-11T10:00:00Z", "used", "yes", "overall", 4),
            ext("svc-2", Channel.EPGU, "2025-03-31T20:30:00Z", "used", "yes", "overall", 1),
            ext("svc-1", Channel.EPGU, "2024-12-20T10:00:00Z", "used", "yes", "overall", 1),
            ext("svc-1", Channel.MFC, "2024-11-20T10:00:00Z", "used", "yes", "overall", 5),
            internal("2025-02-01T10:00:00Z", "overall", 3));

    private static final List<Appeal> APPEALS = List.of(
            appeal("svc-1", AppealKind.COMPLAINT, "queue", "2025-01-10T09:00:00Z", "2025-01-20T09:00:00Z", null, AppealOutcome.RESOLVED),
            appeal("svc-1", AppealKind.APPEAL, "docs", "2025-02-10T09:00:00Z", null, null, null),
            appeal("svc-1", AppealKind.COMPLAINT, "queue", "2024-12-10T09:00:00Z", null, null, null),
            appeal("svc-2", AppealKind.APPEAL, null, "2025-03-31T20:30:00Z", null, null, null));

    private static final List<Target> TARGETS = List.of(
            new Target("svc-1", new TargetIndicator("satisfaction.overall.share", 0.9, TargetIndicator.Direction.AT_LEAST)),
            new Target("svc-2", new TargetIndicator("appeals.overdue", 0, TargetIndicator.Direction.AT_MOST)));

    private static String viaRun(MetricsEngine engine) {
        return MetricsJson.toJson(engine.run(MetricsInputs.none().withResponses(RecordSource.of("r", RESPONSES))
                .withAppeals(RecordSource.of("a", APPEALS)), reject -> {
                    throw new AssertionError(reject);
                }));
    }

    /** Each record aggregated on its own "worker" (a fresh accumulator per record and pair), then merged in reverse. */
    private static String viaPartials(MetricsEngine engine) {
        List<Runnable> merges = new ArrayList<>();
        Accumulators into = engine.newAccumulators();
        long[] inPeriod = new long[2];
        for (SurveyResponse r : RESPONSES) {
            if (engine.route(r, (part, key) -> {
                SatisfactionAccumulator acc = engine.satisfactionAggregator().create();
                engine.satisfactionAggregator().add(acc, r);
                merges.add(() -> into.merge(part, key, acc));
            })) {
                inPeriod[0]++;
            }
        }
        for (Appeal a : APPEALS) {
            if (engine.route(a, (part, key) -> {
                AppealAccumulator acc = engine.appealAggregator(part).create();
                engine.appealAggregator(part).add(acc, a);
                merges.add(() -> into.merge(part, key, acc));
            })) {
                inPeriod[1]++;
            }
        }
        for (int i = merges.size() - 1; i >= 0; i--) {
            merges.get(i).run();
        }
        return MetricsJson.toJson(into.report(InputSummary.none()
                .withResponses(new InputCounts(RESPONSES.size(), RESPONSES.size(), 0, inPeriod[0]))
                .withAppeals(new InputCounts(APPEALS.size(), APPEALS.size(), 0, inPeriod[1]))));
    }

    /**
     * Records added one by one and partial accumulators merged, interleaved, with a report asked for
     * in between (added groups reach the total through a merge when a result is asked for).
     */
    private static String viaAddsAndPartials(MetricsEngine engine) {
        Accumulators into = engine.newAccumulators();
        long[] inPeriod = new long[2];
        for (int i = 0; i < RESPONSES.size(); i++) {
            SurveyResponse r = RESPONSES.get(i);
            if (i % 3 == 1) {
                inPeriod[0] += engine.route(r, (part, key) -> {
                    SatisfactionAccumulator acc = engine.satisfactionAggregator().create();
                    engine.satisfactionAggregator().add(acc, r);
                    into.merge(part, key, acc);
                }) ? 1 : 0;
            } else {
                inPeriod[0] += into.add(r) ? 1 : 0;
            }
            if (i == 3) {
                into.report(InputSummary.none().withResponses(new InputCounts(0, 0, 0, 0)));
            }
        }
        for (int i = 0; i < APPEALS.size(); i++) {
            Appeal a = APPEALS.get(i);
            if (i % 2 == 0) {
                inPeriod[1] += engine.route(a, (part, key) -> {
                    AppealAccumulator acc = engine.appealAggregator(part).create();
                    engine.appealAggregator(part).add(acc, a);
                    into.merge(part, key, acc);
                }) ? 1 : 0;
            } else {
                inPeriod[1] += into.add(a) ? 1 : 0;
            }
        }
        return MetricsJson.toJson(into.report(InputSummary.none()
                .withResponses(new InputCounts(RESPONSES.size(), RESPONSES.size(), 0, inPeriod[0]))
                .withAppeals(new InputCounts(APPEALS.size(), APPEALS.size(), 0, inPeriod[1]))));
    }

    @Test
    void addsAndPartialMergesInterleavedGiveTheReportOfRun() {
        for (MetricsEngine engine : List.of(
                MetricsEngine.from(MetricsSpec.builder(Q1).forms(Fixtures.CATALOG).build()),
                MetricsEngine.from(MetricsSpec.builder(Q1).forms(Fixtures.CATALOG).groupBy(List.of(Dimension.PROCESS, Dimension.CHANNEL))
                        .compareWith(Q1.previous()).targets(TARGETS).segments(List.of(Dimension.CATEGORY)).build()),
                MetricsEngine.from(MetricsSpec.builder(Q1).forms(Fixtures.CATALOG).groupBy(List.of(Dimension.CHANNEL)).disclosure(Disclosure.of(Edition.PUBLIC, 1)).build()))) {
            assertThat(viaAddsAndPartials(engine)).isEqualTo(viaRun(engine));
        }
    }

    @Test
    void partialAccumulatorsMergedInAnyOrderGiveTheReportOfRun() {
        List<MetricsEngine> engines = List.of(
                MetricsEngine.from(MetricsSpec.builder(Q1).forms(Fixtures.CATALOG).build()),
                MetricsEngine.from(MetricsSpec.builder(Q1).forms(Fixtures.CATALOG).groupBy(List.of(Dimension.PROCESS, Dimension.CHANNEL))
                        .compareWith(Q1.previous()).targets(TARGETS).segments(List.of(Dimension.CATEGORY, Dimension.FORM)).build()),
                MetricsEngine.from(MetricsSpec.builder(Q1).forms(Fixtures.CATALOG).groupBy(List.of(Dimension.FORM, Dimension.KIND)).targets(TARGETS).disclosure(Disclosure.of(Edition.PUBLIC, 2)).build()));
        for (MetricsEngine engine : engines) {
            assertThat(viaPartials(engine)).isEqualTo(viaRun(engine));
        }
    }

    @Test
    void routeNamesTheTotalAndTheKeyedGroupAndTheOptionalParts() {
        MetricsEngine engine = MetricsEngine.from(MetricsSpec.builder(Q1).forms(Fixtures.CATALOG).groupBy(List.of(Dimension.PROCESS))
                .compareWith(Q1.previous()).targets(TARGETS).segments(List.of(Dimension.CHANNEL)).build());
        assertThat(engine.parts()).containsExactlyInAnyOrder(Part.values());
        Map<Part, List<GroupKey>> seen = new HashMap<>();
        boolean in = engine.route(RESPONSES.get(0), (part, key) -> seen.computeIfAbsent(part, p -> new ArrayList<>()).add(key));
        GroupKey svc1 = GroupKey.of(List.of(Dimension.PROCESS), List.of("svc-1"));
        assertThat(in).isTrue();
        assertThat(seen).containsOnlyKeys(Part.SATISFACTION, Part.SATISFACTION_BY_PROCESS, Part.SATISFACTION_SEGMENTS);
        assertThat(seen.get(Part.SATISFACTION)).containsExactly(GroupKey.total(), svc1);
        assertThat(seen.get(Part.SATISFACTION_SEGMENTS)).containsExactly(GroupKey.of(List.of(Dimension.CHANNEL), List.of("EPGU")));
        assertThat(seen.get(Part.SATISFACTION_BY_PROCESS)).containsExactly(svc1);

        seen.clear();
        assertThat(engine.route(RESPONSES.get(5), (part, key) -> seen.computeIfAbsent(part, p -> new ArrayList<>()).add(key))).isFalse();
        assertThat(seen).containsOnlyKeys(Part.SATISFACTION_PREVIOUS);

        MetricsEngine plain = MetricsEngine.from(MetricsSpec.builder(Q1).forms(Fixtures.CATALOG).build());
        assertThat(plain.parts()).containsExactlyInAnyOrder(Part.SATISFACTION, Part.APPEALS, Part.PROCESSES);
        assertThatThrownBy(() -> plain.appealAggregator(Part.APPEALS_PREVIOUS)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> plain.newAccumulators().merge(Part.APPEALS, GroupKey.total(), plain.satisfactionAggregator().create()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
