package io.github.otklik.test;

import io.github.otklik.painmap.Level;
import io.github.otklik.painmap.rules.MatrixPriority;
import io.github.otklik.painmap.rules.RuleSet;
import org.junit.jupiter.api.Test;

import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

import static io.github.otklik.test.OtklikAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

class RuleSetKitTest {
    private static RuleSet withCell(Level prevalence, Level impact, Level priority) {
        MatrixPriority d = (MatrixPriority) RuleSet.DEFAULT.priority();
        Map<Level, Map<Level, Level>> m = new EnumMap<>(Level.class);
        d.matrix().forEach((p, row) -> m.put(p, new EnumMap<>(row)));
        m.get(prevalence).put(impact, priority);
        return new RuleSet("inverted", RuleSet.DEFAULT.prevalence(), RuleSet.DEFAULT.impact(), new MatrixPriority(m, d.mandatorySources()),
                RuleSet.DEFAULT.deadline());
    }

    @Test
    void aDeliberatelyInvertedRuleSetFailsTheContractNamingTheCells() {
        RuleSet inverted = withCell(Level.HIGH, Level.HIGH, Level.LOW);
        assertThatThrownBy(() -> RuleSetContract.checkMonotone(inverted))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("rule set \"inverted\" is not monotone")
                .hasMessageContaining("priority drops from HIGH at prevalence MEDIUM, impact HIGH to LOW at prevalence HIGH, impact HIGH");
        RuleSetContract.checkTotal(inverted);
    }

    @Test
    void theLatticeHas19683MatricesOfWhichTheMonotoneOnesPassTheChecker() {
        org.assertj.core.api.Assertions.assertThat(RuleSetGenerators.everyMatrix()).hasSize(19_683);
        long monotone = RuleSetGenerators.everyMonotoneMatrix().size();
        org.assertj.core.api.Assertions.assertThat(monotone).isBetween(1L, 19_682L);
        long checkerAgrees = RuleSetGenerators.everyMatrix().stream()
                .filter(m -> io.github.otklik.painmap.rules.RuleSetChecker.check(new RuleSet("m", RuleSet.DEFAULT.prevalence(),
                        RuleSet.DEFAULT.impact(), new MatrixPriority(m, Set.of()), RuleSet.DEFAULT.deadline())).isEmpty())
                .count();
        org.assertj.core.api.Assertions.assertThat(checkerAgrees).isEqualTo(monotone);
    }

    @Test
    void generatedRuleSetsAreValid() {
        qt().withExamples(50).forAll(longs().all()).checkAssert(seed -> {
            RuleSet rules = RuleSetGenerators.ruleSet(new SplittableRandom(seed));
            assertThat(rules).isTotal().isMonotone();
            RuleSetContract.checkPrevalenceMonotone(rules);
        });
    }

    @Test
    void painMapAssertions() {
        var map = RuleSetContract.sampleMap(RuleSet.DEFAULT);
        assertThat(map).isOrdered();
        var first = map.items().get(0);
        assertThat(map).hasPoint(first.process(), first.problem()).withPriority(first.priority()).withPrevalence(first.prevalence());
        assertThatThrownBy(() -> assertThat(map).hasPoint("nowhere", "nothing")).isInstanceOf(AssertionError.class)
                .hasMessageContaining("expected a pain point for process nowhere");
    }
}
