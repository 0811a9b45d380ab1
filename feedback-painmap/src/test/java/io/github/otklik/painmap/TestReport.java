package io.github.otklik.painmap;

import io.github.otklik.core.period.ReportingPeriod;
import io.github.otklik.metrics.Cell;
import io.github.otklik.metrics.Dimension;
import io.github.otklik.metrics.GroupKey;
import io.github.otklik.metrics.appeal.AppealFigures;
import io.github.otklik.metrics.process.ProcessFigures;
import io.github.otklik.metrics.report.InputCounts;
import io.github.otklik.metrics.report.Keyed;
import io.github.otklik.metrics.report.MetricsReport;
import io.github.otklik.metrics.disclosure.Edition;
import io.github.otklik.metrics.report.SatisfactionGroup;
import io.github.otklik.metrics.satisfaction.ProblemResult;
import io.github.otklik.metrics.satisfaction.SatisfactionFigures;
import io.github.otklik.metrics.satisfaction.ScaleResult;
import io.github.otklik.metrics.stats.Pareto;
import io.github.otklik.metrics.stats.ParetoEntry;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** Builds a {@link MetricsReport} grouped by process with exactly the figures a test names. */
public final class TestReport {
    public static final ReportingPeriod Q1 = ReportingPeriod.parse("2025-Q1");
    public static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");

    private final ReportingPeriod period;
    private final ZoneId zone;
    private Instant asOf;
    private final Map<String, Sat> satisfaction = new TreeMap<>();
    private final Map<String, App> appeals = new TreeMap<>();
    private final Map<String, Proc> processes = new TreeMap<>();

    private static final class Sat {
        long responses;
        final Map<String, ScaleResult> aspects = new TreeMap<>();
        final Map<String, ProblemResult> problems = new TreeMap<>();
    }

    private static final class App {
        long total;
        long overdue;
        final Map<String, Long> reasons = new LinkedHashMap<>();
        final Map<String, Long> complaints = new LinkedHashMap<>();
    }

    private static final class Proc {
        long positive;
        long negative;
        final Map<String, Long> reasons = new LinkedHashMap<>();
    }

    private TestReport(ReportingPeriod period, ZoneId zone) {
        this.period = period;
        this.zone = zone;
    }

    /** 2025-Q1 in Moscow. */
    public static TestReport q1() {
        return new TestReport(Q1, MOSCOW);
    }

    public static TestReport of(ReportingPeriod period, ZoneId zone) {
        return new TestReport(period, zone);
    }

    public TestReport asOf(Instant instant) {
        this.asOf = instant;
        return this;
    }

    public TestReport responses(String process, long responses) {
        sat(process).responses = responses;
        return this;
    }

    /** A problem chosen {@code count} times of {@code base}. */
    public TestReport problem(String process, String code, long count, long base) {
        Sat s = sat(process);
        s.problems.put(code, new ProblemResult(count, base));
        s.responses = Math.max(s.responses, base);
        return this;
    }

    /** An aspect with {@code dissatisfied} of {@code answered} answers (the rest satisfied) and the given sum of answers. */
    public TestReport aspect(String process, String code, long answered, long dissatisfied, long sum) {
        Sat s = sat(process);
        s.aspects.put(code, ScaleResult.of(answered, 0, answered - dissatisfied, 0, dissatisfied, sum));
        s.responses = Math.max(s.responses, answered);
        return this;
    }

    /** The process's appeals: total and overdue. */
    public TestReport appeals(String process, long total, long overdue) {
        App a = appeals.computeIfAbsent(process, k -> new App());
        a.total = total;
        a.overdue = overdue;
        return this;
    }

    /** An appeal reason with its count and complaints. */
    public TestReport reason(String process, String code, long count, long complaints) {
        App a = appeals.computeIfAbsent(process, k -> new App());
        a.reasons.put(code, count);
        a.complaints.put(code, complaints);
        return this;
    }

    /** The process's known results. */
    public TestReport outcomes(String process, long positive, long negative) {
        Proc p = processes.computeIfAbsent(process, k -> new Proc());
        p.positive = positive;
        p.negative = negative;
        return this;
    }

    /** A negative-result reason. */
    public TestReport negative(String process, String code, long count) {
        processes.computeIfAbsent(process, k -> new Proc()).reasons.put(code, count);
        return this;
    }

    private Sat sat(String process) {
        return satisfaction.computeIfAbsent(process, k -> new Sat());
    }

    private static GroupKey key(String process) {
        return GroupKey.of(List.of(Dimension.PROCESS), List.of(process));
    }

