package io.github.otklik.metrics;

import io.github.otklik.core.channel.Channel;
import io.github.otklik.core.io.RecordSource;
import io.github.otklik.core.period.ReportingPeriod;
import io.github.otklik.core.process.Process;
import io.github.otklik.core.process.ProcessRegistry;
import io.github.otklik.core.process.ProcessType;
import io.github.otklik.core.response.SurveyResponse;
import io.github.otklik.core.text.LocalizedText;
import io.github.otklik.metrics.report.MetricsReport;
import io.github.otklik.metrics.report.SatisfactionGroup;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

/** The lifeSituation dimension: a record counts once in each life situation of its process, so groups overlap. */
class LifeSituationTest {
    private static final ReportingPeriod Q1 = ReportingPeriod.parse("2025-Q1");
    /** svc-a serves two situations (one listed twice), svc-b one, svc-c none. */
    static final ProcessRegistry REGISTRY = ProcessRegistry.of(List.of(
            Process.builder("svc-a", LocalizedText.of("А", "A"), ProcessType.SERVICE).lifeSituation("birth").lifeSituation("move")
                    .lifeSituation("birth").build(),
            Process.builder("svc-b", LocalizedText.of("Б", "B"), ProcessType.SERVICE).lifeSituation("move").build(),
            Process.builder("svc-c", LocalizedText.of("В", "C"), ProcessType.SERVICE).build()));

    private static MetricsReport run(List<SurveyResponse> responses, Dimension... groupBy) {
        return MetricsEngine.from(MetricsSpec.builder(Q1).forms(Fixtures.CATALOG).registry(REGISTRY).groupBy(groupBy).build())
                .run(MetricsInputs.none().withResponses(RecordSource.of("r", responses)), r -> { });
    }

    private static long answered(MetricsReport r, int group) {
        return r.satisfaction().get(group).figures().figure().orElseThrow().overall().answered();
    }

    @Test
    void aProcessInTwoSituationsCountsInBothAndTheTotalCountsItOnce() {
        List<SurveyResponse> rs = List.of(
                Fixtures.ext("svc-a", Channel.EPGU, "2025-02-01T10:00:00Z", "used", "yes", "overall", 5),
                Fixtures.ext("svc-b", Channel.EPGU, "2025-02-01T10:00:00Z", "used", "yes", "overall", 1),
                Fixtures.ext("svc-c", Channel.EPGU, "2025-02-01T10:00:00Z", "used", "yes", "overall", 4),
                Fixtures.ext(null, Channel.EPGU, "2025-02-01T10:00:00Z", "used", "yes", "overall", 4),
                Fixtures.ext("svc-unknown", Channel.EPGU, "2025-02-01T10:00:00Z", "used", "yes", "overall", 2));
        MetricsReport r = run(rs, Dimension.LIFE_SITUATION);
        assertThat(r.satisfaction()).extracting(g -> g.key().asMap().toString())
                .containsExactly("{}", "{lifeSituation=UNSPECIFIED}", "{lifeSituation=birth}", "{lifeSituation=move}");
        assertThat(answered(r, 0)).isEqualTo(5);
        assertThat(answered(r, 1)).isEqualTo(3); // svc-c, no process, a process the registry does not know
        assertThat(answered(r, 2)).isEqualTo(1); // svc-a once, although the registry lists birth twice
        assertThat(answered(r, 3)).isEqualTo(2); // svc-a and svc-b
        assertThat(r.satisfaction().get(3).figures().figure().orElseThrow().overall().satisfied()).isEqualTo(1);
        // the groups sum to more than the total: it is not their merge
        assertThat(answered(r, 1) + answered(r, 2) + answered(r, 3)).isGreaterThan(answered(r, 0));
    }

    @Test
    void crossedWithAnotherDimensionEachSituationKeepsTheOtherValue() {
        List<SurveyResponse> rs = List.of(
                Fixtures.ext("svc-a", Channel.EPGU, "2025-02-01T10:00:00Z", "used", "yes", "overall", 5),
                Fixtures.ext("svc-a", Channel.MFC, "2025-02-01T10:00:00Z", "used", "yes", "overall", 5));
        MetricsReport r = run(rs, Dimension.CHANNEL, Dimension.LIFE_SITUATION);
        assertThat(r.satisfaction()).extracting(g -> g.key().values().toString())
                .containsExactly("[]", "[EPGU, birth]", "[EPGU, move]", "[MFC, birth]", "[MFC, move]");
        assertThat(answered(r, 0)).isEqualTo(2);
    }

    @Test
    void everyGroupEqualsAnIndependentCountAndTheTotalEqualsTheUngroupedRun() {
        String[] processes = {"svc-a", "svc-b", "svc-c", "svc-x"};
        Map<String, List<String>> situations = Map.of("svc-a", List.of("birth", "move"), "svc-b", List.of("move"));
        qt().withExamples(40).forAll(integers().between(0, Integer.MAX_VALUE), integers().between(0, 60)).checkAssert((seed, n) -> {
            Random random = new Random(seed);
            List<SurveyResponse> rs = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                rs.add(Fixtures.ext(processes[random.nextInt(4)], Channel.EPGU, "2025-02-0" + (1 + random.nextInt(9)) + "T10:00:00Z",
                        "used", "yes", "overall", 1 + random.nextInt(5)));
            }
            MetricsReport grouped = run(rs, Dimension.LIFE_SITUATION);
            Map<String, Long> expected = new HashMap<>();
            for (SurveyResponse s : rs) {
                for (String situation : situations.getOrDefault(s.process().orElseThrow(), List.of("UNSPECIFIED"))) {
                    expected.merge(situation, 1L, Long::sum);
                }
            }
            Map<String, Long> actual = new HashMap<>();
            for (SatisfactionGroup g : grouped.satisfaction().subList(1, grouped.satisfaction().size())) {
                actual.put(g.key().value(Dimension.LIFE_SITUATION), g.figures().figure().orElseThrow().responses());
            }
            assertThat(actual).isEqualTo(expected);
            assertThat(grouped.satisfaction().get(0)).isEqualTo(run(rs).satisfaction().get(0));
        });
    }

    @Test
    void theDimensionNeedsTheRegistry() {
        assertThatThrownBy(() -> MetricsSpec.builder(Q1).groupBy(Dimension.LIFE_SITUATION).build())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("registry");
        assertThatThrownBy(() -> MetricsSpec.builder(Q1).segments(List.of(Dimension.LIFE_SITUATION)).build())
                .isInstanceOf(IllegalStateException.class);
    }
}
