package io.github.otklik.metrics;

import io.github.otklik.core.appeal.Appeal;
import io.github.otklik.core.process.ProcessInstance;
import io.github.otklik.core.response.SurveyResponse;
import io.github.otklik.metrics.alert.Alert;
import io.github.otklik.metrics.alert.AlertRules;
import io.github.otklik.metrics.appeal.AppealAccumulator;
import io.github.otklik.metrics.appeal.AppealFigures;
import io.github.otklik.metrics.disclosure.Content;
import io.github.otklik.metrics.disclosure.Disclosure;
import io.github.otklik.metrics.process.ProcessAccumulator;
import io.github.otklik.metrics.process.ProcessFigures;
import io.github.otklik.metrics.report.InputSummary;
import io.github.otklik.metrics.report.Keyed;
import io.github.otklik.metrics.report.MetricsReport;
import io.github.otklik.metrics.report.SatisfactionGroup;
import io.github.otklik.metrics.satisfaction.SatisfactionAccumulator;
import io.github.otklik.metrics.satisfaction.SatisfactionFigures;
import io.github.otklik.metrics.satisfaction.ScaleResult;
import io.github.otklik.metrics.stats.Proportions;
import io.github.otklik.metrics.target.Deviation;
import io.github.otklik.metrics.target.Target;
import io.github.otklik.metrics.target.TargetMetric;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Turns the accumulators of a run into its {@link MetricsReport}: every figure passes the spec's
 * {@link Disclosure}, targets are read from the per-process figures through their parsed
 * {@link TargetMetric}, alerts come from the {@link AlertRules}.
 */
final class ReportAssembly {
    private ReportAssembly() {
    }

    static MetricsReport report(MetricsSpec spec, Accumulators acc, InputSummary inputs) {
        Disclosure disclosure = spec.disclosure();
        boolean compared = spec.window().comparison().isPresent();
        Section<SurveyResponse, SatisfactionAccumulator, SatisfactionFigures> satisfaction = acc.section(Part.SATISFACTION);
        List<Keyed<SatisfactionFigures>> raw = satisfaction.results();
        SatisfactionFigures total = raw.get(0).figures();
        List<Dimension> responseDims = spec.groupBy().stream().filter(Dimension::appliesToResponses).toList();
        boolean partition = !responseDims.isEmpty() && responseDims.stream().noneMatch(Dimension::overlaps);
        List<SatisfactionGroup> satisfactionGroups = !inputs.hasResponses() ? List.of()
                : satisfactionGroups(disclosure, raw.get(0), raw.subList(1, raw.size()), partition,
                        compared ? acc.section(Part.SATISFACTION_PREVIOUS) : null);
        Section<Appeal, AppealAccumulator, AppealFigures> appeals = acc.section(Part.APPEALS);
        List<Keyed<AppealFigures>> appealGroups = disclosure.shows(Content.APPEALS) && inputs.hasAppeals() ? appeals.results() : List.of();
        Section<ProcessInstance, ProcessAccumulator, ProcessFigures> processes = acc.section(Part.PROCESSES);
        List<Keyed<ProcessFigures>> processGroups = disclosure.shows(Content.PROCESS_INDICATORS) && inputs.hasProcesses()
                ? processes.results() : List.of();
        Map<Dimension, List<SatisfactionGroup>> segments = new LinkedHashMap<>();
        if (inputs.hasResponses() && !spec.segments().isEmpty()) {
            List<Keyed<SatisfactionFigures>> all = acc.<SurveyResponse, SatisfactionAccumulator, SatisfactionFigures>section(Part.SATISFACTION_SEGMENTS)
                    .results();
            for (Dimension d : spec.segments()) {
                List<Keyed<SatisfactionFigures>> of = all.stream().filter(g -> !g.key().isTotal() && g.key().dimensions().get(0) == d).toList();
                List<SatisfactionGroup> published = satisfactionGroups(disclosure, raw.get(0), of, !d.overlaps(), null);
                boolean totalHidden = published.get(0).figures().isSuppressed() && !disclosure.group(total).isSuppressed();
                // a breakdown whose hidden cells even the hiding of every cell leaves pinned by the total is shown as hidden throughout
                segments.put(d, published.subList(1, published.size()).stream()
                        .map(g -> totalHidden ? new SatisfactionGroup(g.key(), Cell.suppressed(), Optional.empty()) : g).toList());
            }
        }
        return MetricsReport.builder(spec).inputs(inputs).satisfaction(satisfactionGroups).appeals(appealGroups).processes(processGroups)
                .deviations(deviations(spec, acc, raw.get(0)))
                .alerts(alerts(spec.alertRules(), satisfactionGroups, appealGroups, compared ? acc.section(Part.APPEALS_PREVIOUS) : null))
                .segments(segments).build();
    }