    public MetricsReport build() {
        List<SatisfactionGroup> s = new ArrayList<>();
        s.add(new SatisfactionGroup(GroupKey.total(), Cell.shown(new SatisfactionFigures(0, ScaleResult.of(0, 0, 0, 0, 0, 0),
                Map.of(), Map.of())), Optional.empty()));
        satisfaction.forEach((process, sat) -> {
            Map<String, Cell<ScaleResult>> aspects = new LinkedHashMap<>();
            sat.aspects.forEach((c, r) -> aspects.put(c, Cell.shown(r)));
            Map<String, Cell<ProblemResult>> problems = new LinkedHashMap<>();
            sat.problems.forEach((c, r) -> problems.put(c, Cell.shown(r)));
            s.add(new SatisfactionGroup(key(process), Cell.shown(new SatisfactionFigures(sat.responses,
                    ScaleResult.of(0, 0, 0, 0, 0, 0), aspects, problems)), Optional.empty()));
        });
        List<Keyed<AppealFigures>> a = new ArrayList<>();
        a.add(new Keyed<>(GroupKey.total(), appealFigures(new App())));
        appeals.forEach((process, app) -> a.add(new Keyed<>(key(process), appealFigures(app))));
        List<Keyed<ProcessFigures>> p = new ArrayList<>();
        p.add(new Keyed<>(GroupKey.total(), new ProcessFigures(0, 0, Optional.empty(), Optional.empty(), 0, 0, List.of())));
        processes.forEach((process, proc) -> p.add(new Keyed<>(key(process), new ProcessFigures(proc.positive + proc.negative,
                proc.positive + proc.negative, Optional.empty(), Optional.empty(), proc.positive, proc.negative,
                Pareto.of(proc.reasons, Math.max(1, proc.negative))))));
        io.github.otklik.metrics.MetricsSpecBuilder spec = io.github.otklik.metrics.MetricsSpec.builder(period).zone(zone)
                .groupBy(Dimension.PROCESS);
        if (asOf != null) {
            spec.asOf(asOf);
        }
        return MetricsReport.builder(spec.build()).satisfaction(s).appeals(a).processes(p).build();
    }

    /**
     * The public edition of the same figures: small cells (a problem's base, an aspect's answers below
     * {@code minCell}) suppressed, no appeals or process indicators.
     */
    public MetricsReport buildPublic(long minCell) {
        List<SatisfactionGroup> s = new ArrayList<>();
        s.add(new SatisfactionGroup(GroupKey.total(), Cell.shown(new SatisfactionFigures(0, ScaleResult.of(0, 0, 0, 0, 0, 0),
                Map.of(), Map.of())), Optional.empty()));
        satisfaction.forEach((process, sat) -> {
            Map<String, Cell<ScaleResult>> aspects = new LinkedHashMap<>();
            sat.aspects.forEach((c, r) -> aspects.put(c, r.answered() < minCell ? Cell.suppressed() : Cell.shown(r)));
            Map<String, Cell<ProblemResult>> problems = new LinkedHashMap<>();
            sat.problems.forEach((c, r) -> problems.put(c, r.base() < minCell ? Cell.suppressed() : Cell.shown(r)));
            s.add(new SatisfactionGroup(key(process), Cell.shown(new SatisfactionFigures(sat.responses,
                    ScaleResult.of(0, 0, 0, 0, 0, 0), aspects, problems)), Optional.empty()));
        });
        io.github.otklik.metrics.MetricsSpecBuilder spec = io.github.otklik.metrics.MetricsSpec.builder(period).zone(zone)
                .groupBy(Dimension.PROCESS).disclosure(io.github.otklik.metrics.disclosure.Disclosure.of(Edition.PUBLIC, minCell));
        if (asOf != null) {
            spec.asOf(asOf);
        }
        return MetricsReport.builder(spec.build()).satisfaction(s).appeals(List.of()).processes(List.of()).build();
    }

    private static AppealFigures appealFigures(App app) {
        List<ParetoEntry> reasons = app.reasons.isEmpty() ? List.of() : Pareto.of(app.reasons, Math.max(1, app.total));
        List<Long> complaints = new ArrayList<>();
        for (ParetoEntry e : reasons) {
            complaints.add(app.complaints.get(e.code()));
        }
        return new AppealFigures(app.total, Map.of(), Map.of(), Map.of(), reasons, complaints, app.total, Optional.empty(),
                app.overdue, 0, 0, 0);
    }
}
