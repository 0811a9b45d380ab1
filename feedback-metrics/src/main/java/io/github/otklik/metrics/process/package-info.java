/**
 * Process indicators (показатели процессов): the mergeable accumulator and aggregator of process
 * instances started in a period, exact durations up to 4,096 per group and a bounded sketch beyond,
 * and their figures. Parameters and results are non-null unless documented otherwise.
 */
package io.github.otklik.metrics.process;
