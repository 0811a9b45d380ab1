/**
 * Exact statistical primitives (статистические примитивы) behind the metrics of
 * {@code spec/metrics.md} and the prevalence of {@code spec/painmap.md}. Every type states its
 * formula, its zero cases and its accuracy in numbers, and a test checks each figure.
 *
 * <h2>Closed-form statistics</h2>
 * <ul>
 *   <li>{@link io.github.otklik.metrics.stats.Normal}: Φ with absolute error below 1e-15
 *       (W. J. Cody), Φ⁻¹ with relative error below 1e-15 (P. J. Acklam + two Halley steps),
 *       and {@code Z95 = 1.959963984540054}, returned bit for bit for confidence 0.95.</li>
 *   <li>{@link io.github.otklik.metrics.stats.Wilson}: the Wilson score interval, computed in
 *       the order the spec writes it so that results agree to the last bit with a direct
 *       transcription; not clamped.</li>
 *   <li>{@link io.github.otklik.metrics.stats.Proportions}: the pooled two-proportion z-test;
 *       z = 0 and pValue = 1 when both shares are 0 or both are 1.</li>
 *   <li>{@link io.github.otklik.metrics.stats.SampleSize}: Cochran's n, with and without the
 *       finite population correction (385 for the defaults).</li>
 *   <li>{@link io.github.otklik.metrics.stats.Pareto}: Pareto lists whose cumulative shares are
 *       exact running counts divided once.</li>
 * </ul>
 *
 * <h2>Accumulators</h2>
 * Mutable, mergeable (create, add, merge, extract), serializable, and NOT thread-safe: confine
 * each to one thread and merge them, or guard them externally.
 * <ul>
 *   <li>{@link io.github.otklik.metrics.stats.SmallIntCounts}: the exact distribution of small
 *       non-negative integers (waiting days). Exact count, sum, mean, max and quantiles. Memory
 *       8 bytes per value up to the largest value seen (doubling, at most 800 KB for values up
 *       to 100,000; about 4 KB for values below a year of days), plus 12 bytes per distinct
 *       value above 100,000 (24 with slack).</li>
 *   <li>{@link io.github.otklik.metrics.stats.DurationSketch}: quantiles of non-negative doubles
 *       (durations in hours) in logarithmic buckets: every quantile, p50 and p90 included, is
 *       within 0.5 % relative error of the exact nearest-rank value (plus at most 1e-12 of
 *       floating-point rounding, for values in [1e-300, 1e300]), and exact at rank 1 (min) and
 *       rank n (max); count, min and max exact; sum and mean within 1e-15 relative. Memory: at
 *       most 1.25 × (buckets spanned) + 32 longs; one second to ten years in hours spans 1,958
 *       buckets (at most 2,480 longs, 20 KB), the whole double range 145,422 (1.2 MB).</li>
 * </ul>
 *
 * <h2>Ranks</h2>
 * {@link io.github.otklik.metrics.stats.NearestRank} defines the rank of a quantile once for
 * both accumulators: ⌈p·n⌉, at least 1, with a ceiling that forgives floating noise below
 * 1e-9 (p = 0.9 of n = 10 is rank 9).
 *
 * <p>Every method takes non-null arguments and returns non-null values. Static utilities are
 * final classes with private constructors and no state.
 */
package io.github.otklik.metrics.stats;
