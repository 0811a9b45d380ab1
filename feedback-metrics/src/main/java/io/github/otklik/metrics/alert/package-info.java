/**
 * Signals for an extra round of feedback collection (seed 004: "при значительном количестве
 * негативных отзывов — дополнительный ежеквартальный сбор"): the closed set of
 * {@link io.github.otklik.metrics.alert.Alert}s and the {@link io.github.otklik.metrics.alert.AlertRules}
 * that raise them. Immutable and thread-safe.
 */
package io.github.otklik.metrics.alert;
