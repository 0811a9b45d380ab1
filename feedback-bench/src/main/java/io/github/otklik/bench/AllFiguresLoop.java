package io.github.otklik.bench;

import io.github.otklik.core.channel.Channel;
import io.github.otklik.core.response.AnswerValue;
import io.github.otklik.core.response.SurveyResponse;
import io.github.otklik.forms.ChoiceQuestion;
import io.github.otklik.forms.Condition;
import io.github.otklik.forms.Form;
import io.github.otklik.forms.FormCatalog;
import io.github.otklik.forms.Option;
import io.github.otklik.forms.Question;
import io.github.otklik.forms.QuestionRole;
import io.github.otklik.forms.ScaleQuestion;
import io.github.otklik.metrics.Dimension;
import io.github.otklik.metrics.report.MetricsReport;
import io.github.otklik.metrics.report.SatisfactionGroup;
import io.github.otklik.metrics.satisfaction.ProblemResult;
import io.github.otklik.metrics.satisfaction.SatisfactionFigures;
import io.github.otklik.metrics.satisfaction.ScaleResult;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The limit for the same work as Otklik's satisfaction figures: every figure of every process ×
 * channel group (overall, aspects by code, problems with their bases), hand-written for the
 * standard forms as an expert would: forms, aspect and problem codes and groups dictionary-coded
 * into int indexes, counts in flat long arrays, the overall question's visibility condition
 * ({@code used = "yes"} or none) checked directly. It makes the same answer lookups per response as
 * the engine must; nothing is allocated per response.
 */
public final class AllFiguresLoop {
    private static final int CHANNELS = Channel.values().length;
    private static final int SCALE = 6; // answered, dk, satisfied, neutral, dissatisfied, sum

    // per form (dictionary-coded by id; every standard form is version 1)
    private final Map<String, Integer> formIndex = new HashMap<>();
    private final String[] overallIds;
    private final long[] satisfiedFrom;
    private final long[] dissatisfiedTo;
    private final String[] conditionIds; // question the overall's visibleIf tests for "yes", or null
    private final String[][] aspectIds;
    private final int[][] aspectSlots;
    private final long[][] aspectSatisfiedFrom;
    private final long[][] aspectDissatisfiedTo;
    private final String[][] problemQuestionIds;
    private final List<Map<String, Integer>> problemSlot = new ArrayList<>(); // code -> global problem index
    private final int[][] formProblemSlots;
    private final List<String> aspectCodes = new ArrayList<>();
    private final List<String> problemCodes = new ArrayList<>();

    // per group
    private final Map<String, Integer> processIndex = new HashMap<>();
    private final List<String> processes = new ArrayList<>();
    private long[] responses = new long[0];
    private long[] overall = new long[0];
    private long[] aspects = new long[0];
    private long[] problems = new long[0];

