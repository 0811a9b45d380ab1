package io.github.otklik.metrics.stats;

import java.util.Objects;

/**
 * One line of a Pareto list (диаграмма Парето): a code, its count, share = count / denominator
 * and cumulativeShare = (count of this and every earlier line) / denominator.
 *
 * @param code the reason or problem code
 * @param count how many times it occurred, ≥ 1
 * @param share count / denominator
 * @param cumulativeShare the running count divided by the denominator, rounded once
 */
public record ParetoEntry(String code, long count, double share, double cumulativeShare) {
    /**
     *
     *
     * @param code the reason or problem code
     * @param count how many times it occurred, ≥ 1
     * @param cumulativeShare the running count divided by the denominator, rounded once
     * @param share count / denominator
     * @throws NullPointerException when code is null
     * @throws IllegalArgumentException when count &lt; 1
     */
    public ParetoEntry {
        Objects.requireNonNull(code, "code");
        if (count < 1) {
            throw new IllegalArgumentException("count must be positive: " + count);
        }
    }
}
