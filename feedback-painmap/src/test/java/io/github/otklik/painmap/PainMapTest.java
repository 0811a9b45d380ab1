package io.github.otklik.painmap;

import io.github.otklik.core.text.Language;
import io.github.otklik.core.process.Process;
import io.github.otklik.core.process.ProcessType;
import io.github.otklik.core.text.LocalizedText;
import io.github.otklik.painmap.build.PainMapBuilder;
import io.github.otklik.painmap.evidence.Evidence;
import io.github.otklik.painmap.export.PainMapJson;
import io.github.otklik.painmap.rules.ImpactRule;
import io.github.otklik.painmap.rules.RuleSet;
import io.github.otklik.painmap.rules.VolumeAdjustment;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PainMapTest {
    private static final List<Process> REGISTRY = List.of(
            Process.builder("svc-1", LocalizedText.of("Одна"), ProcessType.SERVICE).group("Г1").touchpoint("online").touchpoint("mfc").build(),
            Process.builder("fn-2", LocalizedText.of("Две"), ProcessType.FUNCTION).group("Г2").touchpoint("mfc").build());

    private static PainMap map(Language lang) {
        return PainMapBuilder.from(TestReport.q1().problem("svc-1", "queue", 120, 400).problem("fn-2", "docs", 200, 400)
                .problem("svc-3", "site", 30, 100).build()).registry(REGISTRY).lang(lang).build();
    }

    @Test
    void groupsByProcessGroupTouchpointAndType() {
        PainMap map = map(Language.RU);
        assertThat(map.items()).extracting(PainPoint::process).containsExactly("fn-2", "svc-1", "svc-3");
        assertThat(map.groups(Grouping.PROCESS_GROUP)).extracting(PainMap.Group::label).containsExactly("Г2", "Г1", "svc-3");
        List<PainMap.Group> touchpoints = map.groups(Grouping.TOUCHPOINT);
        assertThat(touchpoints).extracting(PainMap.Group::label).containsExactly("mfc", "online", "точка взаимодействия не указана");
        assertThat(touchpoints.get(0).points()).extracting(PainPoint::process).containsExactly("fn-2", "svc-1");
        assertThat(map.groups(Grouping.PROCESS_TYPE)).extracting(PainMap.Group::label).containsExactly("FUNCTION", "SERVICE", "тип не указан");
        assertThat(map(Language.EN).groups(Grouping.PROCESS_TYPE)).extracting(PainMap.Group::label).containsExactly("FUNCTION", "SERVICE", "type not known");
        assertThat(map.registry()).containsOnlyKeys("svc-1", "fn-2");
    }

    @Test
    void itemsMustBeNumberedInOrder() {
        PainMap map = map(Language.RU);
        assertThatThrownBy(() -> map.withItems(List.of(map.items().get(1)))).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("item 1 is numbered 2");
    }

    @Test
    void languagesAndNumbers() {
        assertThat(Language.of("en")).isEqualTo(Language.EN);
        assertThatThrownBy(() -> Language.of("de")).hasMessage("unknown language \"de\" (expected ru or en)");
        assertThat(Language.RU.fixed(0.25716767195619705, 3)).isEqualTo("0,257");
        assertThat(Language.EN.plain(0.10)).isEqualTo("0.1");
        assertThat(Language.EN.plain(10000)).isEqualTo("10000");
        assertThat(Level.HIGH.raised()).isEqualTo(Level.HIGH);
        assertThat(Level.LOW.lowered()).isEqualTo(Level.LOW);
        assertThat(Level.MEDIUM.word(Language.RU)).isEqualTo("средняя");
        assertThat(Level.MEDIUM.word(Language.EN)).isEqualTo("medium");
    }

    /**
     * 200,000 points (20,000 processes × 10 problems) are built, ordered and numbered 1..200,000
     * without rendering a single explanation: the impact rule's {@code describe}, which only the
     * explanation text uses, is not called until a point is explained. (How fast: PainMapBenchmark
     * in feedback-bench; tests assert no wall-clock bounds.)
     */
    @Test
    void buildsTwoHundredThousandPointsWithoutRenderingExplanations() {
        TestReport t = TestReport.q1();
        for (int p = 0; p < 20_000; p++) {
            for (int k = 0; k < 10; k++) {
                t.problem("svc-" + p, "problem-" + k, 1 + (p * 7 + k * 13) % 200, 400);
            }
        }
        CountingImpact impact = new CountingImpact(RuleSet.DEFAULT.impact());
        RuleSet counted = new RuleSet("counted", RuleSet.DEFAULT.prevalence(), impact, RuleSet.DEFAULT.priority(),
                RuleSet.DEFAULT.deadline());
        PainMap map = PainMapBuilder.from(t.build()).rules(counted).build();
        assertThat(map.items()).hasSize(200_000);
        for (int i = 0; i < map.items().size(); i++) {
            assertThat(map.items().get(i).no()).isEqualTo(i + 1);
        }
        assertThat(map.items().get(0).lowerBound()).isGreaterThanOrEqualTo(map.items().get(199_999).lowerBound());
        assertThat(impact.described.get()).isZero();
        PainPoint first = map.items().get(0);
        List<String> lines = first.explain(Language.EN);
        assertThat(lines).hasSize(5);
        assertThat(lines.get(1)).startsWith("impact medium: a problem chosen in questionnaires → medium");
        assertThat(impact.described.get()).isEqualTo(1);
        assertThat(PainMapJson.toJson(map.withItems(map.items().subList(0, 1)))).contains("\"no\" : 1");
    }

    /** An impact rule that counts how often an explanation asks it to describe a contribution. */
    private static final class CountingImpact implements ImpactRule {
        private final ImpactRule rule;
        final AtomicInteger described = new AtomicInteger();

        CountingImpact(ImpactRule rule) {
            this.rule = rule;
        }

        @Override
        public Optional<Level> contribution(Evidence evidence) {
            return rule.contribution(evidence);
        }

        @Override
        public String describe(Evidence evidence, Language lang) {
            described.incrementAndGet();
            return rule.describe(evidence, lang);
        }

        @Override
        public Optional<VolumeAdjustment> volume() {
            return rule.volume();
        }
    }
}
