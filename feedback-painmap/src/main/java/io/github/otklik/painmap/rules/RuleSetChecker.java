package io.github.otklik.painmap.rules;

import io.github.otklik.painmap.Level;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Checks that a rule set is <b>total</b> (every {@code matrix[prevalence][impact]} cell and every
 * {@code deadline[priority]} is decided) and <b>monotone</b> (raising prevalence or impact by one
 * level never lowers priority — checked for every one of the 12 neighbouring pairs of the 3×3
 * lattice, which by transitivity covers every pair of cells ordered by both coordinates).
 * Stateless and thread-safe.
 *
 * <p>Problems are listed totality first (matrix cells HIGH to LOW, row by row, then deadlines),
 * then inversions, in words such as {@code matrix[MEDIUM][LOW] is missing} and {@code priority
 * drops from HIGH at prevalence MEDIUM, impact HIGH to MEDIUM at prevalence HIGH, impact HIGH}.
 */
public final class RuleSetChecker {
    private RuleSetChecker() {
    }

    /** Every problem of {@code rules}; empty when it is total and monotone. */
    public static List<String> check(RuleSet rules) {
        List<String> problems = new ArrayList<>();
        PriorityRule priority = rules.priority();
        for (Level p : Level.DESCENDING) {
            for (Level i : Level.DESCENDING) {
                if (priority.cell(p, i).isEmpty()) {
                    problems.add("matrix[" + p + "][" + i + "] is missing");
                }
            }
        }
        for (Level l : Level.DESCENDING) {
            if (rules.deadline().deadline(l).isEmpty()) {
                problems.add("deadline[" + l + "] is missing");
            }
        }
        for (Level p : Level.values()) {
            for (Level i : Level.values()) {
                if (p != Level.HIGH) {
                    inversion(priority, p, i, p.raised(), i, problems);
                }
                if (i != Level.HIGH) {
                    inversion(priority, p, i, p, i.raised(), problems);
                }
            }
        }
        return List.copyOf(problems);
    }

    /**
     * {@code rules} itself when it is total and monotone.
     *
     * @throws IllegalArgumentException naming every problem, when it is not
     */
    public static RuleSet requireValid(RuleSet rules) {
        List<String> problems = check(rules);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("rule set \"" + rules.name() + "\" is not valid: " + String.join("; ", problems));
        }
        return rules;
    }

    private static void inversion(PriorityRule rule, Level p, Level i, Level p2, Level i2, List<String> problems) {
        Optional<Level> before = rule.cell(p, i);
        Optional<Level> after = rule.cell(p2, i2);
        if (before.isPresent() && after.isPresent() && after.get().compareTo(before.get()) < 0) {
            problems.add("priority drops from " + before.get() + " at prevalence " + p + ", impact " + i
                    + " to " + after.get() + " at prevalence " + p2 + ", impact " + i2);
        }
    }
}
