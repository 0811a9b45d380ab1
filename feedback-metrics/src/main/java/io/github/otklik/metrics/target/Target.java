package io.github.otklik.metrics.target;

import io.github.otklik.core.process.TargetIndicator;

import java.util.Objects;

/**
 * A target-state indicator of one process ({@code spec/metrics.md}, target-state deviations):
 * {@code {"process", "metric", "target", "direction"}}. The metric path is checked when the
 * target is made ({@link TargetMetric}). Immutable.
 *
 * @param process process id
 * @param indicator the metric path, target value and direction
 */
public record Target(String process, TargetIndicator indicator) {
    /**
     * Checks non-null and that the metric path names a number of a metrics group.
     *
     * @param indicator the metric path, target value and direction
     * @param process process id
     * @throws IllegalArgumentException when the metric path is unknown
     */
    public Target {
        Objects.requireNonNull(process, "process");
        Objects.requireNonNull(indicator, "indicator");
        TargetMetric.parse(indicator.metric());
    }

    /**
     * The parsed metric path.
     *
     * @return the metric
     */
    public TargetMetric metric() {
        return TargetMetric.parse(indicator.metric());
    }
}
