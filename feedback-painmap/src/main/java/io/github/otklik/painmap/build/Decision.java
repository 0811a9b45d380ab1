package io.github.otklik.painmap.build;

import io.github.otklik.core.text.Language;
import io.github.otklik.painmap.Explanation;
import io.github.otklik.painmap.ExplanationWording;
import io.github.otklik.painmap.Level;
import io.github.otklik.painmap.evidence.Evidence;
import io.github.otklik.painmap.evidence.Proportion;
import io.github.otklik.painmap.evidence.Source;
import io.github.otklik.painmap.rules.PrevalenceRule;
import io.github.otklik.painmap.rules.VolumeAdjustment;

import java.time.Period;
import java.util.List;

/**
 * The explainable record of the decisions on one pain point (обоснование): the evidence that
 * decided, the analyst's overrides, the registry's volume and the levels {@link Decider#decide}
 * reached. What follows from them (the prevalence the evidence gives, the impact contribution, the
 * volume step, the matrix cell, the deadline) is not stored: the explanation asks the same {@link
 * Decider} steps that decided, so there is one implementation of every rule, and building a large
 * map allocates one small object per point and formats nothing. The words are {@link
 * ExplanationWording}'s. Nullable components are marked; a value record, so points compare by
 * value.
 *
 * @param decider what decided every point of the map: the rule set and the map's date
 * @param process the process id
 * @param lowerBound L, the largest lower bound (0 when nothing was measured)
 * @param decidingPrevalence the evidence with the largest lower bound, or null when nothing was measured
 * @param manualPrevalence the analyst's prevalence, or null
 * @param prevalence the point's prevalence
 * @param lowEvidence whether the largest n is below {@code minEvidence} (or nothing was measured)
 * @param largestN the largest n, or -1 when nothing was measured
 * @param decidingImpact the first evidence contributing the highest level, or null when none contributes
 * @param annualVolume the registry's annual volume, or -1
 * @param manualImpact the analyst's impact, or null
 * @param impact the point's impact
 * @param mandatory the mandatory source that forced HIGH, or null
 * @param priority the point's priority
 * @param basis where the responsible unit came from
 * @param responsible the responsible unit
 */
record Decision(Decider decider, String process, double lowerBound, Evidence decidingPrevalence, Level manualPrevalence,
        Level prevalence, boolean lowEvidence, long largestN, Evidence decidingImpact, long annualVolume, Level manualImpact,
        Level impact, Source mandatory, Level priority, Basis basis, String responsible) implements Explanation {

    /** Where the responsible unit came from. */
    enum Basis { REGISTRY, MANUAL, NONE }

    @Override
    public List<String> lines(Language lang) {
        ExplanationWording words = ExplanationWording.of(lang);
        return List.of(prevalenceLine(words), impactLine(words), priorityLine(words), deadlineLine(words), responsibleLine(words));
    }

    private String prevalenceLine(ExplanationWording words) {
        PrevalenceRule rule = decider.prevalenceRule();
        Level computed = decider.prevalence(decidingPrevalence, lowerBound);
        StringBuilder b = new StringBuilder(words.prevalence(prevalence));
        if (manualPrevalence != null) {
            b.append(words.prevalenceSetByAnalyst(computed));
        }
        if (decidingPrevalence == null) {
            b.append(words.noMeasuredEvidence());
        } else {
            Proportion p = decidingPrevalence.proportion().orElseThrow();
            boolean below = computed == Level.LOW;
            b.append(words.lowerBound(lowerBound, below, rule.threshold(below ? Level.MEDIUM : computed), p.x(), p.n(),
                    decidingPrevalence.source()));
        }
        if (manualPrevalence != null) {
            b.append(')');
        }
        if (lowEvidence) {
            b.append(largestN < 0 ? words.lowEvidenceNothingMeasured() : words.lowEvidence(largestN, rule.minEvidence()));
        }
        return b.toString();
    }

    private String impactLine(ExplanationWording words) {
        VolumeAdjustment volume = decider.volume();
        Level base = Decider.base(decider.contribution(decidingImpact));
        int steps = decider.steps(lowerBound, annualVolume);
        Level adjusted = Decider.adjust(base, steps);
        StringBuilder b = new StringBuilder(words.impact(impact));
        if (manualImpact != null) {
            b.append(words.impactSetByAnalyst(adjusted));
        }
        b.append(decidingImpact == null ? words.noSourceDecidesImpact() : decider.impactRule().describe(decidingImpact, words.language()));
        if (volume != null && annualVolume >= 0) {
            b.append(words.affected(lowerBound, annualVolume, lowerBound * annualVolume));
            if (steps > 0) {
                b.append(words.raised(volume.raiseAt(), base, adjusted));
            } else if (steps < 0) {
                b.append(words.lowered(volume.lowerBelow(), base, adjusted));
            } else {
                b.append(words.noAdjustment());
            }
        }
        if (manualImpact != null) {
            b.append(')');
        }
        return b.toString();
    }

    private String priorityLine(ExplanationWording words) {
        String matrixCell = words.matrixCell(prevalence, impact);
        return words.priority(priority)
                + (mandatory != null ? words.mandatorySource(mandatory, matrixCell, decider.cell(prevalence, impact)) : matrixCell);
    }

    private String deadlineLine(ExplanationWording words) {
        Period period = decider.period(priority);
        return words.deadline(decider.deadline(priority), decider.asOf(), period, priority);
    }

    private String responsibleLine(ExplanationWording words) {
        return words.responsible(responsible) + switch (basis) {
            case REGISTRY -> words.ownerInRegistry(process);
            case MANUAL -> words.namedByManualEntry();
            case NONE -> words.noOwner();
        };
    }
}
