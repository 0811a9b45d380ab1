package io.github.otklik.painmap.build;

import io.github.otklik.metrics.stats.Wilson;
import io.github.otklik.painmap.Level;
import io.github.otklik.painmap.PainMap;
import io.github.otklik.painmap.PainPoint;
import io.github.otklik.painmap.TestReport;
import io.github.otklik.painmap.evidence.Evidence;
import io.github.otklik.painmap.evidence.Source;
import io.github.otklik.painmap.evidence.TextCounts;
import io.github.otklik.painmap.rules.RuleSet;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** {@code TEXT} evidence (spec/painmap.md): matching texts of the process's texts, merged with the survey problem of the same code. */
class TextEvidenceTest {
    private static final double Z = 1.959963984540054;

    @Test
    void aThemeMatchedByTextsIsTextEvidenceWithItsWilsonBound() {
        PainMap map = PainMapBuilder.from(TestReport.q1().responses("svc-1", 50).build())
                .texts(Map.of("svc-1", new TextCounts(80, Map.of("fee-payment", 24L)))).build();
        PainPoint p = map.point("svc-1", "fee-payment").orElseThrow();
        assertThat(p.evidence()).hasSize(1);
        Evidence e = p.evidence().get(0);
        assertThat(e.source()).isEqualTo(Source.TEXT);
        assertThat(e.proportion().orElseThrow().x()).isEqualTo(24);
        assertThat(e.proportion().orElseThrow().n()).isEqualTo(80);
        assertThat(p.lowerBound()).isEqualTo(Wilson.lowerBound(24, 80, Z));
        // L ≈ 0.210: MEDIUM prevalence; impact TEXT → MEDIUM by the default rule set; matrix[MEDIUM][MEDIUM] = MEDIUM
        assertThat(p.prevalence()).isEqualTo(Level.MEDIUM);
        assertThat(p.impact()).isEqualTo(Level.MEDIUM);
        assertThat(p.priority()).isEqualTo(Level.MEDIUM);
        assertThat(p.lowEvidence()).isFalse(); // n = 80 ≥ minEvidence 30
        assertThat(map.coverage().get("svc-1").n(Source.TEXT, "fee-payment")).isEqualTo(80);
    }

    @Test
    void aThemeWithTheCodeOfASurveyProblemMergesIntoItsPoint() {
        PainMap map = PainMapBuilder.from(TestReport.q1().problem("svc-1", "queue", 10, 200).build())
                .texts(Map.of("svc-1", new TextCounts(40, Map.of("queue", 16L)))).build();
        assertThat(map.items()).hasSize(1);
        PainPoint p = map.items().get(0);
        assertThat(p.evidence()).extracting(Evidence::source).containsExactly(Source.SURVEY_PROBLEM, Source.TEXT);
        // the point's L is the larger of the two: the texts' 16 of 40 beats the survey's 10 of 200
        assertThat(p.lowerBound()).isEqualTo(Math.max(Wilson.lowerBound(10, 200, Z), Wilson.lowerBound(16, 40, Z)));
        assertThat(p.lowerBound()).isEqualTo(Wilson.lowerBound(16, 40, Z));
    }

    @Test
    void themesNobodyWroteAboutAndProcessesWithoutTextGiveNothing() {
        PainMap map = PainMapBuilder.from(TestReport.q1().problem("svc-1", "queue", 10, 200).build())
                .texts(Map.of("svc-1", new TextCounts(40, Map.of("fee-payment", 0L)), "svc-2", new TextCounts(0, Map.of()))).build();
        assertThat(map.items()).extracting(PainPoint::problem).containsExactly("queue");
        assertThat(map.coverage()).doesNotContainKey("svc-2");
    }

    @Test
    void aProcessKnownOnlyFromItsTextsGetsItsPoints() {
        PainMap map = PainMapBuilder.from(TestReport.q1().build())
                .texts(Map.of("svc-9", new TextCounts(10, Map.of("rude-staff", 2L)))).build();
        PainPoint p = map.point("svc-9", "rude-staff").orElseThrow();
        assertThat(p.lowEvidence()).isTrue(); // n = 10 < 30
        assertThat(p.evidence()).extracting(Evidence::source).containsExactly(Source.TEXT);
    }

    @Test
    void textImpactFollowsTheRuleSet() {
        RuleSet noText = new RuleSet("no-text", RuleSet.DEFAULT.prevalence(), new io.github.otklik.painmap.rules.SourceImpact(
                Map.of(Source.SURVEY_PROBLEM, Level.MEDIUM), 0.5, 2.5, 3.5, java.util.Optional.empty()), RuleSet.DEFAULT.priority(),
                RuleSet.DEFAULT.deadline());
        PainPoint p = PainMapBuilder.from(TestReport.q1().build()).rules(noText)
                .texts(Map.of("svc-1", new TextCounts(100, Map.of("queue", 50L)))).build().items().get(0);
        assertThat(p.impact()).isEqualTo(Level.LOW); // a source missing from bySource contributes nothing
        assertThat(RuleSet.DEFAULT.impact()).isNotNull();
    }

    @Test
    void countsMustBeProportionsAndTextsNeedAProcess() {
        assertThatThrownBy(() -> new TextCounts(5, Map.of("queue", 6L))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("queue");
        assertThatThrownBy(() -> new TextCounts(-1, Map.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PainMapBuilder.from(TestReport.q1().build()).texts(Map.of("UNSPECIFIED", new TextCounts(1, Map.of()))))
                .isInstanceOf(IllegalArgumentException.class);
        PainMapBuilder b = PainMapBuilder.from(TestReport.q1().build()).texts(Map.of());
        assertThatThrownBy(() -> b.texts(Map.of())).isInstanceOf(IllegalStateException.class).hasMessageContaining("texts");
        assertThat(new TextCounts(3, Map.of("b", 1L, "a", 2L)).matched().keySet()).containsExactly("a", "b");
        assertThat(List.of(Source.values())).containsSubsequence(Source.LEGAL_DEADLINE, Source.TEXT, Source.MANUAL);
    }
}
