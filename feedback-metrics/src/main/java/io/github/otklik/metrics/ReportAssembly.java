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
        List<SatisfactionGroup> satisfactionGroups = !inputs.hasResponses() ? List.of()
                : satisfactionGroups(disclosure, satisfaction, compared ? acc.section(Part.SATISFACTION_PREVIOUS) : null);
        Section<Appeal, AppealAccumulator, AppealFigures> appeals = acc.section(Part.APPEALS);
        List<Keyed<AppealFigures>> appealGroups = disclosure.shows(Content.APPEALS) && inputs.hasAppeals() ? appeals.results() : List.of();
        Section<ProcessInstance, ProcessAccumulator, ProcessFigures> processes = acc.section(Part.PROCESSES);
        List<Keyed<ProcessFigures>> processGroups = disclosure.shows(Content.PROCESS_INDICATORS) && inputs.hasProcesses()
                ? processes.results() : List.of();
        Map<Dimension, List<SatisfactionGroup>> segments = new LinkedHashMap<>();
        if (inputs.hasResponses() && !spec.segments().isEmpty()) {
            List<SatisfactionGroup> all = satisfactionGroups(disclosure, acc.section(Part.SATISFACTION_SEGMENTS), null);
            for (Dimension d : spec.segments()) {
                segments.put(d, all.stream().filter(g -> !g.key().isTotal() && g.key().dimensions().get(0) == d).toList());
            }
        }
        return MetricsReport.builder(spec).inputs(inputs).satisfaction(satisfactionGroups).appeals(appealGroups).processes(processGroups)
                .deviations(deviations(spec, acc))
                .alerts(alerts(spec.alertRules(), satisfactionGroups, appealGroups, compared ? acc.section(Part.APPEALS_PREVIOUS) : null))
                .segments(segments).build();
    }

    private static List<SatisfactionGroup> satisfactionGroups(Disclosure disclosure,
            Section<SurveyResponse, SatisfactionAccumulator, SatisfactionFigures> current,
            Section<SurveyResponse, SatisfactionAccumulator, SatisfactionFigures> previous) {
        List<SatisfactionGroup> out = new ArrayList<>();
        for (Keyed<SatisfactionFigures> g : current.results()) {
            Cell<SatisfactionFigures> shown = disclosure.group(g.figures());
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

    private static List<Deviation> deviations(MetricsSpec spec, Accumulators acc) {
        List<Deviation> out = new ArrayList<>();
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
                    yield f == null ? OptionalDouble.empty() : m.valueOf(f);
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
