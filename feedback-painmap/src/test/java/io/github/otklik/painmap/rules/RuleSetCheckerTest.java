package io.github.otklik.painmap.rules;

import io.github.otklik.painmap.Level;
import io.github.otklik.painmap.evidence.Source;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

class RuleSetCheckerTest {
    private static Map<Level, Map<Level, Level>> defaultMatrix() {
        Map<Level, Map<Level, Level>> m = new EnumMap<>(Level.class);
        ((MatrixPriority) RuleSet.DEFAULT.priority()).matrix().forEach((p, row) -> m.put(p, new EnumMap<>(row)));
        return m;
    }

    private static RuleSet withMatrix(Map<Level, Map<Level, Level>> matrix) {
        return new RuleSet("test", RuleSet.DEFAULT.prevalence(), RuleSet.DEFAULT.impact(),
                new MatrixPriority(matrix, Set.of(Source.LEGAL_DEADLINE)), RuleSet.DEFAULT.deadline());
    }

    @Test
    void theDefaultRuleSetIsTotalAndMonotone() {
        assertThat(RuleSetChecker.check(RuleSet.DEFAULT)).isEmpty();
        assertThat(RuleSetChecker.requireValid(RuleSet.DEFAULT)).isSameAs(RuleSet.DEFAULT);
    }

    @Test
    void aMissingCellIsNamed() {
        Map<Level, Map<Level, Level>> m = defaultMatrix();
        m.get(Level.MEDIUM).remove(Level.LOW);
        assertThat(RuleSetChecker.check(withMatrix(m))).containsExactly("matrix[MEDIUM][LOW] is missing");
    }

    @Test
    void aMissingRowNamesEachCell() {
        Map<Level, Map<Level, Level>> m = defaultMatrix();
        m.remove(Level.LOW);
        assertThat(RuleSetChecker.check(withMatrix(m))).containsExactly(
                "matrix[LOW][HIGH] is missing", "matrix[LOW][MEDIUM] is missing", "matrix[LOW][LOW] is missing");
    }

    @Test
    void aMissingDeadlineIsNamed() {
        RuleSet rules = new RuleSet("test", RuleSet.DEFAULT.prevalence(), RuleSet.DEFAULT.impact(), RuleSet.DEFAULT.priority(),
                new PeriodDeadlines(Map.of(Level.HIGH, java.time.Period.ofDays(30))));
        assertThat(RuleSetChecker.check(rules)).containsExactly("deadline[MEDIUM] is missing", "deadline[LOW] is missing");
    }

    @Test
    void anInvertedCellIsNamedWithBothNeighbours() {
        Map<Level, Map<Level, Level>> m = defaultMatrix();
        m.get(Level.HIGH).put(Level.HIGH, Level.MEDIUM); // below matrix[MEDIUM][HIGH] = HIGH and matrix[HIGH][MEDIUM] = HIGH
        assertThat(RuleSetChecker.check(withMatrix(m))).containsExactly(
                "priority drops from HIGH at prevalence MEDIUM, impact HIGH to MEDIUM at prevalence HIGH, impact HIGH",
                "priority drops from HIGH at prevalence HIGH, impact MEDIUM to MEDIUM at prevalence HIGH, impact HIGH");
        assertThatThrownBy(() -> RuleSetChecker.requireValid(withMatrix(m))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("rule set \"test\" is not valid: priority drops from HIGH");
    }

    /** The neighbour check agrees with the definition over every pair of ordered cells, for any matrix. */
    @Test
    void neighbourChecksFindExactlyTheNonMonotoneMatrices() {
        qt().withExamples(2000).forAll(lists().of(integers().between(0, 3)).ofSize(9)).checkAssert(cells -> {
            Map<Level, Map<Level, Level>> m = new HashMap<>();
            Level[] levels = Level.values();
            for (int k = 0; k < 9; k++) {
                if (cells.get(k) < 3) { // 3 = missing
                    m.computeIfAbsent(levels[k / 3], x -> new HashMap<>()).put(levels[k % 3], levels[cells.get(k)]);
                }
            }
            boolean total = cells.stream().allMatch(c -> c < 3);
            boolean monotone = true;
            for (int a = 0; a < 9; a++) {
                for (int b = 0; b < 9; b++) {
                    boolean ordered = a / 3 <= b / 3 && a % 3 <= b % 3;
                    if (ordered && cells.get(a) < 3 && cells.get(b) < 3 && cells.get(b) < cells.get(a)) {
                        monotone = false;
                    }
                }
            }
            List<String> problems = new ArrayList<>(RuleSetChecker.check(withMatrix(m)));
            if (total) {
                assertThat(problems.isEmpty()).isEqualTo(monotone);
            } else {
                assertThat(problems).anyMatch(p -> p.endsWith("is missing"));
            }
        });
    }
}
