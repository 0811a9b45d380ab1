package io.github.otklik.painmap.build;

import io.github.otklik.core.process.Process;
import io.github.otklik.metrics.Dimension;
import io.github.otklik.metrics.GroupKey;
import io.github.otklik.metrics.appeal.AppealFigures;
import io.github.otklik.metrics.process.ProcessFigures;
import io.github.otklik.metrics.report.Keyed;
import io.github.otklik.metrics.report.MetricsReport;
import io.github.otklik.metrics.report.SatisfactionGroup;
import io.github.otklik.metrics.satisfaction.ProblemResult;
import io.github.otklik.metrics.satisfaction.SatisfactionFigures;
import io.github.otklik.metrics.satisfaction.ScaleResult;
import io.github.otklik.metrics.stats.ParetoEntry;
import io.github.otklik.painmap.ProcessCoverage;
import io.github.otklik.painmap.evidence.Evidence;
import io.github.otklik.painmap.evidence.Proportion;
import io.github.otklik.painmap.evidence.TextCounts;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The candidate pain points of a build and their evidence (сбор сведений), collected in one pass
 * over the report's groups, then the manual entries, as {@code spec/painmap.md} lists them:
 * <ul>
 *   <li>{@code SURVEY_PROBLEM} per problem code chosen at least once (count of base; when a form
 *       lets a problem be chosen while its overall question is hidden the count may exceed the
 *       base, and n is then the count);</li>
 *   <li>{@code SURVEY_ASPECT} per aspect with dissatisfied ≥ 1 (dissatisfied of answered, code
 *       {@code aspect:<code>}, with the aspect's mean);</li>
 *   <li>{@code APPEALS} per appeal reason (count of the process's appeals, with its complaints);</li>
 *   <li>{@code PROCESS_NEGATIVE} per negative-result reason (count of positive + negative);</li>
 *   <li>{@code LEGAL_DEADLINE} when overdue ≥ 1 (overdue of total, code {@code deadline:appeals});</li>
 *   <li>{@code TEXT} per theme matched by at least one text of the process (matching texts of the
 *       process's texts, code = theme code, from {@link BuildOptions#texts()});</li>
 *   <li>{@code MANUAL} per manual entry (its x of n, or nothing measured).</li>
 * </ul>
 * Groups without a process (key value {@code UNSPECIFIED}) and the total group give none. Evidence
 * of the same code in the same process is one candidate. Each process also records how much data
 * the report had about it ({@link ProcessCoverage}), for re-measurement. Not thread-safe; one per
 * build.
 */
final class EvidenceCollection {
    private final BuildOptions options;
    private final double z;
    private final Map<String, ProcessCandidates> processes = new HashMap<>();
    private final List<ProcessCandidates> processList = new ArrayList<>();
    private final List<Candidate> candidates = new ArrayList<>();
    private final Map<String, ProblemInfo> problems = new HashMap<>();
    private final List<ProblemInfo> problemList = new ArrayList<>();
    /** The problem code {@code aspect:<code>} of each aspect, one string per code. */
    private final Map<String, String> aspectProblems = new HashMap<>();

    private EvidenceCollection(BuildOptions options) {
        this.options = options;
        this.z = options.rules().prevalence().z();
    }

    /** The candidates of {@code report} and of the options' manual entries, measured at the rule set's z. */
    static EvidenceCollection collect(MetricsReport report, BuildOptions options) {
        EvidenceCollection c = new EvidenceCollection(options);
        c.satisfaction(report.satisfaction());
        c.appeals(report.appeals());
        c.processes(report.processes());
        c.texts(options.texts());
        for (ManualEntry e : options.manual()) {
            Candidate candidate = c.candidate(c.process(e.process()), e.problem());
            candidate.add(new Evidence.Manual(e.evidence().map(n -> Proportion.of(n.x(), n.n(), c.z))));
            candidate.manual = e;
        }
        return c;
    }

    /** Every candidate, by index: in the order they were made. */
    List<Candidate> candidates() {
        return candidates;
    }

    /** Every process met, in the order met ({@link ProcessCandidates#ordinal}). */
    List<ProcessCandidates> processes() {
        return processList;
    }

    /** Every problem code met, in the order met ({@link ProblemInfo#ordinal}). */
    List<ProblemInfo> problems() {
        return problemList;
    }

    /** How much data there was per process the report had a group of. */
    Map<String, ProcessCoverage> coverage() {
        Map<String, ProcessCoverage> covered = new HashMap<>();
        for (ProcessCandidates pc : processList) {
            if (pc.covered) {
                covered.put(pc.id, pc.coverage());
            }
        }
        return covered;
    }

    /** The registry's entries of the processes that have candidates. */
    Map<String, Process> known() {
        Map<String, Process> known = new HashMap<>();
        for (ProcessCandidates pc : processList) {
            if (pc.entry != null && !pc.candidates.isEmpty()) {
                known.put(pc.entry.id(), pc.entry);
            }
        }
        return known;
    }

    private void satisfaction(List<SatisfactionGroup> groups) {
        for (SatisfactionGroup g : groups) {
            String process = processOf(g.key());
            Optional<SatisfactionFigures> figures = g.figures().figure();
            if (process == null || figures.isEmpty()) {
                continue;
            }
            SatisfactionFigures f = figures.get();
            ProcessCandidates pc = process(process);
            pc.covered = true;
            pc.responses += f.responses();
            f.problems().forEach((code, cell) -> {
                Optional<ProblemResult> r = cell.figure();
                if (r.isPresent() && r.get().count() >= 1) {
                    long x = r.get().count();
                    long n = Math.max(r.get().base(), x);
                    candidate(pc, code).add(new Evidence.SurveyProblem(Proportion.of(x, n, z)));
                }
            });
            f.aspects().forEach((code, cell) -> {
                Optional<ScaleResult> r = cell.figure();
                if (r.isEmpty()) {
                    return;
                }
                ScaleResult s = r.get();
                pc.aspects.merge(code, s.answered(), Long::sum);
                if (s.dissatisfied() >= 1) {
                    candidate(pc, aspectProblem(code)).add(new Evidence.SurveyAspect(Proportion.of(s.dissatisfied(), s.answered(), z), code,
                            s.mean().getAsDouble()));
                }
            });
        }
    }

    private void appeals(List<Keyed<AppealFigures>> groups) {
        for (Keyed<AppealFigures> g : groups) {
            String process = processOf(g.key());
            if (process == null) {
                continue;
            }
            AppealFigures f = g.figures();
            ProcessCandidates pc = process(process);
            pc.covered = true;
            pc.appeals += f.total();
            List<ParetoEntry> reasons = f.reasons();
            List<Long> reasonComplaints = f.reasonComplaints();
            for (int i = 0; i < reasons.size(); i++) {
                ParetoEntry e = reasons.get(i);
                long complaints = i < reasonComplaints.size() ? reasonComplaints.get(i) : 0;
                candidate(pc, e.code()).add(new Evidence.Appeals(Proportion.of(e.count(), f.total(), z), complaints));
            }
            if (f.overdue() >= 1) {
                candidate(pc, PainMapBuilder.DEADLINE_PROBLEM).add(new Evidence.LegalDeadline(Proportion.of(f.overdue(), f.total(), z)));
            }
        }
    }

    private void processes(List<Keyed<ProcessFigures>> groups) {
        for (Keyed<ProcessFigures> g : groups) {
            String process = processOf(g.key());
            if (process == null) {
                continue;
            }
            ProcessFigures f = g.figures();
            long outcomes = f.positive() + f.negative();
            ProcessCandidates pc = process(process);
            pc.covered = true;
            pc.outcomes += outcomes;
            for (ParetoEntry e : f.negativeReasons()) {
                candidate(pc, e.code()).add(new Evidence.ProcessNegative(Proportion.of(e.count(), outcomes, z)));
            }
        }
    }

    private void texts(Map<String, TextCounts> byProcess) {
        byProcess.forEach((process, counts) -> {
            if (counts.texts() == 0) {
                return;
            }
            ProcessCandidates pc = process(process);
            pc.covered = true;
            pc.texts += counts.texts();
            counts.matched().forEach((code, x) -> {
                if (x >= 1) {
                    candidate(pc, code).add(new Evidence.Text(Proportion.of(x, counts.texts(), z)));
                }
            });
        });
    }

    /** The process of a group, or null for the total group and groups without a process. */
    private static String processOf(GroupKey key) {
        if (key.isTotal()) {
            return null;
        }
        String process = key.value(Dimension.PROCESS);
        return process == null || Dimension.UNSPECIFIED.equals(process) ? null : process;
    }

    /** The process {@code id}, made (and looked up in the registry) when first met. */
    private ProcessCandidates process(String id) {
        ProcessCandidates pc = processes.get(id);
        if (pc == null) {
            pc = new ProcessCandidates(id, processList.size(), options.registry().get(id), options.lang());
            processes.put(id, pc);
            processList.add(pc);
        }
        return pc;
    }

    /** The candidate of {@code problem} in {@code pc}, made when new. */
    private Candidate candidate(ProcessCandidates pc, String problem) {
        Candidate c = pc.find(problem);
        if (c == null) {
            c = new Candidate(pc, problem(problem), candidates.size());
            pc.add(c);
            candidates.add(c);
        }
        return c;
    }

    /** What the build knows of {@code code}, made when first met. */
    private ProblemInfo problem(String code) {
        ProblemInfo info = problems.get(code);
        if (info == null) {
            info = new ProblemInfo(code, problemList.size());
            problems.put(code, info);
            problemList.add(info);
        }
        return info;
    }

    private String aspectProblem(String aspect) {
        String problem = aspectProblems.get(aspect);
        if (problem == null) {
            problem = PainMapBuilder.ASPECT_PREFIX + aspect;
            aspectProblems.put(aspect, problem);
        }
        return problem;
    }
}
