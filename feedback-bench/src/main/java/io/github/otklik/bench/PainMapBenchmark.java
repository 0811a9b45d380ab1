package io.github.otklik.bench;

import io.github.otklik.core.process.Process;
import io.github.otklik.core.process.ProcessType;
import io.github.otklik.core.text.LocalizedText;
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
import io.github.otklik.core.text.Language;
import io.github.otklik.painmap.PainMap;
import io.github.otklik.painmap.PainPoint;
import io.github.otklik.painmap.build.PainMapBuilder;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * (5) The pain map of a large agency: 10,000 processes × 20 problem codes = 200,000 pain points
 * built from a metrics report grouped by process with the default rule set, a 10,000-process
 * registry and the map's order and numbering; explanations are not rendered (they are rendered on
 * demand). Goal: under 250 ms per build.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 3, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class PainMapBenchmark {
    /** Problem codes per process: 14 survey problems, 3 aspects, 2 appeal-only reasons, deadline:appeals. */
    public static final int PROBLEMS = 20;
    /** Survey problem codes per process ({@code problem-00} … {@code problem-13}). */
    static final int SURVEY_PROBLEMS = 14;
    /** Aspect codes of every process. */
    static final List<String> ASPECTS = List.of("clarity", "politeness", "waiting");
    /** z of the default rule set's 95 % (Φ⁻¹(0.975)), as docs/painmap-rules.md gives it. */
    static final double Z = 1.959963984540054;

    /** Explanation of svc-00001/problem-00 (survey + appeals evidence) in Russian, as the code before the optimisation rendered it. */
    static final List<String> EXPLAIN_1_PROBLEM_00_RU = List.of(
            "распространённость низкая: нижняя граница 0,020 < 0,1 (4 из 80, обращения)",
            "влияние низкое: проблема, отмеченная в анкетах → среднее; объём: затронуто 0,020 × 1497 = 29,4 < 100 → понижено до низкого",
            "приоритетность низкая: по матрице приоритетов (распространённость низкая, влияние низкое)",
            "срок реализации 31 марта 2026 г.: 365 дней после даты карты, 31 марта 2025 г., при низкой приоритетности",
            "ответственный Отдел 1: владелец процесса по реестру");
    /** Explanation of svc-00003/aspect:waiting (no annual volume) in English, as the code before the optimisation rendered it. */
    static final List<String> EXPLAIN_3_ASPECT_EN = List.of(
            "prevalence medium: lower bound 0.127 ≥ 0.1 (68 of 430, low ratings in questionnaires)",
            "impact low: low ratings in questionnaires: mean 3.70 > 3.5 → low",
            "priority low: by the priority matrix (prevalence medium, impact low)",
            "deadline 31 March 2026: 365 days after the map's date, 31 March 2025, for low priority",
            "responsible Отдел 3: the process owner in the registry");
    /** Explanation of svc-00002/deadline:appeals in Russian, as the code before the optimisation rendered it. */
    static final List<String> EXPLAIN_2_DEADLINE_RU = List.of(
            "распространённость низкая: нижняя граница 0,010 < 0,1 (3 из 100, ответы на обращения позже установленного срока)",
            "влияние среднее: ответы на обращения позже установленного срока → высокое; объём: затронуто 0,010 × 2494 = 25,6 < 100"
                    + " → понижено до среднего",
            "приоритетность высокая: всегда высокая, когда среди сведений есть ответы на обращения позже установленного срока;"
                    + " по матрице приоритетов (распространённость низкая, влияние среднее) была бы низкая",
            "срок реализации 29 июня 2025 г.: 90 дней после даты карты, 31 марта 2025 г., при высокой приоритетности",
            "ответственный Отдел 2: владелец процесса по реестру");

    /** Processes in the report and the registry. */
    @Param("10000")
    public int processes;

    private MetricsReport report;
    private List<Process> registry;

    /** Builds the report and the registry once and checks the map: size, numbering, order, levels, explanations. */
    @Setup(Level.Trial)
    public void setup() {
        report = report(processes);
        registry = registry(processes);
        PainMap map = build();
        List<PainPoint> items = map.items();
        if (items.size() != processes * PROBLEMS) {
            throw new IllegalStateException("expected " + processes * PROBLEMS + " points, got " + items.size());
        }
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).no() != i + 1) {
                throw new IllegalStateException("point " + (i + 1) + " is numbered " + items.get(i).no());
            }
            if (i > 0 && mapOrder(items.get(i - 1), items.get(i)) >= 0) {
                throw new IllegalStateException("points " + i + " and " + (i + 1) + " are out of map order: " + items.get(i - 1)
                        + " / " + items.get(i));
            }
        }
        Map<String, PainPoint> byKey = new LinkedHashMap<>();
        for (PainPoint p : items) {
            byKey.put(p.process() + "/" + p.problem(), p);
        }
        for (int p = 0; p < processes; p += Math.max(1, processes / 97)) {
            checkSurveyProblem(byKey, p, 5);
            checkAspect(byKey, p, 2);
            checkDeadline(byKey, p);
        }
        requireExplanation(byKey, 1, "problem-00", Language.RU, EXPLAIN_1_PROBLEM_00_RU);
        requireExplanation(byKey, 3, ASPECT_PREFIX + "waiting", Language.EN, EXPLAIN_3_ASPECT_EN);
        requireExplanation(byKey, 2, PainMapBuilder.DEADLINE_PROBLEM, Language.RU, EXPLAIN_2_DEADLINE_RU);
    }

    /** Otklik: the pain map of the report with the registry and the default rule set, ordered and numbered. */
    @Benchmark
    public PainMap build() {
        return PainMapBuilder.from(report).registry(registry).build();
    }

    // ------------------------------------------------------------------------------ the data

    private static final String ASPECT_PREFIX = PainMapBuilder.ASPECT_PREFIX;

    static String id(int p) {
        return String.format("svc-%05d", p);
    }

    static long responses(int p) {
        return 300 + (p % 9) * 50;
    }

    static long surveyCount(int p, int k) {
        return 1 + (p * 7L + k * 13L) % 200;
    }

    static long aspectAnswered(int p, int a) {
        return responses(p) - a * 10L;
    }

    static long aspectDissatisfied(int p, int a) {
        return 1 + (p * 11L + a * 17L) % 120;
    }

    /** Sum of the aspect's answers: a mean from 2.0 to 4.5. */
    static long aspectSum(int p, int a) {
        return aspectAnswered(p, a) * (20 + (p + 7L * a) % 26) / 10;
    }

    static long appeals(int p) {
        return 60 + (p % 13) * 20L;
    }

    static long overdue(int p) {
        return 1 + p % 25;
    }

    /** The registry's annual volume of process p, when it gives one (two processes of three). */
    static Optional<Long> annualVolume(int p) {
        return p % 3 == 0 ? Optional.empty() : Optional.of(500 + (p * 997L) % 80_000);
    }

    /**
     * The metrics report of {@code processes} processes, grouped by process, internal audience,
     * 2025-Q1 in Moscow, built through the public records of feedback-metrics. Per process: 14
     * survey problems, 3 aspects with dissatisfied answers, appeals with 4 reasons (two of them
     * also survey problems) and overdue appeals, and one negative-result reason (also a survey
     * problem): 20 distinct problem codes.
     */
    public static MetricsReport report(int processes) {
        ScaleResult none = ScaleResult.of(0, 0, 0, 0, 0, 0);
        List<SatisfactionGroup> satisfaction = new ArrayList<>(processes + 1);
        satisfaction.add(new SatisfactionGroup(GroupKey.total(), Cell.shown(new SatisfactionFigures(0, none, Map.of(), Map.of())),
                Optional.empty()));
        List<Keyed<AppealFigures>> appeals = new ArrayList<>(processes + 1);
        appeals.add(new Keyed<>(GroupKey.total(), new AppealFigures(0, Map.of(), Map.of(), Map.of(), List.of(), List.of(), 0,
                Optional.empty(), 0, 0, 0, 0)));
        List<Keyed<ProcessFigures>> outcomes = new ArrayList<>(processes + 1);
        outcomes.add(new Keyed<>(GroupKey.total(), new ProcessFigures(0, 0, Optional.empty(), Optional.empty(), 0, 0, List.of())));
        for (int p = 0; p < processes; p++) {
            GroupKey key = GroupKey.of(List.of(Dimension.PROCESS), List.of(id(p)));
            Map<String, Cell<ScaleResult>> aspects = new LinkedHashMap<>();
            for (int a = 0; a < ASPECTS.size(); a++) {
                long answered = aspectAnswered(p, a);
                long dissatisfied = aspectDissatisfied(p, a);
                aspects.put(ASPECTS.get(a), Cell.shown(ScaleResult.of(answered, 0, answered - dissatisfied, 0, dissatisfied,
                        aspectSum(p, a))));
            }
            Map<String, Cell<ProblemResult>> problems = new LinkedHashMap<>();
            for (int k = 0; k < SURVEY_PROBLEMS; k++) {
                problems.put(problem(k), Cell.shown(new ProblemResult(surveyCount(p, k), responses(p))));
            }
            satisfaction.add(new SatisfactionGroup(key, Cell.shown(new SatisfactionFigures(responses(p), none, aspects, problems)),
                    Optional.empty()));

            Map<String, Long> reasons = new LinkedHashMap<>();
            Map<String, Long> complaints = new LinkedHashMap<>();
            reasons.put("problem-00", 1 + (p * 3L) % 15);
            complaints.put("problem-00", 0L);
            reasons.put("problem-01", 1 + (p * 5L) % 12);
            complaints.put("problem-01", (1 + (p * 5L) % 12) / 3);
            reasons.put("reason-a", 1 + p % 10L);
            complaints.put("reason-a", p % 3 == 0 ? 1 + p % 10L : 0);
            reasons.put("reason-b", 1 + (p * 7L) % 9);
            complaints.put("reason-b", (1 + (p * 7L) % 9) / 2);
            List<ParetoEntry> pareto = Pareto.of(reasons, appeals(p));
            List<Long> complaintsInOrder = new ArrayList<>();
            for (ParetoEntry e : pareto) {
                complaintsInOrder.add(complaints.get(e.code()));
            }
            appeals.add(new Keyed<>(key, new AppealFigures(appeals(p), Map.of(), Map.of(), Map.of(), pareto, complaintsInOrder,
                    appeals(p), Optional.empty(), overdue(p), 0, 0, 0)));

            long positive = 500 + p % 100;
            long negative = 50 + p % 50;
            outcomes.add(new Keyed<>(key, new ProcessFigures(positive + negative, positive + negative, Optional.empty(),
                    Optional.empty(), positive, negative, Pareto.of(Map.of("problem-02", 1 + p % 50L), negative))));
        }
        return MetricsReport.builder(io.github.otklik.metrics.MetricsSpec.builder(BenchData.PERIOD).zone(BenchData.ZONE)
                .groupBy(PainMapBuilder.GROUP_BY).build()).satisfaction(satisfaction).appeals(appeals).processes(outcomes).build();
    }

    /** The registry: every process with a name and group, nine of ten with an owner, two of three with an annual volume. */
    public static List<Process> registry(int processes) {
        List<Process> out = new ArrayList<>(processes);
        for (int p = 0; p < processes; p++) {
            Process.Builder b = Process.builder(id(p), LocalizedText.of("Процесс " + p, "Process " + p), ProcessType.SERVICE)
                    .group("группа-" + (p % 40)).touchpoint("portal");
            if (p % 10 != 9) {
                b.owner("Отдел " + (p % 25));
            }
            annualVolume(p).ifPresent(b::annualVolume);
            out.add(b.build());
        }
        return out;
    }

    static String problem(int k) {
        return String.format("problem-%02d", k);
    }

    // ------------------------------------------------------------------------------ the check

    private enum Lvl { LOW, MEDIUM, HIGH }

    /** The default matrix of docs/painmap-rules.md, [prevalence][impact] by ordinal. */
    private static final Lvl[][] MATRIX = {
        {Lvl.LOW, Lvl.LOW, Lvl.MEDIUM},
        {Lvl.LOW, Lvl.MEDIUM, Lvl.HIGH},
        {Lvl.MEDIUM, Lvl.HIGH, Lvl.HIGH},
    };

    /** The lower end of the Wilson score interval, transcribed from docs/painmap-rules.md and spec/metrics.md. */
    static double wilsonLow(long x, long n) {
        double p = (double) x / n;
        double zz = Z * Z;
        double denominator = 1 + zz / n;
        return (p + zz / (2.0 * n)) / denominator - Z * Math.sqrt(p * (1 - p) / n + zz / (4.0 * n * n)) / denominator;
    }

    private static Lvl prevalence(double lowerBound) {
        return lowerBound >= 0.25 ? Lvl.HIGH : lowerBound >= 0.10 ? Lvl.MEDIUM : Lvl.LOW;
    }

    /** The default volume adjustment: up at ≥ 10,000 affected, down below 100. */
    private static Lvl adjust(Lvl base, int p, double lowerBound) {
        Optional<Long> volume = annualVolume(p);
        if (volume.isEmpty()) {
            return base;
        }
        double affected = lowerBound * volume.get();
        if (affected >= 10_000) {
            return base == Lvl.LOW ? Lvl.MEDIUM : Lvl.HIGH;
        }
        return affected < 100 ? (base == Lvl.HIGH ? Lvl.MEDIUM : Lvl.LOW) : base;
    }

    private static void require(PainPoint point, double lowerBound, Lvl prevalence, Lvl impact, Lvl priority) {
        boolean ok = Math.abs(point.lowerBound() - lowerBound) < 1e-12 && point.prevalence().name().equals(prevalence.name())
                && point.impact().name().equals(impact.name()) && point.priority().name().equals(priority.name())
                && point.deadline().equals(LocalDate.of(2025, 3, 31).plusDays(priority == Lvl.HIGH ? 90 : priority == Lvl.MEDIUM ? 180 : 365));
        if (!ok) {
            throw new IllegalStateException(point.process() + "/" + point.problem() + ": expected L " + lowerBound + ", prevalence "
                    + prevalence + ", impact " + impact + ", priority " + priority + ", got " + point);
        }
    }

    private static PainPoint point(Map<String, PainPoint> byKey, int p, String problem) {
        PainPoint point = byKey.get(id(p) + "/" + problem);
        if (point == null) {
            throw new IllegalStateException("no point " + problem + " of " + id(p));
        }
        return point;
    }

    /** A survey problem without other evidence: SURVEY_PROBLEM gives MEDIUM impact. */
    private static void checkSurveyProblem(Map<String, PainPoint> byKey, int p, int k) {
        double l = wilsonLow(surveyCount(p, k), responses(p));
        Lvl prevalence = prevalence(l);
        Lvl impact = adjust(Lvl.MEDIUM, p, l);
        require(point(byKey, p, problem(k)), l, prevalence, impact, MATRIX[prevalence.ordinal()][impact.ordinal()]);
    }

    /** An aspect: impact HIGH when the mean is ≤ 2.5, MEDIUM when ≤ 3.5, else LOW. */
    private static void checkAspect(Map<String, PainPoint> byKey, int p, int a) {
        double l = wilsonLow(aspectDissatisfied(p, a), aspectAnswered(p, a));
        double mean = (double) aspectSum(p, a) / aspectAnswered(p, a);
        Lvl prevalence = prevalence(l);
        Lvl impact = adjust(mean <= 2.5 ? Lvl.HIGH : mean <= 3.5 ? Lvl.MEDIUM : Lvl.LOW, p, l);
        require(point(byKey, p, ASPECT_PREFIX + ASPECTS.get(a)), l, prevalence, impact, MATRIX[prevalence.ordinal()][impact.ordinal()]);
    }

    /** Overdue appeals: LEGAL_DEADLINE gives HIGH impact and is mandatory, so priority is HIGH. */
    private static void checkDeadline(Map<String, PainPoint> byKey, int p) {
        double l = wilsonLow(overdue(p), appeals(p));
        require(point(byKey, p, PainMapBuilder.DEADLINE_PROBLEM), l, prevalence(l), adjust(Lvl.HIGH, p, l), Lvl.HIGH);
    }

    private static void requireExplanation(Map<String, PainPoint> byKey, int p, String problem, Language lang, List<String> expected) {
        List<String> lines = point(byKey, p, problem).explain(lang);
        if (!lines.equals(expected)) {
            throw new IllegalStateException("explanation of " + id(p) + "/" + problem + " differs:\n" + String.join("\n", lines)
                    + "\nexpected:\n" + String.join("\n", expected));
        }
    }

    /**
     * The documented map order: priority, prevalence (HIGH first), L descending, then process id and
     * problem code by code point (every id and code here is ASCII, so {@code compareTo} is that order).
     */
    private static int mapOrder(PainPoint a, PainPoint b) {
        int c = Integer.compare(b.priority().ordinal(), a.priority().ordinal());
        if (c == 0) {
            c = Integer.compare(b.prevalence().ordinal(), a.prevalence().ordinal());
        }
        if (c == 0) {
            c = Double.compare(b.lowerBound(), a.lowerBound());
        }
        if (c == 0) {
            c = a.process().compareTo(b.process());
        }
        return c != 0 ? c : a.problem().compareTo(b.problem());
    }
}
