package io.github.otklik.painmap.build;

import io.github.otklik.core.validation.Identifiers;
import io.github.otklik.painmap.Kind;
import io.github.otklik.painmap.Level;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An analyst's entry in the pain map (focus group, interview, media, free text), as the manual
 * entries file of {@code spec/painmap.md} gives it: {@code {"process", "problem", "title", "kind",
 * "prevalence"?, "impact"?, "measures"?, "responsible"?, "evidence"?: {"x", "n"}}}. Immutable.
 *
 * @param process process id
 * @param problem problem code; an entry with the code of measured evidence in the same process
 *        joins that pain point
 * @param title what the problem or need is, in words
 * @param kind problem or need
 * @param prevalence a prevalence that overrides the one the evidence gives
 * @param impact an impact that overrides the one the rules give
 * @param measures measures, listed before the catalogue's
 * @param responsible the responsible unit, used when the registry names no owner
 * @param evidence the proportion the analyst measured, x of n
 */
public record ManualEntry(String process, String problem, String title, Kind kind, Optional<Level> prevalence,
        Optional<Level> impact, List<String> measures, Optional<String> responsible, Optional<Counts> evidence) {

    /**
     * x of n clients.
     *
     * @param x clients with the problem, 0 ≤ x ≤ n
     * @param n clients asked or observed, ≥ 1
     */
    public record Counts(long x, long n) {
        /** @throws IllegalArgumentException unless 0 ≤ x ≤ n and n ≥ 1 */
        public Counts {
            if (n < 1 || x < 0 || x > n) {
                throw new IllegalArgumentException("evidence needs 0 ≤ x ≤ n and n ≥ 1, was " + x + " of " + n);
            }
        }
    }

    /**
     * Checks the parts.
     *
     * @throws IllegalArgumentException when the process id or the problem code is malformed
     */
    public ManualEntry {
        Identifiers.requireIdentifier(process, "process id");
        Identifiers.requireCode(problem, "problem code");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(prevalence, "prevalence");
        Objects.requireNonNull(impact, "impact");
        measures = List.copyOf(measures);
        Objects.requireNonNull(responsible, "responsible");
        Objects.requireNonNull(evidence, "evidence");
    }

    /** An entry with only the required fields. */
    public static ManualEntry of(String process, String problem, String title, Kind kind) {
        return new ManualEntry(process, problem, title, kind, Optional.empty(), Optional.empty(), List.of(), Optional.empty(),
                Optional.empty());
    }

    /** This entry with a prevalence override. */
    public ManualEntry withPrevalence(Level level) {
        return new ManualEntry(process, problem, title, kind, Optional.of(level), impact, measures, responsible, evidence);
    }

    /** This entry with an impact override. */
    public ManualEntry withImpact(Level level) {
        return new ManualEntry(process, problem, title, kind, prevalence, Optional.of(level), measures, responsible, evidence);
    }

    /** This entry with {@code newMeasures}. */
    public ManualEntry withMeasures(List<String> newMeasures) {
        return new ManualEntry(process, problem, title, kind, prevalence, impact, newMeasures, responsible, evidence);
    }

    /** This entry with a responsible unit. */
    public ManualEntry withResponsible(String unit) {
        return new ManualEntry(process, problem, title, kind, prevalence, impact, measures, Optional.of(unit), evidence);
    }

    /** This entry with the proportion x of n it measured. */
    public ManualEntry withEvidence(long x, long n) {
        return new ManualEntry(process, problem, title, kind, prevalence, impact, measures, responsible, Optional.of(new Counts(x, n)));
    }
}
