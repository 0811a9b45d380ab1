/**
 * The metrics of {@code docs/metrics.md} as an Apache Beam pipeline: {@link
 * io.github.otklik.beam.OtklikPipelines} (the entry point), the transform and its result, the
 * serialisable run specification and form catalog, the {@code CombineFn} adapter of the metrics
 * aggregators and deterministic coders. Parameters and results are non-null unless documented
 * otherwise.
 */
package io.github.otklik.beam;
