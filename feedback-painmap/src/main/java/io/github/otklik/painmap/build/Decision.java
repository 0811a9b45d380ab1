package io.github.otklik.painmap.build;

import io.github.otklik.painmap.Explanation;
import io.github.otklik.core.text.Language;
import io.github.otklik.painmap.Level;
import io.github.otklik.painmap.evidence.Evidence;
import io.github.otklik.painmap.evidence.Proportion;
import io.github.otklik.painmap.evidence.Source;
import io.github.otklik.painmap.rules.ImpactRule;
import io.github.otklik.painmap.rules.PrevalenceRule;
import io.github.otklik.painmap.rules.RuleSet;
import io.github.otklik.painmap.rules.VolumeAdjustment;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;

/**
 * The inputs of every decision on one pain point, rendered into explanation lines only when asked:
 * the evidence that decided, the analyst's overrides, the registry's volume and the levels; what
 * follows from them by the rule set (the prevalence the evidence gives, the impact contribution,
 * the volume step, the matrix cell, the deadline) is derived again when rendering, so building a
 * large map allocates one small object per point and formats nothing. Nullable components are
 * marked; a value record, so points compare by value.
 *
 * @param frame what every decision of the map shares: the rule set and the map's date
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
record Decision(Frame frame, String process, double lowerBound, Evidence decidingPrevalence, Level manualPrevalence, Level prevalence,
        boolean lowEvidence, long largestN, Evidence decidingImpact, long annualVolume, Level manualImpact, Level impact,
        Source mandatory, Level priority, Basis basis, String responsible) implements Explanation {

    /**
     * What every decision of one map shares.
     *
     * @param rules the rule set that decided
     * @param asOf the map's date; deadlines count from it
     */
    record Frame(RuleSet rules, LocalDate asOf) {
    }

    /** Where the responsible unit came from. */
    enum Basis { REGISTRY, MANUAL, NONE }

    @Override
    public List<String> lines(Language lang) {
        return List.of(prevalenceLine(lang), impactLine(lang), priorityLine(lang), deadlineLine(lang), responsibleLine(lang));
    }

    /** The prevalence the evidence gives: the rule's level of L, LOW when nothing was measured. */
    Level computed() {
        return decidingPrevalence == null ? Level.LOW : frame.rules().prevalence().level(lowerBound);
    }

    /** The highest contribution of the evidence (that of {@code decidingImpact}), LOW when none contributes. */
    Level base() {
        return decidingImpact == null ? Level.LOW : frame.rules().impact().contribution(decidingImpact).orElseThrow();
    }

    /** The rule's volume adjustment, or null. */
    private VolumeAdjustment volume() {
        return frame.rules().impact().volume().orElse(null);
    }

    /** The volume adjustment's steps (+1, 0, −1); 0 without an adjustment or an annual volume. */
    int steps() {
        VolumeAdjustment volume = volume();
        return volume != null && annualVolume >= 0 ? volume.steps(lowerBound * annualVolume) : 0;
    }

    /** The impact after the volume adjustment, before the analyst's. */
    Level adjusted() {
        int steps = steps();
        Level base = base();
        return steps > 0 ? base.raised() : steps < 0 ? base.lowered() : base;
    }

    /** {@code matrix[prevalence][impact]}. */
    Level cell() {
        return frame.rules().priority().cell(prevalence, impact).orElseThrow();
    }

    /** The time the deadline policy allows for the priority. */
    Period period() {
        return frame.rules().deadline().deadline(priority).orElseThrow();
    }

    /** The deadline: the map's date plus the period. */
    LocalDate deadline() {
        return frame.asOf().plus(period());
    }

    private static String level(Level level, Language lang) {
        return lang == Language.EN ? level.name() : level.word(lang);
    }

    private String prevalenceLine(Language lang) {
        PrevalenceRule rule = frame.rules().prevalence();
        Level computed = computed();
        boolean en = lang == Language.EN;
        StringBuilder b = new StringBuilder(en ? "prevalence " : "распространённость ").append(level(prevalence, lang)).append(": ");
        if (manualPrevalence != null) {
            b.append(en ? "set by the analyst (the evidence gives " : "задана аналитиком (по сведениям — ")
                    .append(level(computed, lang)).append(": ");
        }
        if (decidingPrevalence == null) {
            b.append(en ? "no measured evidence, lower bound 0" : "нет измеренных сведений, нижняя граница 0");
        } else {
            Proportion p = decidingPrevalence.proportion().orElseThrow();
            double threshold = computed == Level.LOW ? rule.threshold(Level.MEDIUM) : rule.threshold(computed);
            b.append(en ? "lower bound " : "нижняя граница ").append(lang.fixed(lowerBound, 3))
                    .append(computed == Level.LOW ? " < " : " ≥ ").append(lang.plain(threshold))
                    .append(" (").append(p.x()).append(en ? " of " : " из ").append(p.n()).append(", ")
                    .append(decidingPrevalence.source().name()).append(')');
        }
        if (manualPrevalence != null) {
            b.append(')');
        }
        if (lowEvidence) {
            if (largestN < 0) {
                b.append(en ? "; low evidence: nothing measured" : "; мало сведений: ничего не измерено");
            } else {
                b.append(en ? "; low evidence: largest n " : "; мало сведений: наибольшее n ").append(largestN)
                        .append(" < ").append(rule.minEvidence());
            }
        }
        return b.toString();
    }

    private String impactLine(Language lang) {
        ImpactRule rule = frame.rules().impact();
        VolumeAdjustment volume = volume();
        Level base = base();
        int steps = steps();
        Level adjusted = adjusted();
        boolean en = lang == Language.EN;
        StringBuilder b = new StringBuilder(en ? "impact " : "влияние ").append(en ? impact.name() : impact.neuterWord(lang)).append(": ");
        if (manualImpact != null) {
            b.append(en ? "set by the analyst (the rules give " : "задано аналитиком (по правилам — ")
                    .append(en ? adjusted.name() : adjusted.neuterWord(lang)).append(": ");
        }
        if (decidingImpact == null) {
            b.append(en ? "no evidence source decides impact, LOW" : "ни один источник не определяет влияние, LOW");
        } else {
            b.append(rule.describe(decidingImpact, lang));
        }
        if (volume != null && annualVolume >= 0) {
            double affected = lowerBound * annualVolume;
            b.append(en ? "; volume: affected " : "; объём: затронуто ").append(lang.fixed(lowerBound, 3)).append(" × ")
                    .append(annualVolume).append(" = ").append(lang.fixed(affected, 1));
            if (steps > 0) {
                b.append(" ≥ ").append(lang.plain(volume.raiseAt())).append(" → ");
                b.append(base == Level.HIGH ? (en ? "stays HIGH" : "остаётся HIGH")
                        : (en ? "raised to " : "повышено до ") + adjusted.name());
            } else if (steps < 0) {
                b.append(" < ").append(lang.plain(volume.lowerBelow())).append(" → ");
                b.append(base == Level.LOW ? (en ? "stays LOW" : "остаётся LOW")
                        : (en ? "lowered to " : "понижено до ") + adjusted.name());
            } else {
                b.append(en ? ", no adjustment" : ", без изменений");
            }
        }
        if (manualImpact != null) {
            b.append(')');
        }
        return b.toString();
    }

    private String priorityLine(Language lang) {
        boolean en = lang == Language.EN;
        StringBuilder b = new StringBuilder(en ? "priority " : "приоритетность ").append(level(priority, lang)).append(": ");
        String matrixCell = en ? "matrix[prevalence " + prevalence + "][impact " + impact + "]"
                : "матрица[распространённость " + prevalence + "][влияние " + impact + "]";
        if (mandatory != null) {
            b.append(en ? "mandatory source " : "обязательный источник ").append(mandatory.name())
                    .append(" (").append(matrixCell).append(" = ").append(cell()).append(')');
        } else {
            b.append(matrixCell);
        }
        return b.toString();
    }

    private String deadlineLine(Language lang) {
        boolean en = lang == Language.EN;
        Period period = period();
        return (en ? "deadline " : "срок реализации ") + frame.asOf().plus(period) + ": " + frame.asOf() + " + " + period
                + (en ? " for priority " : " для приоритетности ") + priority;
    }

    private String responsibleLine(Language lang) {
        boolean en = lang == Language.EN;
        String head = (en ? "responsible " : "ответственный ") + responsible + ": ";
        switch (basis) {
            case REGISTRY:
                return head + (en ? "owner of process " + process + " in the registry" : "владелец процесса " + process + " по реестру");
            case MANUAL:
                return head + (en ? "named by the manual entry (the registry names no owner)"
                        : "указан в ручной записи (в реестре владельца нет)");
            default:
                return head + (en ? "no owner in the registry or the manual entry"
                        : "владелец не указан ни в реестре, ни в ручной записи");
        }
    }
}
