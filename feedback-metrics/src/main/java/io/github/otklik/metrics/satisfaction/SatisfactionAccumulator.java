package io.github.otklik.metrics.satisfaction;

import java.io.Serializable;
import java.util.HashMap;
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

    SatisfactionAccumulator() {
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
