/**
 * The metrics engine (расчёт показателей): {@link io.github.otklik.metrics.MetricsEngine} runs the
 * section aggregators over the inputs of a period and assembles a {@code MetricsReport}; {@link
 * io.github.otklik.metrics.Aggregator} is the create–add–merge–result shape every section shares;
 * {@link io.github.otklik.metrics.Dimension} and {@link io.github.otklik.metrics.GroupKey} name the
 * groups. Definitions: {@code docs/metrics.md}. Parameters and results are non-null unless
 * documented otherwise.
 */
package io.github.otklik.metrics;
