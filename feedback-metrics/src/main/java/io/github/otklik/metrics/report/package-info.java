/**
 * The result of a metrics run: the immutable {@link io.github.otklik.metrics.report.MetricsReport}
 * with its groups, targets, deviations and alerts, the audience, and {@link
 * io.github.otklik.metrics.report.MetricsJson}, which writes it as {@code otklik-metrics/1}.
 * Parameters and results are non-null unless documented otherwise.
 */
package io.github.otklik.metrics.report;
