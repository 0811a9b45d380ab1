package io.github.otklik.painmap.rules;

import io.github.otklik.painmap.Level;
import org.junit.jupiter.api.Test;

import java.net.URL;
import java.net.URLClassLoader;
import java.util.EnumMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RuleSetsTest {
    /** A Java rule set: stricter prevalence, the default's other rules. */
    public static final class Regional implements RuleSetProvider {
        @Override
        public String name() {
            return "regional";
        }

        @Override
        public RuleSet ruleSet() {
            return new RuleSet("regional", new ThresholdPrevalence(0.9, 0.2, 0.05, 50),
                    RuleSet.DEFAULT.impact(), RuleSet.DEFAULT.priority(), RuleSet.DEFAULT.deadline());
        }
    }

    /** A rule set whose matrix lowers priority when prevalence rises. */
    public static final class Inverted implements RuleSetProvider {
        @Override
        public String name() {
            return "inverted";
        }

        @Override
        public RuleSet ruleSet() {
            Map<Level, Map<Level, Level>> m = new EnumMap<>(Level.class);
            ((MatrixPriority) RuleSet.DEFAULT.priority()).matrix().forEach((p, row) -> m.put(p, new EnumMap<>(row)));
            m.get(Level.HIGH).put(Level.LOW, Level.LOW);
            m.get(Level.MEDIUM).put(Level.LOW, Level.MEDIUM);
            return new RuleSet("inverted", RuleSet.DEFAULT.prevalence(), RuleSet.DEFAULT.impact(),
                    new MatrixPriority(m, RuleSet.DEFAULT.priority().mandatorySources()), RuleSet.DEFAULT.deadline());
        }
    }

    /** A provider whose rule set carries another name. */
    public static final class Misnamed implements RuleSetProvider {
        @Override
        public String name() {
            return "misnamed";
        }

        @Override
        public RuleSet ruleSet() {
            return RuleSet.DEFAULT.withName("other");
        }
    }

    private static final ClassLoader LOADER = RuleSetsTest.class.getClassLoader();

    @Test
    void defaultIsBuiltIn() {
        assertThat(RuleSets.load("default", LOADER)).isSameAs(RuleSet.DEFAULT);
        assertThat(RuleSets.load("default", new URLClassLoader(new URL[0], null))).isSameAs(RuleSet.DEFAULT);
    }

    @Test
    void providersAreFoundThroughTheGivenClassLoaderOnly() {
        RuleSet regional = RuleSets.load("regional", LOADER);
        assertThat(regional.name()).isEqualTo("regional");
        assertThat(regional.prevalence().z()).isCloseTo(1.6448536269514722, org.assertj.core.api.Assertions.within(1e-15));
        assertThat(RuleSets.available(LOADER)).containsExactly("default", "regional", "inverted", "misnamed");
        // a loader that cannot see the providers knows only the default
        assertThatThrownBy(() -> RuleSets.load("regional", new URLClassLoader(new URL[0], null)))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("no rule set named \"regional\" (available: default)");
    }

    @Test
    void providedRuleSetsAreChecked() {
        assertThatThrownBy(() -> RuleSets.load("inverted", LOADER)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("rule set \"inverted\" is not valid: priority drops from MEDIUM at prevalence MEDIUM, impact LOW to LOW at "
                        + "prevalence HIGH, impact LOW");
        assertThatThrownBy(() -> RuleSets.load("misnamed", LOADER)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("its rule set is named \"other\"");
        assertThatThrownBy(() -> RuleSets.load("nope", LOADER)).hasMessage(
                "no rule set named \"nope\" (available: default, regional, inverted, misnamed)");
    }
}
