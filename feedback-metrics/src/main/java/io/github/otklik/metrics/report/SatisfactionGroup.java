package io.github.otklik.metrics.report;

import io.github.otklik.metrics.Cell;
import io.github.otklik.metrics.GroupKey;
import io.github.otklik.metrics.satisfaction.SatisfactionFigures;
import io.github.otklik.metrics.stats.Proportions;

import java.util.Objects;
import java.util.Optional;

/**
 * One satisfaction group of a report: its key, its figures (suppressed in a public report when
 * {@code overall.answered} &lt; {@code minCell}), and, when a previous period was given, the
 * comparison of its overall share with that period's (empty when either period has no answers).
 *
 * @param key the group's key
 * @param figures the figures, or suppressed
 * @param comparison comparison with the previous period, when computable
 */
public record SatisfactionGroup(GroupKey key, Cell<SatisfactionFigures> figures, Optional<Proportions.Comparison> comparison) {
    /**
     * Checks non-null.
     *
     * @param comparison comparison with the previous period, when computable
     * @param figures the figures, or suppressed
     * @param key the group's key
     */
    public SatisfactionGroup {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(figures, "figures");
        Objects.requireNonNull(comparison, "comparison");
    }
}
