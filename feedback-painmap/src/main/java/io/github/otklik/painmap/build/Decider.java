package io.github.otklik.painmap.build;

import io.github.otklik.painmap.Level;
import io.github.otklik.painmap.PainPoint;
import io.github.otklik.painmap.evidence.Evidence;
import io.github.otklik.painmap.evidence.Proportion;
import io.github.otklik.painmap.evidence.Source;
import io.github.otklik.painmap.rules.ImpactRule;
import io.github.otklik.painmap.rules.PrevalenceRule;
import io.github.otklik.painmap.rules.PriorityRule;
import io.github.otklik.painmap.rules.RuleSet;
import io.github.otklik.painmap.rules.VolumeAdjustment;

import java.time.LocalDate;
import java.time.Period;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;

/**
 * Decides every figure of a pain point under one rule set at one date: the only implementation of
 * prevalence, impact, priority, deadline, responsible unit and measures. {@link #decide} applies
 * the steps below to a candidate; {@link Decision} keeps what decided and, to explain itself,
 * calls the same steps again rather than a copy of them.
 * <ul>
 *   <li><b>Prevalence</b>: L = the largest Wilson lower bound of the measured evidence; the rule's
 *       level of L ({@link #prevalence}), LOW when nothing was measured; a manual prevalence
 *       overrides it. Low evidence: the largest n is below {@code minEvidence}, or nothing was
 *       measured ({@link #lowEvidence}).</li>
 *   <li><b>Impact</b>: the contribution of the first evidence with the highest one ({@link
 *       #contribution}), LOW when none contributes ({@link #base}); one level up or down by affected = L × annualVolume when the
 *       rule has a volume adjustment and the registry the volume ({@link #steps}, {@link
 *       #adjust}); a manual impact overrides the result.</li>
 *   <li><b>Priority</b> = {@code matrix[prevalence][impact]} ({@link #cell}), HIGH when any
 *       evidence comes from a mandatory source ({@link #priority}).</li>
 *   <li><b>Deadline</b> = the map's date + the period of the priority ({@link #deadline}).</li>
 *   <li><b>Responsible</b> = the registry's owner, else the manual entry's, else {@code
 *       UNASSIGNED}. <b>Measures</b> = the manual entry's, then the catalogue's, without repeats
 *       ({@link #measures}).</li>
 * </ul>
 * The rule set is resolved once (matrix cells, mandatory sources, deadlines), so deciding a point
 * looks nothing up by name. Immutable and thread-safe; two deciders are equal when they decide by
 * equal rule sets at the same date.
 */
final class Decider {
    private final RuleSet rules;
    private final LocalDate asOf;
    private final PrevalenceRule prevalenceRule;
    private final long minEvidence;
    private final ImpactRule impactRule;
    /** The impact rule's volume adjustment, or null. */
    private final VolumeAdjustment volume;
    /** Priority at prevalence ordinal × 3 + impact ordinal. */
    private final Level[] matrix = new Level[9];
    /** Whether each source (by ordinal) is mandatory. */
    private final boolean[] mandatory = new boolean[Source.values().length];
    /** Period and deadline by priority ordinal. */
    private final Period[] periods = new Period[3];
    private final LocalDate[] deadlines = new LocalDate[3];

    /**
     * A decider by {@code rules}, which must be total (every matrix cell and deadline decided), at {@code asOf}.
     *
     * @throws java.util.NoSuchElementException when the rule set is not total
     */
    Decider(RuleSet rules, LocalDate asOf) {
        this.rules = Objects.requireNonNull(rules, "rules");
        this.asOf = Objects.requireNonNull(asOf, "asOf");
        this.prevalenceRule = rules.prevalence();
        this.minEvidence = prevalenceRule.minEvidence();
        this.impactRule = rules.impact();
        this.volume = impactRule.volume().orElse(null);
        PriorityRule priority = rules.priority();
        for (Level p : Level.values()) {
            for (Level i : Level.values()) {
                matrix[p.ordinal() * 3 + i.ordinal()] = priority.cell(p, i).orElseThrow();
            }
        }
        for (Source s : priority.mandatorySources()) {
            mandatory[s.ordinal()] = true;
        }
        for (Level p : Level.values()) {
            periods[p.ordinal()] = rules.deadline().deadline(p).orElseThrow();
            deadlines[p.ordinal()] = asOf.plus(periods[p.ordinal()]);
        }
    }

    RuleSet rules() {
        return rules;
    }

    LocalDate asOf() {
        return asOf;
    }

    PrevalenceRule prevalenceRule() {
        return prevalenceRule;
    }

    ImpactRule impactRule() {
        return impactRule;
    }

    /** The volume adjustment, or null. */
    VolumeAdjustment volume() {
        return volume;
    }