    AllFiguresLoop(FormCatalog catalog) {
        List<Form> forms = new ArrayList<>();
        for (String id : FormCatalog.STANDARD_IDS) {
            forms.add(catalog.find(id, "1").orElseThrow());
        }
        int n = forms.size();
        overallIds = new String[n];
        satisfiedFrom = new long[n];
        dissatisfiedTo = new long[n];
        conditionIds = new String[n];
        aspectIds = new String[n][];
        aspectSlots = new int[n][];
        aspectSatisfiedFrom = new long[n][];
        aspectDissatisfiedTo = new long[n][];
        problemQuestionIds = new String[n][];
        formProblemSlots = new int[n][];
        for (int f = 0; f < n; f++) {
            Form form = forms.get(f);
            formIndex.put(form.id(), f);
            ScaleQuestion o = form.overall().orElseThrow();
            overallIds[f] = o.id().intern();
            satisfiedFrom[f] = o.satisfiedFrom();
            dissatisfiedTo[f] = o.dissatisfiedTo();
            Condition c = o.visibleIf().orElse(null);
            if (c instanceof Condition.Equals e && e.value().equals(AnswerValue.of("yes"))) {
                conditionIds[f] = e.question().intern();
            } else if (c != null) {
                throw new IllegalStateException("the hand-written loop knows only used = yes: " + c);
            }
            List<ScaleQuestion> as = new ArrayList<>();
            List<ChoiceQuestion> ps = new ArrayList<>();
            Map<String, Integer> slots = new HashMap<>();
            for (Question q : form.questions()) {
                if (q.role() == QuestionRole.ASPECT && q instanceof ScaleQuestion s && q.aspect().isPresent()) {
                    as.add(s);
                } else if (q.role() == QuestionRole.PROBLEM && q instanceof ChoiceQuestion cq) {
                    ps.add(cq);
                    for (Option opt : cq.options()) {
                        if (!problemCodes.contains(opt.value())) {
                            problemCodes.add(opt.value());
                        }
                        slots.put(opt.value(), problemCodes.indexOf(opt.value()));
                    }
                }
            }
            aspectIds[f] = as.stream().map(q -> q.id().intern()).toArray(String[]::new);
            aspectSlots[f] = new int[as.size()];
            aspectSatisfiedFrom[f] = new long[as.size()];
            aspectDissatisfiedTo[f] = new long[as.size()];
            for (int i = 0; i < as.size(); i++) {
                String code = as.get(i).aspect().orElseThrow();
                if (!aspectCodes.contains(code)) {
                    aspectCodes.add(code);
                }
                aspectSlots[f][i] = aspectCodes.indexOf(code);
                aspectSatisfiedFrom[f][i] = as.get(i).satisfiedFrom();
                aspectDissatisfiedTo[f][i] = as.get(i).dissatisfiedTo();
            }
            problemQuestionIds[f] = ps.stream().map(q -> q.id().intern()).toArray(String[]::new);
            problemSlot.add(slots);
            formProblemSlots[f] = slots.values().stream().mapToInt(Integer::intValue).distinct().toArray();
        }
    }

    /** One pass over {@code data}; returns this. */
    AllFiguresLoop run(List<SurveyResponse> data) {
        int na = aspectCodes.size();
        int np = problemCodes.size();
        for (int i = 0, n = data.size(); i < n; i++) {
            SurveyResponse r = data.get(i);
            int g = group(r.process().orElse(Dimension.UNSPECIFIED)) * CHANNELS + r.channel().ordinal();
            responses[g]++;
            Integer fi = formIndex.get(r.form());
            if (fi == null || !"1".equals(r.formVersion())) {
                continue;
            }
            int f = fi;
            Map<String, AnswerValue> answers = r.answers();
            tally(overall, g * SCALE, answers.get(overallIds[f]), satisfiedFrom[f], dissatisfiedTo[f]);
            String[] ids = aspectIds[f];
            for (int k = 0; k < ids.length; k++) {
                tally(aspects, (g * na + aspectSlots[f][k]) * SCALE, answers.get(ids[k]), aspectSatisfiedFrom[f][k],
                        aspectDissatisfiedTo[f][k]);
            }
            if (conditionIds[f] == null || answers.get(conditionIds[f]) instanceof AnswerValue.TextValue t && "yes".equals(t.value())) {
                for (int slot : formProblemSlots[f]) {
                    problems[(g * np + slot) * 2 + 1]++;
                }
            }
            long chosen = 0;
            Map<String, Integer> slots = problemSlot.get(f);
            for (String q : problemQuestionIds[f]) {
                AnswerValue a = answers.get(q);
                if (a instanceof AnswerValue.TextValue t) {
                    chosen |= 1L << slots.get(t.value());
                } else if (a instanceof AnswerValue.ArrayValue arr) {
                    List<AnswerValue> vs = arr.values();
                    for (int k = 0; k < vs.size(); k++) {
                        chosen |= 1L << slots.get(((AnswerValue.TextValue) vs.get(k)).value());
                    }
                }
            }
            for (long bits = chosen; bits != 0; bits &= bits - 1) {
                problems[(g * np + Long.numberOfTrailingZeros(bits)) * 2]++;
            }
        }
        return this;
    }