    /** The published groups, the total first: every cell passes the disclosure; comparisons only for shown groups. */
    private static List<SatisfactionGroup> satisfactionGroups(Disclosure disclosure, Keyed<SatisfactionFigures> total,
            List<Keyed<SatisfactionFigures>> groups, boolean partition, Section<SurveyResponse, SatisfactionAccumulator, SatisfactionFigures> previous) {
        List<Cell<SatisfactionFigures>> cells = disclosure.publish(total.figures(), groups.stream().map(Keyed::figures).toList(), partition);
        List<SatisfactionGroup> out = new ArrayList<>();
        for (int i = 0; i <= groups.size(); i++) {
            Keyed<SatisfactionFigures> g = i == 0 ? total : groups.get(i - 1);
            Cell<SatisfactionFigures> shown = cells.get(i);
            Optional<Proportions.Comparison> comparison = Optional.empty();
            if (previous != null && !shown.isSuppressed()) {
                SatisfactionFigures before = previous.result(g.key());
                ScaleResult now = g.figures().overall();
                if (before != null && before.overall().answered() > 0 && now.answered() > 0) {
                    comparison = Optional.of(Proportions.compare(now.satisfied(), now.answered(),
                            before.overall().satisfied(), before.overall().answered()));
                }
            }
            out.add(new SatisfactionGroup(g.key(), shown, comparison));
        }
        return out;
    }

    private static List<Deviation> deviations(MetricsSpec spec, Accumulators acc, Keyed<SatisfactionFigures> total) {
        List<Deviation> out = new ArrayList<>();
        Map<GroupKey, Cell<SatisfactionFigures>> published = publishedByProcess(spec, acc, total);
        for (Target t : spec.targets()) {
            if (!spec.disclosure().shows(t)) {
                continue;
            }
            GroupKey key = GroupKey.of(List.of(Dimension.PROCESS), List.of(t.process()));
            TargetMetric m = t.metric();
            OptionalDouble actual = switch (m.section()) {
                case SATISFACTION -> {
                    SatisfactionFigures f = acc.<SurveyResponse, SatisfactionAccumulator, SatisfactionFigures>section(Part.SATISFACTION_BY_PROCESS)
                            .result(key);
                    boolean hidden = published != null && published.getOrDefault(key, Cell.suppressed()).isSuppressed();
                    yield f == null || hidden ? OptionalDouble.empty() : m.valueOf(f);
                }
                case APPEALS -> {
                    AppealFigures f = acc.<Appeal, AppealAccumulator, AppealFigures>section(Part.APPEALS_BY_PROCESS).result(key);
                    yield f == null ? OptionalDouble.empty() : m.valueOf(f);
                }
                case PROCESSES -> {
                    ProcessFigures f = acc.<ProcessInstance, ProcessAccumulator, ProcessFigures>section(Part.PROCESSES_BY_PROCESS).result(key);
                    yield f == null ? OptionalDouble.empty() : m.valueOf(f);
                }
            };
            out.add(new Deviation(t, actual));
        }
        return out;
    }

    /**
     * With complementary suppression, the per-process cells a public edition may show, decided as
     * if the per-process groups were published with the total: a satisfaction target of a hidden
     * process has no actual value, so that no target reveals what the groups hide. Null otherwise
     * (the spec evaluates public targets without suppression).
     */
    private static Map<GroupKey, Cell<SatisfactionFigures>> publishedByProcess(MetricsSpec spec, Accumulators acc, Keyed<SatisfactionFigures> total) {
        if (!spec.disclosure().isPublic() || !spec.disclosure().complementarySuppression() || spec.targets().isEmpty()) {
            return null;
        }
        List<Keyed<SatisfactionFigures>> byProcess = acc.<SurveyResponse, SatisfactionAccumulator, SatisfactionFigures>section(Part.SATISFACTION_BY_PROCESS)
                .results();
        byProcess = byProcess.subList(1, byProcess.size());
        List<Cell<SatisfactionFigures>> cells = spec.disclosure().publish(total.figures(), byProcess.stream().map(Keyed::figures).toList(), true);
        Map<GroupKey, Cell<SatisfactionFigures>> out = new java.util.HashMap<>();
        for (int i = 0; i < byProcess.size(); i++) {
            out.put(byProcess.get(i).key(), cells.get(i + 1));
        }
        return out;
    }

    private static List<Alert> alerts(AlertRules rules, List<SatisfactionGroup> satisfaction, List<Keyed<AppealFigures>> appeals,
            Section<Appeal, AppealAccumulator, AppealFigures> previousAppeals) {
        List<Alert> out = new ArrayList<>();
        for (SatisfactionGroup g : satisfaction) {
            g.figures().figure().flatMap(f -> rules.dissatisfied(g.key(), f.overall())).ifPresent(out::add);
        }
        if (previousAppeals != null) {
            for (Keyed<AppealFigures> g : appeals) {
                AppealFigures before = previousAppeals.result(g.key());
                if (before != null) {
                    rules.complaintsGrowth(g.key(), g.figures().complaints(), before.complaints()).ifPresent(out::add);
                }
            }
        }
        return out;
    }
}
