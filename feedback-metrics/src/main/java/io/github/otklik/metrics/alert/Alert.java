package io.github.otklik.metrics.alert;

import io.github.otklik.metrics.GroupKey;

import java.util.Map;

/**
 * A signal that feedback is bad enough to call for an extra round of collection (seed 004). The
 * set of alerts is closed: a report renders each kind in its own words with an exhaustive
 * {@code switch}. {@link #figures()} and {@link #message()} are what {@code otklik-metrics/1}
 * writes ({@code alerts: [{rule, section, key, figures, message}]}).
 */
public sealed interface Alert permits DissatisfiedShareAlert, ComplaintsGrowthAlert {
    /**
     * The rule's wire name.
     *
     * @return {@code dissatisfied-share} or {@code complaints-growth}
     */
    String rule();

    /**
     * The report section of the group.
     *
     * @return {@code satisfaction} or {@code appeals}
     */
    String section();

    /**
     * The group the alert is about.
     *
     * @return its key
     */
    GroupKey key();

    /**
     * The figures the rule compared, by name, in the order JSON lists them.
     *
     * @return an unmodifiable map
     */
    Map<String, Double> figures();

    /**
     * One English sentence for machine outputs; reports word alerts themselves.
     *
     * @return the message
     */
    String message();
}
