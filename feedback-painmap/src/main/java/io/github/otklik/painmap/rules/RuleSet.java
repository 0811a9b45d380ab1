package io.github.otklik.painmap.rules;

import io.github.otklik.painmap.Level;
import io.github.otklik.painmap.evidence.Source;

import java.time.Period;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A named set of the four pain-map rules (набор правил): prevalence, impact, priority and
 * deadline. {@link #DEFAULT} is the rule set {@code default} of {@code spec/painmap.md}. A rule set
 * is usable only when {@link RuleSetChecker} finds it total and monotone; {@code PainMapBuilder}
 * refuses any other. Immutable when its rules are.
 *
 * @param name the name written into the map's {@code rules} field
 * @param prevalence the prevalence rule
 * @param impact the impact rule
 * @param priority the priority rule
 * @param deadline the deadline policy
 */
public record RuleSet(String name, PrevalenceRule prevalence, ImpactRule impact, PriorityRule priority, DeadlinePolicy deadline) {
    /**
     * The rule set {@code default}: confidence 0.95, HIGH from L ≥ 0.25, MEDIUM from L ≥ 0.10,
     * low evidence below n = 30; impact LEGAL_DEADLINE and PROCESS_NEGATIVE HIGH, APPEALS,
     * SURVEY_PROBLEM, TEXT and MANUAL MEDIUM, complaint share 0.5 → HIGH, aspect mean ≤ 2.5 → HIGH,
     * ≤ 3.5 → MEDIUM, raise at 10,000 affected, lower below 100; the spec's matrix with
     * LEGAL_DEADLINE mandatory; deadlines P90D, P180D, P365D.
     */
    public static final RuleSet DEFAULT = new RuleSet("default",
            new ThresholdPrevalence(0.95, 0.25, 0.10, 30),
            new SourceImpact(Map.of(Source.LEGAL_DEADLINE, Level.HIGH, Source.PROCESS_NEGATIVE, Level.HIGH,
                    Source.APPEALS, Level.MEDIUM, Source.SURVEY_PROBLEM, Level.MEDIUM, Source.TEXT, Level.MEDIUM,
                    Source.MANUAL, Level.MEDIUM),
                    0.5, 2.5, 3.5, Optional.of(new VolumeAdjustment(10000, 100))),
            new MatrixPriority(Map.of(
                    Level.HIGH, Map.of(Level.HIGH, Level.HIGH, Level.MEDIUM, Level.HIGH, Level.LOW, Level.MEDIUM),
                    Level.MEDIUM, Map.of(Level.HIGH, Level.HIGH, Level.MEDIUM, Level.MEDIUM, Level.LOW, Level.LOW),
                    Level.LOW, Map.of(Level.HIGH, Level.MEDIUM, Level.MEDIUM, Level.LOW, Level.LOW, Level.LOW)),
                    Set.of(Source.LEGAL_DEADLINE)),
            new PeriodDeadlines(Map.of(Level.HIGH, Period.ofDays(90), Level.MEDIUM, Period.ofDays(180), Level.LOW, Period.ofDays(365))));

    /** Checks non-null parts and a non-empty name. */
    public RuleSet {
        Objects.requireNonNull(name, "name");
        if (name.isEmpty()) {
            throw new IllegalArgumentException("a rule set needs a name");
        }
        Objects.requireNonNull(prevalence, "prevalence");
        Objects.requireNonNull(impact, "impact");
        Objects.requireNonNull(priority, "priority");
        Objects.requireNonNull(deadline, "deadline");
    }

    /** This rule set under another name. */
    public RuleSet withName(String newName) {
        return newName.equals(name) ? this : new RuleSet(newName, prevalence, impact, priority, deadline);
    }
}
