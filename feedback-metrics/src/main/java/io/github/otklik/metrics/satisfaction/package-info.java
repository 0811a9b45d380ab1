/**
 * Satisfaction (удовлетворённость): the mergeable accumulator and aggregator of survey responses
 * (overall scale, aspects, problems), the per-form plan of what each answer counts in, and the
 * figures with Wilson intervals. Parameters and results are non-null unless documented otherwise.
 */
package io.github.otklik.metrics.satisfaction;
