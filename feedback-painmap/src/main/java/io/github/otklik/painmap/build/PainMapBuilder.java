package io.github.otklik.painmap.build;

import io.github.otklik.core.process.Process;
import io.github.otklik.core.text.LocalizedText;
import io.github.otklik.metrics.CodePoints;
import io.github.otklik.metrics.Dimension;
import io.github.otklik.metrics.GroupKey;
import io.github.otklik.metrics.appeal.AppealFigures;
import io.github.otklik.metrics.process.ProcessFigures;
import io.github.otklik.metrics.report.Keyed;
import io.github.otklik.metrics.report.MetricsReport;
import io.github.otklik.metrics.report.ReportAudience;
import io.github.otklik.metrics.report.SatisfactionGroup;
import io.github.otklik.metrics.satisfaction.ProblemResult;
import io.github.otklik.metrics.satisfaction.SatisfactionFigures;
import io.github.otklik.metrics.satisfaction.ScaleResult;
import io.github.otklik.metrics.stats.ParetoEntry;
import io.github.otklik.painmap.Kind;
import io.github.otklik.painmap.Lang;
import io.github.otklik.painmap.Level;
import io.github.otklik.painmap.PainMap;
import io.github.otklik.painmap.PainPoint;
import io.github.otklik.painmap.ProcessCoverage;
import io.github.otklik.painmap.Status;
import io.github.otklik.painmap.evidence.Evidence;
import io.github.otklik.painmap.evidence.Proportion;
import io.github.otklik.painmap.evidence.Source;
import io.github.otklik.painmap.rules.ImpactRule;
import io.github.otklik.painmap.rules.PrevalenceRule;
import io.github.otklik.painmap.rules.PriorityRule;
import io.github.otklik.painmap.rules.RuleSet;
import io.github.otklik.painmap.rules.RuleSetChecker;
import io.github.otklik.painmap.rules.VolumeAdjustment;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Builds the pain map (карта болей) of {@code spec/painmap.md} from the metrics of a period: the
 * single entry point of this module.
 *
 * <pre>{@code
 * MetricsReport report = MetricsEngine.builder(catalog, ReportingPeriod.parse("2025-Q1"))
 *     .groupBy(PainMapBuilder.GROUP_BY)            // [process], internal audience (the default)
 *     .build().run(inputs, reject -> {});
 * PainMap map = PainMapBuilder.from(report)
 *     .registry(registry)                            // owners, names, groups, annual volumes
 *     .manual(manualEntries)
 *     .measures(catalogue)
 *     .rules(RuleSet.DEFAULT)
 *     .lang(Lang.RU)
 *     .titles(ProblemTitles.fromForms(catalog))
 *     .build();
 * }</pre>
 *
 * <h2>What the builder decides</h2>
 * <ul>
 *   <li><b>Candidates</b>, per process (groups without a process, key value {@code UNSPECIFIED},
 *       and the total group give none): {@code SURVEY_PROBLEM} per problem code with count ≥ 1
 *       (count of base; when a form lets a problem be chosen while its overall question is hidden
 *       the count may exceed the base, and n is then the count); {@code SURVEY_ASPECT} per aspect
 *       with dissatisfied ≥ 1 (dissatisfied of answered, code {@code aspect:<code>});
 *       {@code APPEALS} per appeal reason (count of the process's appeals); {@code
 *       PROCESS_NEGATIVE} per negative-result reason (count of positive + negative); {@code
 *       LEGAL_DEADLINE} when overdue ≥ 1 (overdue of total, code {@code deadline:appeals});
 *       {@code MANUAL} per manual entry. Evidence of the same code in the same process is one
 *       point; its evidence is listed by source order, then as it came.</li>
 *   <li><b>Prevalence</b>: L = the largest Wilson lower bound of the evidence at the rule set's
 *       z; the rule's level of L; a manual prevalence overrides it. With no measured evidence L = 0,
 *       the level is LOW and the point has low evidence. {@code lowEvidence} = largest n &lt;
 *       {@code minEvidence}.</li>
 *   <li><b>Impact</b>: the highest level any evidence contributes, LOW when none contributes; then,
 *       when the registry gives the process's annual volume and the rule has a volume adjustment,
 *       one level up or down by affected = L × annualVolume; a manual impact overrides the
 *       result.</li>
 *   <li><b>Priority</b> = the matrix cell of (prevalence, impact), HIGH when any evidence comes
 *       from a mandatory source. <b>Deadline</b> = the map's {@code asOf} + the period of the
 *       priority. The map's {@code asOf} is the local date, in the report's zone, of the instant
 *       just before {@link #asOf(Instant)} (default: the report's {@code asOf}, which is the start
 *       of the day after the period unless {@code --as-of} was given — so the default is the
 *       period's last date).</li>
 *   <li><b>Responsible</b> = the registry's owner, else the manual entry's, else
 *       {@code UNASSIGNED}. <b>Measures</b> = the manual entry's, then the catalogue's, without
 *       duplicates. <b>Kind</b> = the manual entry's, else PROBLEM. <b>Status</b> = IDENTIFIED.</li>
 *   <li><b>Title</b> = the manual entry's; else the name {@link ProblemTitles} knows for the code
 *       (for {@code aspect:<code>} as «Низкая оценка: …» / "Low rating: …"); else, for
 *       {@code deadline:appeals}, a fixed phrase; else the code. {@code processName} and
 *       {@code group} come from the registry (the name in the map's language) or are the process
 *       id.</li>
 *   <li><b>Order</b>: priority, then prevalence (HIGH first), then L descending, then process id
 *       and problem code by code point; {@code no} counts from 1.</li>
 * </ul>
 *
 * <p>Building takes O(p log p) time for p points after one pass over the report's groups;
 * explanations are kept as decision data and rendered only when asked. The builder is not
 * thread-safe; the maps it builds are immutable.
 */
public final class PainMapBuilder {
    /** The grouping the metrics must be computed with: {@code [process]}. */
    public static final List<Dimension> GROUP_BY = List.of(Dimension.PROCESS);
    /** The problem code of {@code LEGAL_DEADLINE} evidence. */
    public static final String DEADLINE_PROBLEM = "deadline:appeals";
    /** The prefix of the problem codes of {@code SURVEY_ASPECT} evidence. */
    public static final String ASPECT_PREFIX = "aspect:";

    private final MetricsReport report;
    private Map<String, Process> registry;
    private List<ManualEntry> manual;
    private MeasuresCatalogue measures;
    private RuleSet rules;
    private Lang lang;
    private Instant asOf;
    private ProblemTitles titles;

    private PainMapBuilder(MetricsReport report) {
        this.report = report;
    }

    /**
     * A builder of the pain map of {@code report}.
     *
     * @throws IllegalArgumentException when the report is not internal or not grouped by
     *         {@code [process]} alone
     */
    public static PainMapBuilder from(MetricsReport report) {
        Objects.requireNonNull(report, "report");
        if (report.audience() != ReportAudience.INTERNAL) {
            throw new IllegalArgumentException("the pain map needs an internal metrics report, was " + report.audience().wireName());
        }
        if (!report.groupBy().equals(GROUP_BY)) {
            throw new IllegalArgumentException("the pain map needs metrics grouped by [process], was " + report.groupBy());
        }
        return new PainMapBuilder(report);
    }

    /**
     * The process registry (default: none).
     *
     * @throws IllegalArgumentException when a process id repeats
     * @throws IllegalStateException when already set
     */
    public PainMapBuilder registry(Collection<Process> processes) {
        once(registry, "registry");
        Map<String, Process> byId = new LinkedHashMap<>();
        for (Process p : processes) {
            if (byId.putIfAbsent(p.id(), p) != null) {
                throw new IllegalArgumentException("the registry repeats process " + p.id());
            }
        }
        this.registry = byId;
        return this;
    }

    /**
     * The analysts' entries (default: none).
     *
     * @throws IllegalArgumentException when two entries have the same process and problem
     * @throws IllegalStateException when already set
     */
    public PainMapBuilder manual(List<ManualEntry> entries) {
        once(manual, "manual");
        Map<Key, ManualEntry> seen = new HashMap<>();
        for (ManualEntry e : entries) {
            if (seen.putIfAbsent(new Key(e.process(), e.problem()), e) != null) {
                throw new IllegalArgumentException("manual entries repeat problem " + e.problem() + " of process " + e.process());
            }
        }
        this.manual = List.copyOf(entries);
        return this;
    }

    /**
     * The measures catalogue (default: empty).
     *
     * @throws IllegalStateException when already set
     */
    public PainMapBuilder measures(MeasuresCatalogue catalogue) {
        once(measures, "measures");
        this.measures = Objects.requireNonNull(catalogue, "catalogue");
        return this;
    }

    /**
     * The rule set (default: {@link RuleSet#DEFAULT}).
     *
     * @throws IllegalArgumentException when it is not total and monotone, naming every problem
     * @throws IllegalStateException when already set
     */
    public PainMapBuilder rules(RuleSet ruleSet) {
        once(rules, "rules");
        this.rules = RuleSetChecker.requireValid(Objects.requireNonNull(ruleSet, "ruleSet"));
        return this;
    }

    /**
     * The language of names, titles, explanations and export headers (default: {@link Lang#RU}).
     *
     * @throws IllegalStateException when already set
     */
    public PainMapBuilder lang(Lang language) {
        once(lang, "lang");
        this.lang = Objects.requireNonNull(language, "language");
        return this;
    }

    /**
     * The instant the map is as of (default: the report's {@code asOf}); the map's date is the local
     * date of the instant just before it.
     *
     * @throws IllegalStateException when already set
     */
    public PainMapBuilder asOf(Instant instant) {
        once(asOf, "asOf");
        this.asOf = Objects.requireNonNull(instant, "instant");
        return this;
    }

    /**
     * Names of problem codes for titles (default: {@link ProblemTitles#none()}).
     *
     * @throws IllegalStateException when already set
     */
    public PainMapBuilder titles(ProblemTitles names) {
        once(titles, "titles");
        this.titles = Objects.requireNonNull(names, "names");
        return this;
    }

    private static void once(Object current, String option) {
        if (current != null) {
            throw new IllegalStateException(option + " was already set");
        }
    }

    /** Builds the map. The builder may be used again. */
    public PainMap build() {
        Context ctx = new Context(rules == null ? RuleSet.DEFAULT : rules, lang == null ? Lang.RU : lang,
                registry == null ? Map.of() : registry, measures == null ? MeasuresCatalogue.empty() : measures,
                titles == null ? ProblemTitles.none() : titles,
                LocalDate.ofInstant((asOf == null ? report.asOf() : asOf).minusNanos(1), report.zone()));
        Map<Key, Candidate> candidates = new HashMap<>();
        Map<String, CoverageCounts> coverage = new HashMap<>();
        collect(ctx, candidates, coverage);
        if (manual != null) {
            for (ManualEntry e : manual) {
                Candidate c = candidates.computeIfAbsent(new Key(e.process(), e.problem()), k -> new Candidate());
                c.evidence.add(new Evidence.Manual(e.evidence().map(n -> Proportion.of(n.x(), n.n(), ctx.z))));
                c.manual = e;
            }
        }
        List<PainPoint> points = new ArrayList<>(candidates.size());
        candidates.forEach((key, c) -> points.add(decide(ctx, key, c)));
        points.sort(ORDER);
        for (int i = 0; i < points.size(); i++) {
            points.set(i, points.get(i).withNo(i + 1));
        }
        Map<String, Process> known = new HashMap<>();
        Map<String, ProcessCoverage> covered = new HashMap<>();
        coverage.forEach((process, counts) -> covered.put(process, counts.toCoverage()));
        for (PainPoint p : points) {
            Process proc = ctx.registry.get(p.process());
            if (proc != null) {
                known.put(proc.id(), proc);
            }
        }
        return new PainMap(report.period(), report.zone(), ctx.asOf, ctx.rules, ctx.lang, points, known, covered);
    }

    /** Map order: priority, prevalence (HIGH first), L descending, process, problem by code point. */
    static final Comparator<PainPoint> ORDER = (a, b) -> {
        int c = b.priority().compareTo(a.priority());
        if (c == 0) {
            c = b.prevalence().compareTo(a.prevalence());
        }
        if (c == 0) {
            c = Double.compare(b.lowerBound(), a.lowerBound());
        }
        if (c == 0) {
            c = CodePoints.compare(a.process(), b.process());
        }
        return c != 0 ? c : CodePoints.compare(a.problem(), b.problem());
    };

    // ------------------------------------------------------------------------------ candidates

    private void collect(Context ctx, Map<Key, Candidate> candidates, Map<String, CoverageCounts> coverage) {
        double z = ctx.z;
        for (SatisfactionGroup g : report.satisfaction()) {
            String process = processOf(g.key());
            Optional<SatisfactionFigures> figures = g.figures().figure();
            if (process == null || figures.isEmpty()) {
                continue;
            }
            SatisfactionFigures f = figures.get();
            CoverageCounts cov = coverage.computeIfAbsent(process, k -> new CoverageCounts());
            cov.responses += f.responses();
            f.problems().forEach((code, cell) -> {
                Optional<ProblemResult> r = cell.figure();
                if (r.isPresent() && r.get().count() >= 1) {
                    long x = r.get().count();
                    long n = Math.max(r.get().base(), x);
                    add(candidates, process, code, new Evidence.SurveyProblem(Proportion.of(x, n, z)));
                }
            });
            f.aspects().forEach((code, cell) -> {
                Optional<ScaleResult> r = cell.figure();
                if (r.isEmpty()) {
                    return;
                }
                ScaleResult s = r.get();
                cov.aspects.merge(code, s.answered(), Long::sum);
                if (s.dissatisfied() >= 1) {
                    add(candidates, process, ASPECT_PREFIX + code, new Evidence.SurveyAspect(Proportion.of(s.dissatisfied(), s.answered(), z),
                            code, s.mean().getAsDouble()));
                }
            });
        }
        for (Keyed<AppealFigures> g : report.appeals()) {
            String process = processOf(g.key());
            if (process == null) {
                continue;
            }
            AppealFigures f = g.figures();
            coverage.computeIfAbsent(process, k -> new CoverageCounts()).appeals += f.total();
            List<ParetoEntry> reasons = f.reasons();
            for (int i = 0; i < reasons.size(); i++) {
                ParetoEntry e = reasons.get(i);
                long complaints = i < f.reasonComplaints().size() ? f.reasonComplaints().get(i) : 0;
                add(candidates, process, e.code(), new Evidence.Appeals(Proportion.of(e.count(), f.total(), z), complaints));
            }
            if (f.overdue() >= 1) {
                add(candidates, process, DEADLINE_PROBLEM, new Evidence.LegalDeadline(Proportion.of(f.overdue(), f.total(), z)));
            }
        }
        for (Keyed<ProcessFigures> g : report.processes()) {
            String process = processOf(g.key());
            if (process == null) {
                continue;
            }
            ProcessFigures f = g.figures();
            long outcomes = f.positive() + f.negative();
            coverage.computeIfAbsent(process, k -> new CoverageCounts()).outcomes += outcomes;
            for (ParetoEntry e : f.negativeReasons()) {
                add(candidates, process, e.code(), new Evidence.ProcessNegative(Proportion.of(e.count(), outcomes, z)));
            }
        }
    }

    private static String processOf(GroupKey key) {
        if (key.isTotal()) {
            return null;
        }
        String process = key.value(Dimension.PROCESS);
        return process == null || Dimension.UNSPECIFIED.equals(process) ? null : process;
    }

    private static void add(Map<Key, Candidate> candidates, String process, String problem, Evidence evidence) {
        candidates.computeIfAbsent(new Key(process, problem), k -> new Candidate()).evidence.add(evidence);
    }

    // ------------------------------------------------------------------------------ decisions

    private static final Comparator<Evidence> BY_SOURCE = Comparator.comparing(Evidence::source);

    private static PainPoint decide(Context ctx, Key key, Candidate c) {
        List<Evidence> evidence = c.evidence;
        evidence.sort(BY_SOURCE); // stable: as they came within a source
        ManualEntry m = c.manual;
        Process process = ctx.registry.get(key.process());

        PrevalenceRule pr = ctx.rules.prevalence();
        double lowerBound = 0;
        Evidence decidingPrevalence = null;
        long largestN = -1;
        for (Evidence e : evidence) {
            Optional<Proportion> p = e.proportion();
            if (p.isPresent()) {
                if (decidingPrevalence == null || p.get().lowerBound() > lowerBound) {
                    lowerBound = p.get().lowerBound();
                    decidingPrevalence = e;
                }
                largestN = Math.max(largestN, p.get().n());
            }
        }
        Level computed = decidingPrevalence == null ? Level.LOW : pr.level(lowerBound);
        Level manualPrevalence = m == null ? null : m.prevalence().orElse(null);
        Level prevalence = manualPrevalence != null ? manualPrevalence : computed;
        boolean lowEvidence = largestN < 0 || largestN < pr.minEvidence();

        ImpactRule ir = ctx.rules.impact();
        Level base = null;
        Evidence decidingImpact = null;
        for (Evidence e : evidence) {
            Optional<Level> l = ir.contribution(e);
            if (l.isPresent() && (base == null || l.get().compareTo(base) > 0)) {
                base = l.get();
                decidingImpact = e;
            }
        }
        if (base == null) {
            base = Level.LOW;
        }
        long annualVolume = process != null && process.annualVolume().isPresent() ? process.annualVolume().getAsLong() : -1;
        VolumeAdjustment volume = ir.volume().orElse(null);
        int steps = 0;
        Level adjusted = base;
        if (volume != null && annualVolume >= 0) {
            steps = volume.steps(lowerBound * annualVolume);
            adjusted = steps > 0 ? base.raised() : steps < 0 ? base.lowered() : base;
        }
        Level manualImpact = m == null ? null : m.impact().orElse(null);
        Level impact = manualImpact != null ? manualImpact : adjusted;

        PriorityRule rule = ctx.rules.priority();
        Level cell = rule.cell(prevalence, impact).orElseThrow();
        Source mandatory = null;
        for (Evidence e : evidence) {
            if (rule.mandatorySources().contains(e.source())) {
                mandatory = e.source();
                break;
            }
        }
        Level priority = mandatory != null ? Level.HIGH : cell;
        Period period = ctx.rules.deadline().deadline(priority).orElseThrow();
        LocalDate deadline = ctx.asOf.plus(period);

        Decision.Basis basis;
        String responsible;
        if (process != null && process.owner().isPresent()) {
            basis = Decision.Basis.REGISTRY;
            responsible = process.owner().get();
        } else if (m != null && m.responsible().isPresent()) {
            basis = Decision.Basis.MANUAL;
            responsible = m.responsible().get();
        } else {
            basis = Decision.Basis.NONE;
            responsible = PainPoint.UNASSIGNED;
        }

        LinkedHashSet<String> measures = new LinkedHashSet<>();
        if (m != null) {
            measures.addAll(m.measures());
        }
        measures.addAll(ctx.measures.measures(key.problem()));

        Decision decision = new Decision(key.process(),
                new Decision.PrevalenceStep(pr, lowerBound, decidingPrevalence, computed, manualPrevalence, prevalence, lowEvidence, largestN),
                new Decision.ImpactStep(ir, decidingImpact, base, annualVolume, lowerBound, volume, steps, adjusted, manualImpact, impact),
                new Decision.PriorityStep(prevalence, impact, cell, mandatory, priority),
                new Decision.DeadlineStep(ctx.asOf, period, priority, deadline),
                new Decision.ResponsibleStep(basis, responsible));

        String processName = process == null ? key.process() : process.name().in(ctx.lang.code());
        String group = process == null ? key.process() : process.group().orElse(key.process());
        return new PainPoint(0, key.process(), processName, group, key.problem(), title(ctx, key.problem(), m),
                m == null ? Kind.PROBLEM : m.kind(), prevalence, impact, priority, lowEvidence, List.copyOf(measures), responsible,
                deadline, Status.IDENTIFIED, evidence, lowerBound, decision);
    }

    private static String title(Context ctx, String problem, ManualEntry m) {
        if (m != null && !m.title().isBlank()) {
            return m.title();
        }
        boolean en = ctx.lang == Lang.EN;
        Optional<LocalizedText> name = ctx.titles.title(problem);
        if (name.isPresent()) {
            String text = name.get().in(ctx.lang.code());
            if (problem.startsWith(ASPECT_PREFIX)) {
                return en ? "Low rating: “" + text + "”" : "Низкая оценка: «" + text + "»";
            }
            return text;
        }
        if (DEADLINE_PROBLEM.equals(problem)) {
            return en ? "Appeals answered after the legal deadline" : "Нарушение сроков рассмотрения обращений";
        }
        if (problem.startsWith(ASPECT_PREFIX)) {
            String aspect = problem.substring(ASPECT_PREFIX.length());
            return en ? "Low rating of “" + aspect + "”" : "Низкая оценка параметра «" + aspect + "»";
        }
        return problem;
    }

    // ------------------------------------------------------------------------------ re-measurement

    /**
     * Carries the statuses of {@code previous} over to {@code current} and re-measures every
     * previous point against the current evidence (повторное измерение).
     *
     * <p>The rule, at the current map's rule set (its z and {@code minEvidence}): let L₀ be the
     * previous point's lower bound and U₀ the largest Wilson upper bound of its measured evidence.
     * The point's current measurements are the measured evidence of the same process and problem in
     * {@code current}; when {@code current} has no such point, they are 0 of n for each source of
     * the previous point's measured evidence, with n what {@code current} had for that source in
     * that process ({@link ProcessCoverage#n}). The point has
     * <ul>
     *   <li><b>improved</b> when it has at least one current measurement, the largest current n is
     *       at least {@code minEvidence}, and every current measurement's Wilson <em>upper</em>
     *       bound is below L₀: the current intervals lie wholly below the previous one, a
     *       significant fall at the rule set's confidence;</li>
     *   <li><b>worsened</b> when the current point's lower bound L exceeds U₀: a significant
     *       rise.</li>
     * </ul>
     * A point never measured (L₀ = 0: a manual entry without evidence) cannot improve this way;
     * verify it by hand.
     *
     * <p>Statuses: a DONE point becomes VERIFIED when it improved, otherwise REOPENED (the work did
     * not show); a VERIFIED point becomes REOPENED when it worsened, otherwise stays VERIFIED; every
     * other point keeps its previous status. Current points without a previous one stay
     * IDENTIFIED. Previous points absent from {@code current} appear in {@link
     * Remeasurement#changes()} only.
     *
     * @return the current map with the carried statuses, and one change record per previous point,
     *         in the previous map's order
     */
    public static Remeasurement remeasure(PainMap previous, PainMap current) {
        Objects.requireNonNull(previous, "previous");
        Objects.requireNonNull(current, "current");
        double z = current.rules().prevalence().z();
        long minEvidence = current.rules().prevalence().minEvidence();
        Map<Key, Integer> index = new HashMap<>();
        for (int i = 0; i < current.items().size(); i++) {
            PainPoint p = current.items().get(i);
            index.put(new Key(p.process(), p.problem()), i);
        }
        List<PainPoint> items = new ArrayList<>(current.items());
        List<Remeasurement.Change> changes = new ArrayList<>();
        for (PainPoint before : previous.items()) {
            Integer at = index.get(new Key(before.process(), before.problem()));
            List<Proportion> now = new ArrayList<>();
            if (at != null) {
                for (Evidence e : items.get(at).evidence()) {
                    e.proportion().ifPresent(now::add);
                }
            } else {
                ProcessCoverage cov = current.coverage().getOrDefault(before.process(), ProcessCoverage.NONE);
                for (Evidence e : before.evidence()) {
                    long n = e.proportion().isPresent() ? cov.n(e.source(), before.problem()) : 0;
                    if (n >= 1) {
                        now.add(Proportion.of(0, n, z));
                    }
                }
            }
            long largestN = now.stream().mapToLong(Proportion::n).max().orElse(0);
            double upper = now.stream().mapToDouble(p -> p.upperBound(z)).max().orElse(Double.NaN);
            boolean improved = !now.isEmpty() && largestN >= minEvidence && upper < before.lowerBound();
            double previousUpper = before.evidence().stream().flatMap(e -> e.proportion().stream())
                    .mapToDouble(p -> p.upperBound(z)).max().orElse(Double.NaN);
            boolean worsened = at != null && items.get(at).lowerBound() > previousUpper;
            Status after = switch (before.status()) {
                case DONE -> improved ? Status.VERIFIED : Status.REOPENED;
                case VERIFIED -> worsened ? Status.REOPENED : Status.VERIFIED;
                default -> before.status();
            };
            if (at != null) {
                items.set(at, items.get(at).withStatus(after));
            }
            changes.add(new Remeasurement.Change(before.process(), before.problem(), before.status(), after, improved, worsened,
                    at != null, before.lowerBound(), now.isEmpty() ? Optional.empty() : Optional.of(upper), largestN));
        }
        return new Remeasurement(current.withItems(items), changes);
    }

    // ------------------------------------------------------------------------------ internals

    /** A point's identity: process id and problem code. */
    private record Key(String process, String problem) {
    }

    private static final class Candidate {
        final List<Evidence> evidence = new ArrayList<>(2);
        ManualEntry manual;
    }

    private static final class CoverageCounts {
        long responses;
        final Map<String, Long> aspects = new HashMap<>();
        long appeals;
        long outcomes;

        ProcessCoverage toCoverage() {
            return new ProcessCoverage(responses, aspects, appeals, outcomes);
        }
    }

    private static final class Context {
        final RuleSet rules;
        final Lang lang;
        final Map<String, Process> registry;
        final MeasuresCatalogue measures;
        final ProblemTitles titles;
        final LocalDate asOf;
        final double z;

        Context(RuleSet rules, Lang lang, Map<String, Process> registry, MeasuresCatalogue measures, ProblemTitles titles, LocalDate asOf) {
            this.rules = rules;
            this.lang = lang;
            this.registry = registry;
            this.measures = measures;
            this.titles = titles;
            this.asOf = asOf;
            this.z = rules.prevalence().z();
        }
    }
}
