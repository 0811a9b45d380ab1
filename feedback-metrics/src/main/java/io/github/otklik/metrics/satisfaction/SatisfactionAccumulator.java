package io.github.otklik.metrics.satisfaction;

import io.github.otklik.core.response.AnswerValue;

import java.io.Serializable;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * The running state of one satisfaction group: number of responses, the overall tally, a tally per
 * aspect code and {@code [count, base]} per problem code. Mutable, mergeable, serialisable; not
 * thread-safe. Filled by {@link SatisfactionAggregator}.
 */
public final class SatisfactionAccumulator implements Serializable {
    private static final long serialVersionUID = 1L;

    long responses;
    final ScaleTally overall = new ScaleTally();
    final Map<String, ScaleTally> aspects = new HashMap<>();
    final Map<String, long[]> problems = new HashMap<>();

    // the tallies of the last form plans seen, aligned with the plan's aspects and problem codes:
    // resolved once per (group, form) instead of one map lookup per aspect and code per response
    transient FormPlan lastPlan;
    private transient Resolved lastResolved;
    private transient Map<FormPlan, Resolved> resolved;
    private transient AnswerValue[] slots; // the answers a plan reads from the response being added

    /** Scratch room for the {@code n} answers a plan reads from one response. */
    AnswerValue[] slots(int n) {
        AnswerValue[] s = slots;
        if (s == null || s.length < n) {
            s = new AnswerValue[Math.max(n, 16)];
            slots = s;
        }
        return s;
    }

    /** The tallies of one form plan in this accumulator. */
    static final class Resolved {
        final ScaleTally[] aspects;
        final long[][] problems;

        Resolved(ScaleTally[] aspects, long[][] problems) {
            this.aspects = aspects;
            this.problems = problems;
        }
    }

    SatisfactionAccumulator() {
    }

    Resolved resolve(FormPlan plan) {
        if (plan == lastPlan) {
            return lastResolved;
        }
        if (resolved == null) {
            resolved = new IdentityHashMap<>();
        }
        Resolved r = resolved.get(plan);
        if (r == null) {
            ScaleTally[] a = new ScaleTally[plan.aspectCodes.size()];
            for (int i = 0; i < a.length; i++) {
                a[i] = aspect(plan.aspectCodes.get(i));
            }
            long[][] p = new long[plan.problemCodes.length][];
            for (int i = 0; i < p.length; i++) {
                p[i] = problem(plan.problemCodes[i]);
            }
            r = new Resolved(a, p);
            resolved.put(plan, r);
        }
        lastPlan = plan;
        lastResolved = r;
        return r;
    }

    ScaleTally aspect(String code) {
        return aspects.computeIfAbsent(code, c -> new ScaleTally());
    }

    long[] problem(String code) {
        return problems.computeIfAbsent(code, c -> new long[2]);
    }

    void merge(SatisfactionAccumulator other) {
        responses += other.responses;
        overall.merge(other.overall);
        other.aspects.forEach((code, tally) -> aspect(code).merge(tally));
        other.problems.forEach((code, cb) -> {
            long[] mine = problem(code);
            mine[0] += cb[0];
            mine[1] += cb[1];
        });
    }
}
