package io.github.otklik.painmap.build;

import io.github.otklik.metrics.MetricsSpec;

import io.github.otklik.core.process.Process;
import io.github.otklik.core.text.LocalizedText;
import io.github.otklik.core.text.CodePoints;
import io.github.otklik.metrics.Dimension;
import io.github.otklik.metrics.GroupKey;
import io.github.otklik.metrics.appeal.AppealFigures;
import io.github.otklik.metrics.process.ProcessFigures;
import io.github.otklik.metrics.report.Keyed;
import io.github.otklik.metrics.report.MetricsReport;
import io.github.otklik.metrics.disclosure.Edition;
import io.github.otklik.metrics.report.SatisfactionGroup;
import io.github.otklik.metrics.satisfaction.ProblemResult;
import io.github.otklik.metrics.satisfaction.SatisfactionFigures;
import io.github.otklik.metrics.satisfaction.ScaleResult;
import io.github.otklik.metrics.stats.ParetoEntry;
import io.github.otklik.painmap.Kind;
import io.github.otklik.core.text.Language;
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
import java.util.ArrayList;
import java.util.Arrays;
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
 * MetricsReport report = MetricsSpec.builder(ReportingPeriod.parse("2025-Q1")).forms(catalog)
 *     .groupBy(PainMapBuilder.GROUP_BY)            // [process], internal audience (the default)
 *     .build().run(inputs, reject -> {});
 * PainMap map = PainMapBuilder.from(report)
 *     .registry(registry)                            // owners, names, groups, annual volumes
 *     .manual(manualEntries)
 *     .measures(catalogue)
 *     .rules(RuleSet.DEFAULT)
 *     .lang(Language.RU)
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
    private Language lang;
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
        if (report.edition() != Edition.AGENCY) {
            throw new IllegalArgumentException("the pain map needs an internal metrics report, was " + report.edition().wireName());
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
     * The language of names, titles, explanations and export headers (default: {@link Language#RU}).
     *
     * @throws IllegalStateException when already set
     */
    public PainMapBuilder lang(Language language) {
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
        Context ctx = new Context(rules == null ? RuleSet.DEFAULT : rules, lang == null ? Language.RU : lang,
                registry == null ? Map.of() : registry, measures == null ? MeasuresCatalogue.empty() : measures,
                titles == null ? ProblemTitles.none() : titles,
                LocalDate.ofInstant((asOf == null ? report.asOf() : asOf).minusNanos(1), report.zone()));
        Map<String, ProcessData> processes = new HashMap<>();
        List<Candidate> candidates = new ArrayList<>();
        collect(ctx, processes, candidates);
        if (manual != null) {
            for (ManualEntry e : manual) {
                Candidate c = processData(ctx, processes, e.process()).candidate(ctx, e.problem(), candidates);
                c.add(new Evidence.Manual(e.evidence().map(n -> Proportion.of(n.x(), n.n(), ctx.z))));
                c.manual = e;
            }
        }
        // Decisions and evidence lists go into arrays by candidate index, leaving the candidates as
        // they were collected: fewer objects per point and no old-to-young references for the GC.
        int n = candidates.size();
        List<List<Evidence>> evidence = new ArrayList<>(n);
        Decision[] decisions = new Decision[n];
        for (int i = 0; i < n; i++) {
            Candidate c = candidates.get(i);
            List<Evidence> e = c.evidence();
            evidence.add(e);
            decisions[i] = decide(ctx, c, e);
        }
        int[] rank = order(ctx, processes, candidates, decisions);
        PainPoint[] points = new PainPoint[n];
        for (int i = 0; i < n; i++) { // in the order the candidates were made: memory order, not map order
            points[rank[i]] = toPoint(ctx, candidates.get(i), evidence.get(i), decisions[i], rank[i] + 1);
        }
        Map<String, Process> known = new HashMap<>();
        Map<String, ProcessCoverage> covered = new HashMap<>();
        processes.forEach((id, pd) -> {
            if (pd.covered) {
                covered.put(id, pd.toCoverage());
            }
            if (pd.entry != null && !pd.candidates.isEmpty()) {
                known.put(pd.entry.id(), pd.entry);
            }
        });
        return new PainMap(report.period(), report.zone(), ctx.asOf, ctx.rules, ctx.lang, Arrays.asList(points), known, covered);
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

    /**
     * The place of every candidate in {@link #ORDER}, by index in {@code candidates}; computed by
     * sorting primitive keys once instead of comparing points. Each candidate gets its position in
     * (process, problem) code-point order (the tie-break); its key packs the (priority, prevalence)
     * group, the leading bits of L descending and the position into one long. Candidates whose keys
     * tie although their L differ (L equal in the leading bits only) are put in order afterwards.
     */
    private static int[] order(Context ctx, Map<String, ProcessData> processes, List<Candidate> candidates, Decision[] decisions) {
        int n = candidates.size();
        if (n == 0) {
            return new int[0];
        }
        List<ProblemInfo> problems = new ArrayList<>(ctx.problems.values());
        problems.sort((a, b) -> CodePoints.compare(a.code, b.code));
        for (int i = 0; i < problems.size(); i++) {
            problems.get(i).rank = i;
        }
        List<String> ids = new ArrayList<>(processes.keySet());
        ids.sort(CodePoints.ORDER);
        int[] positions = new int[n];
        int position = 0;
        long[] scratch = new long[16];
        for (String id : ids) {
            List<Candidate> own = processes.get(id).candidates;
            int k = own.size();
            if (scratch.length < k) {
                scratch = new long[Math.max(k, scratch.length * 2)];
            }
            for (int j = 0; j < k; j++) { // (problem rank, candidate index): sorts as primitives
                Candidate c = own.get(j);
                scratch[j] = (long) c.info.rank << 32 | c.index;
            }
            Arrays.sort(scratch, 0, k);
            for (int j = 0; j < k; j++) {
                positions[(int) scratch[j]] = position++;
            }
        }
        int positionBits = Math.max(1, 64 - Long.numberOfLeadingZeros(n - 1L));
        int boundBits = 63 - GROUP_BITS - positionBits;
        long[] keys = new long[n];
        double[] bounds = new double[n];
        int[] index = new int[n];
        for (int i = 0; i < n; i++) {
            Decision d = decisions[i];
            int p = positions[i];
            bounds[p] = d.lowerBound();
            index[p] = i;
            long group = (Level.HIGH.ordinal() - d.priority().ordinal()) * 3L + (Level.HIGH.ordinal() - d.prevalence().ordinal());
            keys[i] = (((group << boundBits) | (descending(d.lowerBound()) >>> (64 - boundBits))) << positionBits) | p;
        }
        Arrays.sort(keys);
        long mask = (1L << positionBits) - 1;
        for (int start = 0, i = 1; i <= n; i++) {
            if (i == n || keys[i] >>> positionBits != keys[start] >>> positionBits) {
                if (i - start > 1) {
                    orderRun(keys, start, i, bounds, positionBits);
                }
                start = i;
            }
        }
        int[] rank = new int[n];
        for (int r = 0; r < n; r++) {
            rank[index[(int) (keys[r] & mask)]] = r;
        }
        return rank;
    }

    /** Bits of the (priority, prevalence) group in a sort key: 9 groups. */
    private static final int GROUP_BITS = 4;

    /** L as a long whose unsigned order is the descending order of {@link Double#compare}. */
    static long descending(double lowerBound) {
        long bits = Double.doubleToLongBits(lowerBound);
        long ascending = bits ^ ((bits >> 63) & Long.MAX_VALUE); // signed order = Double.compare order
        return ~(ascending ^ Long.MIN_VALUE);
    }

    /**
     * Puts keys[start..end), which tie in group and leading bits of L and are in position order, in
     * L-descending then position order: a no-op unless their L differ beyond the leading bits.
     */
    static void orderRun(long[] keys, int start, int end, double[] bounds, int positionBits) {
        long mask = (1L << positionBits) - 1;
        double first = bounds[(int) (keys[start] & mask)];
        boolean tied = true;
        for (int i = start + 1; i < end && tied; i++) {
            tied = Double.compare(bounds[(int) (keys[i] & mask)], first) == 0;
        }
        if (tied) {
            return;
        }
        Integer[] positions = new Integer[end - start];
        for (int i = start; i < end; i++) {
            positions[i - start] = (int) (keys[i] & mask);
        }
        Arrays.sort(positions, (a, b) -> {
            int c = Double.compare(bounds[b], bounds[a]);
            return c != 0 ? c : Integer.compare(a, b);
        });
        long high = keys[start] & ~mask;
        for (int i = start; i < end; i++) {
            keys[i] = high | positions[i - start];
        }
    }

    // ------------------------------------------------------------------------------ candidates

    private void collect(Context ctx, Map<String, ProcessData> processes, List<Candidate> candidates) {
        double z = ctx.z;
        for (SatisfactionGroup g : report.satisfaction()) {
            String process = processOf(g.key());
            Optional<SatisfactionFigures> figures = g.figures().figure();
            if (process == null || figures.isEmpty()) {
                continue;
            }
            SatisfactionFigures f = figures.get();
            ProcessData pd = processData(ctx, processes, process);
            pd.covered = true;
            pd.responses += f.responses();
            f.problems().forEach((code, cell) -> {
                Optional<ProblemResult> r = cell.figure();
                if (r.isPresent() && r.get().count() >= 1) {
                    long x = r.get().count();
                    long n = Math.max(r.get().base(), x);
                    pd.candidate(ctx, code, candidates).add(new Evidence.SurveyProblem(Proportion.of(x, n, z)));
                }
            });
            f.aspects().forEach((code, cell) -> {
                Optional<ScaleResult> r = cell.figure();
                if (r.isEmpty()) {
                    return;
                }
                ScaleResult s = r.get();
                pd.aspects.merge(code, s.answered(), Long::sum);
                if (s.dissatisfied() >= 1) {
                    String problem = ctx.aspectProblem(code);
                    pd.candidate(ctx, problem, candidates).add(new Evidence.SurveyAspect(
                            Proportion.of(s.dissatisfied(), s.answered(), z), code, s.mean().getAsDouble()));
                }
            });
        }
        for (Keyed<AppealFigures> g : report.appeals()) {
            String process = processOf(g.key());
            if (process == null) {
                continue;
            }
            AppealFigures f = g.figures();
            ProcessData pd = processData(ctx, processes, process);
            pd.covered = true;
            pd.appeals += f.total();
            List<ParetoEntry> reasons = f.reasons();
            List<Long> reasonComplaints = f.reasonComplaints();
            for (int i = 0; i < reasons.size(); i++) {
                ParetoEntry e = reasons.get(i);
                long complaints = i < reasonComplaints.size() ? reasonComplaints.get(i) : 0;
                pd.candidate(ctx, e.code(), candidates).add(new Evidence.Appeals(Proportion.of(e.count(), f.total(), z), complaints));
            }
            if (f.overdue() >= 1) {
                pd.candidate(ctx, DEADLINE_PROBLEM, candidates).add(new Evidence.LegalDeadline(Proportion.of(f.overdue(), f.total(), z)));
            }
        }
        for (Keyed<ProcessFigures> g : report.processes()) {
            String process = processOf(g.key());
            if (process == null) {
                continue;
            }
            ProcessFigures f = g.figures();
            long outcomes = f.positive() + f.negative();
            ProcessData pd = processData(ctx, processes, process);
            pd.covered = true;
            pd.outcomes += outcomes;
            for (ParetoEntry e : f.negativeReasons()) {
                pd.candidate(ctx, e.code(), candidates).add(new Evidence.ProcessNegative(Proportion.of(e.count(), outcomes, z)));
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

    private static ProcessData processData(Context ctx, Map<String, ProcessData> processes, String id) {
        ProcessData pd = processes.get(id);
        if (pd == null) {
            pd = new ProcessData(ctx, id);
            processes.put(id, pd);
        }
        return pd;
    }

    // ------------------------------------------------------------------------------ decisions

    private static final Comparator<Evidence> BY_SOURCE = Comparator.comparing(Evidence::source);

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

    /**
     * Decides one point by the rules of the class comment. {@link Decision} keeps the inputs and
     * derives the intermediate levels (computed prevalence, contribution, volume step, matrix cell)
     * again when rendering, by the same rule calls: keep the two in step.
     */
    private static Decision decide(Context ctx, Candidate c, List<Evidence> evidence) {
        ManualEntry m = c.manual;
        ProcessData pd = c.owner;

        double lowerBound = 0;
        Evidence decidingPrevalence = null;
        long largestN = -1;
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
        }
        Level computed = decidingPrevalence == null ? Level.LOW : ctx.prevalenceRule.level(lowerBound);
        Level manualPrevalence = m == null ? null : m.prevalence().orElse(null);
        Level prevalence = manualPrevalence != null ? manualPrevalence : computed;
        boolean lowEvidence = largestN < 0 || largestN < ctx.minEvidence;

        Level base = null;
        Evidence decidingImpact = null;
        Source mandatory = null;
        for (int i = 0, size = evidence.size(); i < size; i++) {
            Evidence e = evidence.get(i);
            Optional<Level> l = ctx.impactRule.contribution(e);
            if (l.isPresent() && (base == null || l.get().compareTo(base) > 0)) {
                base = l.get();
                decidingImpact = e;
            }
            if (mandatory == null && ctx.mandatory[e.source().ordinal()]) {
                mandatory = e.source();
            }
        }
        if (base == null) {
            base = Level.LOW;
        }
        long annualVolume = pd.annualVolume;
        int steps = 0;
        Level adjusted = base;
        if (ctx.volume != null && annualVolume >= 0) {
            steps = ctx.volume.steps(lowerBound * annualVolume);
            adjusted = steps > 0 ? base.raised() : steps < 0 ? base.lowered() : base;
        }
        Level manualImpact = m == null ? null : m.impact().orElse(null);
        Level impact = manualImpact != null ? manualImpact : adjusted;

        Level cell = ctx.matrix[prevalence.ordinal() * 3 + impact.ordinal()];
        Level priority = mandatory != null ? Level.HIGH : cell;

        Decision.Basis basis;
        String responsible;
        if (pd.owner != null) {
            basis = Decision.Basis.REGISTRY;
            responsible = pd.owner;
        } else if (m != null && m.responsible().isPresent()) {
            basis = Decision.Basis.MANUAL;
            responsible = m.responsible().get();
        } else {
            basis = Decision.Basis.NONE;
            responsible = PainPoint.UNASSIGNED;
        }

        return new Decision(ctx.frame, pd.id, lowerBound, decidingPrevalence, manualPrevalence, prevalence, lowEvidence,
                largestN, decidingImpact, annualVolume, manualImpact, impact, mandatory, priority, basis, responsible);
    }

    private static PainPoint toPoint(Context ctx, Candidate c, List<Evidence> evidence, Decision d, int no) {
        ProcessData pd = c.owner;
        ManualEntry m = c.manual;
        return new PainPoint(no, pd.id, pd.name, pd.group, c.info.code, title(ctx, c.info, m), m == null ? Kind.PROBLEM : m.kind(),
                d.prevalence(), d.impact(), d.priority(), d.lowEvidence(), measures(ctx, c.info, m), d.responsible(),
                ctx.deadline(d.priority()), Status.IDENTIFIED, evidence, d.lowerBound(), d);
    }

    /** The measures of a point: the manual entry's, then the catalogue's, without repeats (the latter once per code). */
    private static List<String> measures(Context ctx, ProblemInfo info, ManualEntry m) {
        if (m == null) {
            if (info.measures == null) {
                info.measures = List.copyOf(new LinkedHashSet<>(ctx.measures.measures(info.code)));
            }
            return info.measures;
        }
        LinkedHashSet<String> measures = new LinkedHashSet<>(m.measures());
        measures.addAll(ctx.measures.measures(info.code));
        return List.copyOf(measures);
    }

    /** The title of a point: the manual entry's, else the name of the code (computed once per code). */
    private static String title(Context ctx, ProblemInfo info, ManualEntry m) {
        if (m != null && !m.title().isBlank()) {
            return m.title();
        }
        if (info.title == null) {
            info.title = title(ctx, info.code);
        }
        return info.title;
    }

    private static String title(Context ctx, String problem) {
        boolean en = ctx.lang == Language.EN;
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

    /** A pain point in the making: its process, problem code, evidence and manual entry; its index in the build. */
    private static final class Candidate {
        final ProcessData owner;
        final ProblemInfo info;
        final int index;
        /** The evidence while there is one piece. */
        private Evidence only;
        /** The evidence once there are several, in the order they came. */
        private List<Evidence> several;
        ManualEntry manual;

        Candidate(ProcessData owner, ProblemInfo info, int index) {
            this.owner = owner;
            this.info = info;
            this.index = index;
        }

        void add(Evidence e) {
            if (several != null) {
                several.add(e);
            } else if (only == null) {
                only = e;
            } else {
                several = new ArrayList<>(4);
                several.add(only);
                several.add(e);
            }
        }

        /** The evidence by source order, then as it came, as an immutable list. */
        List<Evidence> evidence() {
            if (several == null) {
                return List.of(only);
            }
            several.sort(BY_SOURCE); // stable: as they came within a source
            return List.copyOf(several);
        }
    }

    /** One problem code of a build: its string (shared by its points), its rank by code point, its title and measures once needed. */
    private static final class ProblemInfo {
        final String code;
        final int hash;
        int rank;
        String title;
        List<String> measures;

        ProblemInfo(String code) {
            this.code = code;
            this.hash = code.hashCode();
        }
    }

    /**
     * One process: what the registry says of it (looked up once), how much data the report had
     * about it, and its candidates by problem code.
     */
    private static final class ProcessData {
        /** Up to this many candidates a process looks its problem codes up by scanning them. */
        private static final int LINEAR_LOOKUP = 32;
        final String id;
        final Process entry;
        final String name;
        final String group;
        final String owner;
        final long annualVolume;
        /** The candidates as they came. */
        final List<Candidate> candidates = new ArrayList<>();
        /** The candidates by problem code, once there are too many to look through. */
        private Map<String, Candidate> byProblem;
        boolean covered;
        long responses;
        final Map<String, Long> aspects = new HashMap<>();
        long appeals;
        long outcomes;

        ProcessData(Context ctx, String id) {
            this.id = id;
            this.entry = ctx.registry.get(id);
            this.name = entry == null ? id : entry.name().in(ctx.lang.code());
            this.group = entry == null ? id : entry.group().orElse(id);
            this.owner = entry == null ? null : entry.owner().orElse(null);
            this.annualVolume = entry != null && entry.annualVolume().isPresent() ? entry.annualVolume().getAsLong() : -1;
        }

        /** The candidate of {@code problem}, created (and added to {@code all}) when new. */
        Candidate candidate(Context ctx, String problem, List<Candidate> all) {
            if (byProblem != null) {
                Candidate c = byProblem.get(problem);
                if (c != null) {
                    return c;
                }
            } else {
                int hash = problem.hashCode();
                for (int i = 0, n = candidates.size(); i < n; i++) {
                    Candidate c = candidates.get(i);
                    if (c.info.hash == hash && c.info.code.equals(problem)) {
                        return c;
                    }
                }
                if (candidates.size() == LINEAR_LOOKUP) {
                    byProblem = new HashMap<>();
                    for (Candidate c : candidates) {
                        byProblem.put(c.info.code, c);
                    }
                }
            }
            Candidate c = new Candidate(this, ctx.problem(problem), all.size());
            if (byProblem != null) {
                byProblem.put(c.info.code, c);
            }
            candidates.add(c);
            all.add(c);
            return c;
        }

        ProcessCoverage toCoverage() {
            return new ProcessCoverage(responses, aspects, appeals, outcomes);
        }
    }

    /** The options of one build, with the rules resolved once: matrix cells, mandatory sources, deadlines. */
    private static final class Context {
        final RuleSet rules;
        final Language lang;
        final Map<String, Process> registry;
        final MeasuresCatalogue measures;
        final ProblemTitles titles;
        final LocalDate asOf;
        /** What every decision shares: the rule set and the date. */
        final Decision.Frame frame;
        final double z;
        final PrevalenceRule prevalenceRule;
        final long minEvidence;
        final ImpactRule impactRule;
        final VolumeAdjustment volume;
        /** Priority at prevalence ordinal × 3 + impact ordinal; the rule set is total (checked by the builder). */
        final Level[] matrix = new Level[9];
        /** Whether each source (by ordinal) is mandatory. */
        final boolean[] mandatory = new boolean[Source.values().length];
        /** Deadline by priority ordinal, once computed. */
        final LocalDate[] deadlines = new LocalDate[3];
        /** Every problem code met, one {@link ProblemInfo} each. */
        final Map<String, ProblemInfo> problems = new HashMap<>();
        private final Map<String, String> aspectProblems = new HashMap<>();

        Context(RuleSet rules, Language lang, Map<String, Process> registry, MeasuresCatalogue measures, ProblemTitles titles, LocalDate asOf) {
            this.rules = rules;
            this.lang = lang;
            this.registry = registry;
            this.measures = measures;
            this.titles = titles;
            this.asOf = asOf;
            this.frame = new Decision.Frame(rules, asOf);
            this.prevalenceRule = rules.prevalence();
            this.z = prevalenceRule.z();
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
        }

        /** What the build knows of {@code code}, made when first met. */
        ProblemInfo problem(String code) {
            ProblemInfo info = problems.get(code);
            if (info == null) {
                info = new ProblemInfo(code);
                problems.put(code, info);
            }
            return info;
        }

        /** The problem code {@code aspect:<code>} of an aspect, one string per code. */
        String aspectProblem(String aspect) {
            String problem = aspectProblems.get(aspect);
            if (problem == null) {
                problem = ASPECT_PREFIX + aspect;
                aspectProblems.put(aspect, problem);
            }
            return problem;
        }

        /** The deadline of a point of {@code priority}: the map's date plus the policy's period (computed once per level). */
        LocalDate deadline(Level priority) {
            LocalDate d = deadlines[priority.ordinal()];
            if (d == null) {
                d = asOf.plus(rules.deadline().deadline(priority).orElseThrow());
                deadlines[priority.ordinal()] = d;
            }
            return d;
        }
    }
}
