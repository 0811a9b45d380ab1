package io.github.otklik.metrics.report;

import io.github.otklik.metrics.GroupKey;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A signal that feedback is bad enough to call for an extra round of collection (seed 004: "при
 * значительном количестве негативных отзывов — дополнительный ежеквартальный сбор"): the rule
 * that fired, the group, the figures it looked at and a sentence for people.
 *
 * @param rule rule name ({@code dissatisfied-share}, {@code complaints-growth})
 * @param section the report section of the group
 * @param key the group
 * @param figures the figures the rule compared, by name
 * @param message one sentence
 */
public record Alert(String rule, String section, GroupKey key, Map<String, Double> figures, String message) {
    /** Copies the figures. */
    public Alert {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(section, "section");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(message, "message");
        figures = Collections.unmodifiableMap(new LinkedHashMap<>(figures));
    }
}
