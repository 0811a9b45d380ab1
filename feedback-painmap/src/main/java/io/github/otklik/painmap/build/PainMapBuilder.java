package io.github.otklik.painmap.build;

import io.github.otklik.core.process.Process;
import io.github.otklik.metrics.Dimension;
import io.github.otklik.metrics.report.MetricsReport;
import io.github.otklik.metrics.disclosure.Content;
import io.github.otklik.core.text.Language;
import io.github.otklik.painmap.Kind;
import io.github.otklik.painmap.PainMap;
import io.github.otklik.painmap.PainPoint;
import io.github.otklik.painmap.ProcessCoverage;
import io.github.otklik.painmap.Status;
import io.github.otklik.painmap.evidence.Evidence;
import io.github.otklik.painmap.evidence.TextCounts;
import io.github.otklik.painmap.rules.RuleSet;
import io.github.otklik.painmap.rules.RuleSetChecker;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Builds the pain map (карта болей) of {@code spec/painmap.md} from the metrics of a period: the
 * single entry point of this module.
 *
 * <pre>{@code
 * MetricsSpec spec = MetricsSpec.builder(ReportingPeriod.parse("2025-Q1")).forms(catalog)
 *     .groupBy(PainMapBuilder.GROUP_BY)            // [process], agency edition (the default)
 *     .build();
 * MetricsReport report = MetricsEngine.from(spec).run(inputs, reject -> {});
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
 *
 * <p>The parts, each in its own package-private type: the resolved options ({@code BuildOptions}),
 * the evidence collection ({@code EvidenceCollection}), the decision ({@code Decider}, whose steps
 * the explanations of {@code Decision} reuse), the order ({@code MapOrder}), the titles ({@code
 * TitleWording}) and re-measurement ({@code RemeasurementRule}).
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
    private Map<String, TextCounts> texts;

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
        if (!report.disclosure().shows(Content.WORKING_PAIN_MAP)) {
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
        this.registry = Map.copyOf(byId);
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
        Map<String, ManualEntry> seen = new HashMap<>();
        for (ManualEntry e : entries) {
            if (seen.putIfAbsent(e.process() + '\u0000' + e.problem(), e) != null) {
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

    /**
     * The theme counts of free text per process (default: none), the {@code TEXT} evidence of
     * {@code spec/painmap.md}: for each process id and each theme code with x ≥ 1 matching texts of
     * the process's n texts, a {@code TEXT} evidence item x of n with its Wilson lower bound at the
     * rule set's z. It merges with the other evidence of the same code in the same process — a theme
     * whose code is a form's problem code joins that problem's point. Codes with x = 0 and processes
     * the metrics do not know still follow the rule: no evidence for x = 0; a process with texts but
     * no metrics group gets its points all the same. Titles of theme codes come from {@link
     * #titles(ProblemTitles)}.
     *
     * @param byProcess theme counts by process id
     * @return this builder
     * @throws IllegalArgumentException when a process id is the {@code UNSPECIFIED} key value
     * @throws IllegalStateException when already set
     */
    public PainMapBuilder texts(Map<String, TextCounts> byProcess) {
        once(texts, "texts");
        Map<String, TextCounts> copy = new TreeMap<>();
        byProcess.forEach((process, counts) -> {
            if (Dimension.UNSPECIFIED.equals(process)) {
                throw new IllegalArgumentException("texts without a process give no pain point: " + process);
            }
            copy.put(Objects.requireNonNull(process, "process"), Objects.requireNonNull(counts, process));
        });
        this.texts = copy;
        return this;
    }

    private static void once(Object current, String option) {
        if (current != null) {
            throw new IllegalStateException(option + " was already set");
        }
    }

    /** Builds the map. The builder may be used again. */
    public PainMap build() {
        BuildOptions options = options();
        EvidenceCollection collected = EvidenceCollection.collect(report, options);
        Decider decider = new Decider(options.rules(), options.asOf());
        List<Candidate> candidates = collected.candidates();
        // Decisions and evidence lists go into arrays by candidate index, leaving the candidates as
        // they were collected: fewer objects per point and no old-to-young references for the GC.
        int n = candidates.size();
        List<List<Evidence>> evidence = new ArrayList<>(n);
        Decision[] decisions = new Decision[n];
        MapOrder order = new MapOrder(collected.processes().stream().map(pc -> pc.id).toList(),
                collected.problems().stream().map(info -> info.code).toList(), n);
        for (int i = 0; i < n; i++) {
            Candidate c = candidates.get(i);
            List<Evidence> e = c.evidence();
            evidence.add(e);
            Decision d = decider.decide(c.owner.id, e, c.manual, c.owner.annualVolume, c.owner.owner);
            decisions[i] = d;
            order.add(c.owner.ordinal, c.info.ordinal, d.priority(), d.prevalence(), d.lowerBound());
        }
        int[] rank = order.ranks();
        PainPoint[] points = new PainPoint[n];
        for (int i = 0; i < n; i++) { // in the order the candidates were made: memory order, not map order
            points[rank[i]] = point(options, decider, candidates.get(i), evidence.get(i), decisions[i], rank[i] + 1);
        }
        return new PainMap(report.period(), report.zone(), options.asOf(), options.rules(), options.lang(), Arrays.asList(points),
                collected.known(), collected.coverage());
    }

    /** The options of a build, defaults filled in. */
    BuildOptions options() {
        return new BuildOptions(rules == null ? RuleSet.DEFAULT : rules, lang == null ? Language.RU : lang,
                registry == null ? Map.of() : registry, manual == null ? List.of() : manual,
                measures == null ? MeasuresCatalogue.empty() : measures, titles == null ? ProblemTitles.none() : titles,
                LocalDate.ofInstant((asOf == null ? report.asOf() : asOf).minusNanos(1), report.zone()), texts == null ? Map.of() : texts);
    }

    private static PainPoint point(BuildOptions options, Decider decider, Candidate c, List<Evidence> evidence, Decision d, int no) {
        ProcessCandidates pc = c.owner;
        ManualEntry m = c.manual;
        return new PainPoint(no, pc.id, pc.name, pc.group, c.info.code, title(options, c.info, m), m == null ? Kind.PROBLEM : m.kind(),
                d.prevalence(), d.impact(), d.priority(), d.lowEvidence(), measures(options, c.info, m), d.responsible(),
                decider.deadline(d.priority()), Status.IDENTIFIED, evidence, d.lowerBound(), d);
    }

    /** The measures of a point ({@link Decider#measures}); without a manual entry, computed once per code. */
    private static List<String> measures(BuildOptions options, ProblemInfo info, ManualEntry m) {
        if (m != null) {
            return Decider.measures(m.measures(), options.measures().measures(info.code));
        }
        if (info.measures == null) {
            info.measures = Decider.measures(List.of(), options.measures().measures(info.code));
        }
        return info.measures;
    }

    /** The title of a point: the manual entry's, else the name of the code ({@link TitleWording}, computed once per code). */
    private static String title(BuildOptions options, ProblemInfo info, ManualEntry m) {
        if (m != null && !m.title().isBlank()) {
            return m.title();
        }
        if (info.title == null) {
            info.title = TitleWording.title(options.lang(), options.titles(), info.code);
        }
        return info.title;
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
        return RemeasurementRule.apply(previous, current);
    }
}
