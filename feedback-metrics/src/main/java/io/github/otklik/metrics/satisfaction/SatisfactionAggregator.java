package io.github.otklik.metrics.satisfaction;

import io.github.otklik.core.response.AnswerValue;
import io.github.otklik.core.response.SurveyResponse;
import io.github.otklik.forms.Form;
import io.github.otklik.forms.FormCatalog;
import io.github.otklik.metrics.Aggregator;
import io.github.otklik.metrics.Cell;
import io.github.otklik.core.text.CodePoints;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Satisfaction of the responses of one group ({@code spec/metrics.md}, satisfaction):
 * <ul>
 * <li>{@code overall} tallies the {@code role: overall} question of every form;</li>
 * <li>{@code aspects} tally {@code role: aspect} questions by aspect code across forms (every aspect
 * of a form that has a response in the group is listed, answered or not);</li>
 * <li>{@code problems}: {@code count} = responses that chose the code, {@code base} = responses of
 * forms having the code in which the form's overall question is visible (all responses of a form
 * without one).</li>
 * </ul>
 * Responses must be valid for their form (the engine validates them first); responses to forms the
 * catalog does not know are counted in {@code responses} only. Thread-safe.
 */
public final class SatisfactionAggregator implements Aggregator<SurveyResponse, SatisfactionAccumulator, SatisfactionFigures> {
    private final FormCatalog catalog;
    private final Map<String, Map<String, FormPlan>> plans = new ConcurrentHashMap<>(); // id -> version -> plan

    /** An aggregator over the forms of {@code catalog}. */
    public SatisfactionAggregator(FormCatalog catalog) {
        this.catalog = Objects.requireNonNull(catalog, "catalog");
    }

    @Override
    public SatisfactionAccumulator create() {
        return new SatisfactionAccumulator();
    }

    @Override
    public void add(SatisfactionAccumulator acc, SurveyResponse r) {
        acc.responses++;
        FormPlan plan = acc.lastPlan;
        if (plan == null || !plan.isOf(r.form(), r.formVersion())) {
            plan = plan(r.form(), r.formVersion());
            if (plan == null) {
                return;
            }
        }
        SatisfactionAccumulator.Resolved tallies = acc.resolve(plan);
        AnswerValue[] slots = acc.slots(plan.reads.length);
        plan.read(r.answers(), slots);
        if (plan.overallSlot >= 0) {
            tally(acc.overall, slots[plan.overallSlot], plan.overallFrom, plan.overallTo);
        }
        int[] aspectSlots = plan.aspectSlots;
        for (int i = 0; i < aspectSlots.length; i++) {
            tally(tallies.aspects[i], slots[aspectSlots[i]], plan.aspectFrom[i], plan.aspectTo[i]);
        }
        if (plan.problemCodes.length > 0) {
            boolean base = plan.overall == null || plan.overallVisible(slots);
            if (base) {
                for (long[] cb : tallies.problems) {
                    cb[1]++;
                }
            }
            // each chosen code counts once per response, however many problem questions chose it
            long chosen = 0; // bit i: problemCodes[i] chosen
            Set<String> other = null; // codes beyond the 64th (or unknown to the form)
            int[] problemSlots = plan.problemSlots;
            for (int k = 0; k < problemSlots.length; k++) {
                AnswerValue a = slots[problemSlots[k]];
                if (a instanceof AnswerValue.TextValue t) {
                    int i = plan.problemIndex(t.value());
                    if (i >= 0 && i < 64) {
                        chosen |= 1L << i;
                    } else {
                        other = add(other, t.value());
                    }
                } else if (a instanceof AnswerValue.ArrayValue arr) {
                    List<AnswerValue> values = arr.values();
                    for (int j = 0; j < values.size(); j++) {
                        if (values.get(j) instanceof AnswerValue.TextValue t) {
                            int i = plan.problemIndex(t.value());
                            if (i >= 0 && i < 64) {
                                chosen |= 1L << i;
                            } else {
                                other = add(other, t.value());
                            }
                        }
                    }
                }
            }
            for (long bits = chosen; bits != 0; bits &= bits - 1) {
                tallies.problems[Long.numberOfTrailingZeros(bits)][0]++;
            }
            if (other != null) {
                for (String code : other) {
                    acc.problem(code)[0]++;
                }
            }
        }
    }

    private static Set<String> add(Set<String> set, String value) {
        Set<String> s = set == null ? new HashSet<>(4) : set;
        s.add(value);
        return s;
    }

    private static void tally(ScaleTally tally, AnswerValue a, long satisfiedFrom, long dissatisfiedTo) {
        if (a instanceof AnswerValue.IntegerValue i) {
            tally.add(i.value(), satisfiedFrom, dissatisfiedTo);
        } else if (a != null && a.isDontKnow()) {
            tally.addDontKnow();
        }
    }

    private FormPlan plan(String id, String version) {
        Map<String, FormPlan> versions = plans.get(id);
        FormPlan p = versions == null ? null : versions.get(version);
        if (p == null) {
            Form f = catalog.find(id, version).orElse(null);
            if (f == null) {
                return null;
            }
            p = plans.computeIfAbsent(id, x -> new ConcurrentHashMap<>()).computeIfAbsent(version, x -> new FormPlan(f));
        }
        return p;
    }

    @Override
    public SatisfactionAccumulator merge(SatisfactionAccumulator into, SatisfactionAccumulator other) {
        into.merge(other);
        return into;
    }

    @Override
    public SatisfactionFigures result(SatisfactionAccumulator acc) {
        List<String> aspectCodes = new ArrayList<>(acc.aspects.keySet());
        aspectCodes.sort(CodePoints.ORDER);
        Map<String, Cell<ScaleResult>> aspects = new LinkedHashMap<>();
        for (String code : aspectCodes) {
            aspects.put(code, Cell.shown(acc.aspects.get(code).result()));
        }
        List<String> problemCodes = new ArrayList<>();
        acc.problems.forEach((code, cb) -> {
            if (cb[0] >= 1) {
                problemCodes.add(code);
            }
        });
        problemCodes.sort(CodePoints.ORDER);
        Map<String, Cell<ProblemResult>> problems = new LinkedHashMap<>();
        for (String code : problemCodes) {
            long[] cb = acc.problems.get(code);
            problems.put(code, Cell.shown(new ProblemResult(cb[0], cb[1])));
        }
        return new SatisfactionFigures(acc.responses, acc.overall.result(), aspects, problems);
    }
}