    /**
     * Decides the point of {@code evidence} in {@code process}.
     *
     * @param evidence the point's evidence, by source order
     * @param manual the analyst's entry, or null
     * @param annualVolume the registry's annual volume, or -1
     * @param owner the registry's owner, or null
     */
    Decision decide(String process, List<Evidence> evidence, ManualEntry manual, long annualVolume, String owner) {
        double lowerBound = 0;
        Evidence decidingPrevalence = null;
        long largestN = -1;
        Evidence decidingImpact = null;
        Level highest = null;
        Source forcing = null;
        for (int i = 0, size = evidence.size(); i < size; i++) {
            Evidence e = evidence.get(i);
            Proportion p = measured(e);
            if (p != null) {
                if (decidingPrevalence == null || p.lowerBound() > lowerBound) {
                    lowerBound = p.lowerBound();
                    decidingPrevalence = e;
                }
                largestN = Math.max(largestN, p.n());
            }
            Level contribution = impactRule.contribution(e).orElse(null);
            if (contribution != null && (highest == null || contribution.compareTo(highest) > 0)) {
                highest = contribution;
                decidingImpact = e;
            }
            if (forcing == null && mandatory[e.source().ordinal()]) {
                forcing = e.source();
            }
        }
        Level manualPrevalence = manual == null ? null : manual.prevalence().orElse(null);
        Level prevalence = manualPrevalence != null ? manualPrevalence : prevalence(decidingPrevalence, lowerBound);
        Level manualImpact = manual == null ? null : manual.impact().orElse(null);
        Level impact = manualImpact != null ? manualImpact : adjust(base(highest), steps(lowerBound, annualVolume));
        Level priority = priority(cell(prevalence, impact), forcing);
        Decision.Basis basis = owner != null ? Decision.Basis.REGISTRY
                : manual != null && manual.responsible().isPresent() ? Decision.Basis.MANUAL : Decision.Basis.NONE;
        String responsible = switch (basis) {
            case REGISTRY -> owner;
            case MANUAL -> manual.responsible().get();
            case NONE -> PainPoint.UNASSIGNED;
        };
        return new Decision(this, process, lowerBound, decidingPrevalence, manualPrevalence, prevalence, lowEvidence(largestN), largestN,
                decidingImpact, annualVolume, manualImpact, impact, forcing, priority, basis, responsible);
    }

    // ------------------------------------------------------------------------------ the steps

    /** The prevalence the evidence gives: the rule's level of L, LOW when nothing was measured ({@code deciding} null). */
    Level prevalence(Evidence deciding, double lowerBound) {
        return deciding == null ? Level.LOW : prevalenceRule.level(lowerBound);
    }

    /** Whether a point whose largest n is {@code largestN} (-1: nothing measured) has low evidence. */
    boolean lowEvidence(long largestN) {
        return largestN < 0 || largestN < minEvidence;
    }

    /** What {@code deciding}, the first evidence with the highest contribution, contributes; null when nothing contributes ({@code deciding} null). */
    Level contribution(Evidence deciding) {
        return deciding == null ? null : impactRule.contribution(deciding).orElseThrow();
    }

    /** The impact before the volume step: the highest contribution, LOW when nothing contributes ({@code highest} null). */
    static Level base(Level highest) {
        return highest == null ? Level.LOW : highest;
    }

    /** The volume adjustment's steps (+1, 0, −1) for L and the annual volume (-1: unknown); 0 without an adjustment or a volume. */
    int steps(double lowerBound, long annualVolume) {
        return volume != null && annualVolume >= 0 ? volume.steps(lowerBound * annualVolume) : 0;
    }

    /** {@code base} moved by {@code steps}, stopping at HIGH and LOW. */
    static Level adjust(Level base, int steps) {
        return steps > 0 ? base.raised() : steps < 0 ? base.lowered() : base;
    }

    /** {@code matrix[prevalence][impact]}. */
    Level cell(Level prevalence, Level impact) {
        return matrix[prevalence.ordinal() * 3 + impact.ordinal()];
    }

    /** HIGH when {@code mandatorySource} is not null, else the cell. */
    static Level priority(Level cell, Source mandatorySource) {
        return mandatorySource != null ? Level.HIGH : cell;
    }

    /** The time the deadline policy allows for {@code priority}. */
    Period period(Level priority) {
        return periods[priority.ordinal()];
    }

    /** The deadline of a point of {@code priority}: the map's date plus its period. */
    LocalDate deadline(Level priority) {
        return deadlines[priority.ordinal()];
    }

    /** The measures of a point: {@code manual}'s, then {@code catalogue}'s, without repeats. */
    static List<String> measures(List<String> manual, List<String> catalogue) {
        LinkedHashSet<String> measures = new LinkedHashSet<>(manual);
        measures.addAll(catalogue);
        return List.copyOf(measures);
    }

    /** The measured proportion of {@code e}, or null (a manual entry without evidence). */
    private static Proportion measured(Evidence e) {
        if (e instanceof Evidence.SurveyProblem s) {
            return s.measured();
        } else if (e instanceof Evidence.SurveyAspect s) {
            return s.measured();
        } else if (e instanceof Evidence.Appeals a) {
            return a.measured();
        } else if (e instanceof Evidence.ProcessNegative p) {
            return p.measured();
        } else if (e instanceof Evidence.LegalDeadline d) {
            return d.measured();
        }
        return e.proportion().orElse(null);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Decider d && rules.equals(d.rules) && asOf.equals(d.asOf);
    }

    @Override
    public int hashCode() {
        return 31 * rules.hashCode() + asOf.hashCode();
    }

    @Override
    public String toString() {
        return "Decider[" + rules.name() + ", " + asOf + "]";
    }
}
