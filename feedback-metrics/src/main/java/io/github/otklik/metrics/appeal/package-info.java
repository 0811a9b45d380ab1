/**
 * Appeal statistics (обращения и жалобы): the mergeable accumulator and aggregator of appeals in a
 * period, and their figures (counts by channel, kind and topic, the reasons' Pareto list, waiting
 * days, overdue answers, complaints). Parameters and results are non-null unless documented
 * otherwise.
 */
package io.github.otklik.metrics.appeal;
