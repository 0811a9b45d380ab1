package io.github.otklik.metrics.stats;

import io.github.otklik.core.text.CodePoints;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Builds Pareto lists (диаграмма Парето) of reasons: codes by count descending, then code
 * ascending (by code point, as {@code spec/metrics.md} orders strings), with share = count / denominator and cumulativeShare =
 * runningCount / denominator; an empty list when the denominator is 0.
 *
 * <p>cumulativeShare is computed from the exact running count, rounded once, not by summing the
 * rounded shares, so the last line's cumulativeShare is exactly (double) total / denominator
 * (1.0 when every counted item has a code) and the column never decreases. Counts adding up to
 * more than the denominator (several codes per item) give cumulative shares above 1; they are
 * not refused.
 */
public final class Pareto {
    private static final Comparator<Map.Entry<String, Long>> ORDER =
            Comparator.<Map.Entry<String, Long>>comparingLong(Map.Entry::getValue).reversed()
                    .thenComparing(Map.Entry::getKey, CodePoints::compare);

    private Pareto() {
    }

    /**
     * The Pareto list of {@code counts}. Codes with a count of 0 are left out (a Pareto list
     * names what occurred, as the reason lists of {@code spec/metrics.md}).
     *
     * @param counts count by code; no null keys or values, no negative counts
     * @param denominator what shares are of (all appeals, all negative results), ≥ 0
     * @return the entries, most frequent first; empty when denominator is 0
     * @throws IllegalArgumentException when a count or the denominator is negative
     * @throws NullPointerException when counts, a code or a count is null
     * @throws ArithmeticException when the counts add up beyond {@link Long#MAX_VALUE}
     */
    public static List<ParetoEntry> of(Map<String, Long> counts, long denominator) {
        Objects.requireNonNull(counts, "counts");
        if (denominator < 0) {
            throw new IllegalArgumentException("denominator must be non-negative: " + denominator);
        }
        List<Map.Entry<String, Long>> sorted = new ArrayList<>(counts.size());
        for (Map.Entry<String, Long> e : counts.entrySet()) {
            String code = Objects.requireNonNull(e.getKey(), "code");
            long n = Objects.requireNonNull(e.getValue(), () -> "count of " + code);
            if (n < 0) {
                throw new IllegalArgumentException("count of " + code + " is negative: " + n);
            }
            if (n > 0) {
                sorted.add(Map.entry(code, n));
            }
        }
        if (denominator == 0) {
            return List.of();
        }
        sorted.sort(ORDER);
        List<ParetoEntry> entries = new ArrayList<>(sorted.size());
        long running = 0;
        for (Map.Entry<String, Long> e : sorted) {
            long n = e.getValue();
            running = Math.addExact(running, n);
            entries.add(new ParetoEntry(e.getKey(), n, (double) n / denominator, (double) running / denominator));
        }
        return List.copyOf(entries);
    }
}
