package io.github.otklik.painmap.build;

import io.github.otklik.painmap.Explanation;
import io.github.otklik.painmap.Lang;
import io.github.otklik.painmap.Level;
import io.github.otklik.painmap.evidence.Evidence;
import io.github.otklik.painmap.evidence.Proportion;
import io.github.otklik.painmap.evidence.Source;
import io.github.otklik.painmap.rules.ImpactRule;
import io.github.otklik.painmap.rules.PrevalenceRule;
import io.github.otklik.painmap.rules.VolumeAdjustment;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;

/**
 * The data behind every decision on one pain point, rendered into explanation lines only when
 * asked. Nullable components are marked; a value record, so points compare by value.
 */
record Decision(String process, PrevalenceStep prevalence, ImpactStep impact, PriorityStep priority, DeadlineStep deadline,
        ResponsibleStep responsible) implements Explanation {

    /**
     * @param deciding the evidence with the largest lower bound, or null when nothing was measured
     * @param manual the analyst's override, or null
     * @param largestN the largest n, or -1 when nothing was measured
     */
    record PrevalenceStep(PrevalenceRule rule, double lowerBound, Evidence deciding, Level computed, Level manual, Level level,
            boolean lowEvidence, long largestN) {
    }

    /**
     * @param deciding the first evidence contributing the highest level, or null when none contributes
     * @param annualVolume the registry's annual volume, or -1
     * @param volume the rule's adjustment, or null
     * @param manual the analyst's override, or null
     */
    record ImpactStep(ImpactRule rule, Evidence deciding, Level base, long annualVolume, double lowerBound, VolumeAdjustment volume,
            int steps, Level adjusted, Level manual, Level level) {
    }

    /** @param mandatory the mandatory source that forced HIGH, or null */
    record PriorityStep(Level prevalence, Level impact, Level cell, Source mandatory, Level level) {
    }

    record DeadlineStep(LocalDate asOf, Period period, Level priority, LocalDate date) {
    }

    /** Where the responsible unit came from. */
    enum Basis { REGISTRY, MANUAL, NONE }

    record ResponsibleStep(Basis basis, String unit) {
    }

    @Override
    public List<String> lines(Lang lang) {
        return List.of(prevalenceLine(lang), impactLine(lang), priorityLine(lang), deadlineLine(lang), responsibleLine(lang));
    }

    private static String level(Level level, Lang lang) {
        return lang == Lang.EN ? level.name() : level.word(lang);
    }

    private String prevalenceLine(Lang lang) {
        PrevalenceStep s = prevalence;
        boolean en = lang == Lang.EN;
        StringBuilder b = new StringBuilder(en ? "prevalence " : "распространённость ").append(level(s.level(), lang)).append(": ");
        if (s.manual() != null) {
            b.append(en ? "set by the analyst (the evidence gives " : "задана аналитиком (по сведениям — ")
                    .append(level(s.computed(), lang)).append(": ");
        }
        if (s.deciding() == null) {
            b.append(en ? "no measured evidence, lower bound 0" : "нет измеренных сведений, нижняя граница 0");
        } else {
            Proportion p = s.deciding().proportion().orElseThrow();
            double threshold = s.computed() == Level.LOW ? s.rule().threshold(Level.MEDIUM) : s.rule().threshold(s.computed());
            b.append(en ? "lower bound " : "нижняя граница ").append(lang.fixed(s.lowerBound(), 3))
                    .append(s.computed() == Level.LOW ? " < " : " ≥ ").append(lang.plain(threshold))
                    .append(" (").append(p.x()).append(en ? " of " : " из ").append(p.n()).append(", ")
                    .append(s.deciding().source().name()).append(')');
        }
        if (s.manual() != null) {
            b.append(')');
        }
        if (s.lowEvidence()) {
            if (s.largestN() < 0) {
                b.append(en ? "; low evidence: nothing measured" : "; мало сведений: ничего не измерено");
            } else {
                b.append(en ? "; low evidence: largest n " : "; мало сведений: наибольшее n ").append(s.largestN())
                        .append(" < ").append(s.rule().minEvidence());
            }
        }
        return b.toString();
    }

    private String impactLine(Lang lang) {
        ImpactStep s = impact;
        boolean en = lang == Lang.EN;
        StringBuilder b = new StringBuilder(en ? "impact " : "влияние ").append(en ? s.level().name() : s.level().neuterWord(lang)).append(": ");
        if (s.manual() != null) {
            b.append(en ? "set by the analyst (the rules give " : "задано аналитиком (по правилам — ")
                    .append(en ? s.adjusted().name() : s.adjusted().neuterWord(lang)).append(": ");
        }
        if (s.deciding() == null) {
            b.append(en ? "no evidence source decides impact, LOW" : "ни один источник не определяет влияние, LOW");
        } else {
            b.append(s.rule().describe(s.deciding(), lang));
        }
        if (s.volume() != null && s.annualVolume() >= 0) {
            double affected = s.lowerBound() * s.annualVolume();
            b.append(en ? "; volume: affected " : "; объём: затронуто ").append(lang.fixed(s.lowerBound(), 3)).append(" × ")
                    .append(s.annualVolume()).append(" = ").append(lang.fixed(affected, 1));
            if (s.steps() > 0) {
                b.append(" ≥ ").append(lang.plain(s.volume().raiseAt())).append(" → ");
                b.append(s.base() == Level.HIGH ? (en ? "stays HIGH" : "остаётся HIGH")
                        : (en ? "raised to " : "повышено до ") + s.adjusted().name());
            } else if (s.steps() < 0) {
                b.append(" < ").append(lang.plain(s.volume().lowerBelow())).append(" → ");
                b.append(s.base() == Level.LOW ? (en ? "stays LOW" : "остаётся LOW")
                        : (en ? "lowered to " : "понижено до ") + s.adjusted().name());
            } else {
                b.append(en ? ", no adjustment" : ", без изменений");
            }
        }
        if (s.manual() != null) {
            b.append(')');
        }
        return b.toString();
    }

    private String priorityLine(Lang lang) {
        PriorityStep s = priority;
        boolean en = lang == Lang.EN;
        StringBuilder b = new StringBuilder(en ? "priority " : "приоритетность ").append(level(s.level(), lang)).append(": ");
        String cell = en ? "matrix[prevalence " + s.prevalence() + "][impact " + s.impact() + "]"
                : "матрица[распространённость " + s.prevalence() + "][влияние " + s.impact() + "]";
        if (s.mandatory() != null) {
            b.append(en ? "mandatory source " : "обязательный источник ").append(s.mandatory().name())
                    .append(" (").append(cell).append(" = ").append(s.cell()).append(')');
        } else {
            b.append(cell);
        }
        return b.toString();
    }

    private String deadlineLine(Lang lang) {
        DeadlineStep s = deadline;
        boolean en = lang == Lang.EN;
        return (en ? "deadline " : "срок реализации ") + s.date() + ": " + s.asOf() + " + " + s.period()
                + (en ? " for priority " : " для приоритетности ") + s.priority();
    }

    private String responsibleLine(Lang lang) {
        ResponsibleStep s = responsible;
        boolean en = lang == Lang.EN;
        String head = (en ? "responsible " : "ответственный ") + s.unit() + ": ";
        switch (s.basis()) {
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