    private static void tally(long[] c, int b, AnswerValue a, long from, long to) {
        if (a instanceof AnswerValue.IntegerValue iv) {
            long v = iv.value();
            c[b]++;
            c[v >= from ? b + 2 : v <= to ? b + 4 : b + 3]++;
            c[b + 5] += v;
        } else if (a instanceof AnswerValue.TextValue t && AnswerValue.DONT_KNOW.equals(t.value())) {
            c[b + 1]++;
        }
    }

    private int group(String process) {
        Integer p = processIndex.get(process);
        if (p == null) {
            p = processes.size();
            processIndex.put(process, p);
            processes.add(process);
            int groups = processes.size() * CHANNELS;
            responses = Arrays.copyOf(responses, groups);
            overall = Arrays.copyOf(overall, groups * SCALE);
            aspects = Arrays.copyOf(aspects, groups * aspectCodes.size() * SCALE);
            problems = Arrays.copyOf(problems, groups * problemCodes.size() * 2);
        }
        return p;
    }

    /** Every figure of every group, as text, for comparison with {@link #of(MetricsReport)}. */
    Map<String, String> figures() {
        Map<String, String> out = new TreeMap<>();
        Channel[] channels = Channel.values();
        int na = aspectCodes.size();
        int np = problemCodes.size();
        for (int p = 0; p < processes.size(); p++) {
            for (int ch = 0; ch < CHANNELS; ch++) {
                int g = p * CHANNELS + ch;
                if (responses[g] == 0) {
                    continue;
                }
                StringBuilder sb = new StringBuilder().append(responses[g]).append(" overall ").append(scale(overall, g * SCALE));
                Map<String, String> as = new TreeMap<>();
                Map<String, String> ps = new TreeMap<>();
                for (int a = 0; a < na; a++) {
                    long[] c = aspects;
                    int b = (g * na + a) * SCALE;
                    if (c[b] + c[b + 1] > 0) { // answered or "dk" at least once (see of(MetricsReport))
                        as.put(aspectCodes.get(a), scale(c, b));
                    }
                }
                for (int q = 0; q < np; q++) {
                    int b = (g * np + q) * 2;
                    if (problems[b] > 0) {
                        ps.put(problemCodes.get(q), problems[b] + "/" + problems[b + 1]);
                    }
                }
                out.put(Overall.key(processes.get(p), channels[ch].name()), sb.append(" aspects ").append(as).append(" problems ").append(ps).toString());
            }
        }
        return out;
    }

    private static String scale(long[] c, int b) {
        return "[" + c[b] + " " + c[b + 1] + " " + c[b + 2] + " " + c[b + 3] + " " + c[b + 4] + " " + c[b + 5] + "]";
    }

    /**
     * Otklik's figures of every group in the same text form. Otklik also lists an aspect of a form
     * with a response in the group when nobody answered it (all counts zero); the loop does not
     * track that, so both sides leave such aspects out.
     */
    static Map<String, String> of(MetricsReport report) {
        Map<String, String> out = new TreeMap<>();
        for (SatisfactionGroup g : report.satisfaction()) {
            if (g.key().isTotal()) {
                continue;
            }
            SatisfactionFigures f = g.figures().figure().orElseThrow();
            Map<String, String> as = new TreeMap<>();
            f.aspects().forEach((code, cell) -> {
                ScaleResult s = cell.figure().orElseThrow();
                if (s.answered() + s.dontKnow() > 0) {
                    as.put(code, scale(s));
                }
            });
            Map<String, String> ps = new TreeMap<>();
            f.problems().forEach((code, cell) -> {
                ProblemResult pr = cell.figure().orElseThrow();
                ps.put(code, pr.count() + "/" + pr.base());
            });
            out.put(Overall.key(g.key().value(Dimension.PROCESS), g.key().value(Dimension.CHANNEL)),
                    f.responses() + " overall " + scale(f.overall()) + " aspects " + as + " problems " + ps);
        }
        return out;
    }

    private static String scale(ScaleResult s) {
        return "[" + s.answered() + " " + s.dontKnow() + " " + s.satisfied() + " " + s.neutral() + " " + s.dissatisfied() + " " + s.sum() + "]";
    }
}
