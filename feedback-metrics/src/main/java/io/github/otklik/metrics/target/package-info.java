/**
 * Target-state indicators (образ целевого состояния, {@code spec/metrics.md}): a
 * {@link io.github.otklik.metrics.target.Target} names a process and a
 * {@link io.github.otklik.metrics.target.TargetMetric} — a dotted path checked when it is parsed,
 * so that a misspelt path is an error, never a silent "not met" — and a
 * {@link io.github.otklik.metrics.target.Deviation} is its outcome. Immutable and thread-safe.
 */
package io.github.otklik.metrics.target;
