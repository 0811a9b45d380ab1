package io.github.otklik.metrics.report;

import io.github.otklik.core.process.TargetIndicator;

import java.util.Objects;

/**
 * A target-state indicator of one process ({@code spec/metrics.md}, target-state deviations):
 * {@code {"process", "metric", "target", "direction"}}.
 *
 * @param process process id
 * @param indicator the metric path, target value and direction
 */
public record Target(String process, TargetIndicator indicator) {
    /** Checks non-null and that the metric names a section. */
    public Target {
        Objects.requireNonNull(process, "process");
        Objects.requireNonNull(indicator, "indicator");
        String m = indicator.metric();
        if (!(m.startsWith("satisfaction.") || m.startsWith("appeals.") || m.startsWith("processes."))) {
            throw new IllegalArgumentException("target metric \"" + m + "\" must start with satisfaction., appeals. or processes.");
        }
    }
}
