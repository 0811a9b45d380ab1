package io.github.otklik.metrics.report;

import io.github.otklik.metrics.GroupKey;

import java.util.Objects;

/**
 * One group of a report section: its key and its figures.
 *
 * @param key the group's key ({@link GroupKey#total()} for the total group)
 * @param figures the group's figures
 * @param <T> the figures' type
 */
public record Keyed<T>(GroupKey key, T figures) {
    /**
     * Checks non-null.
     *
     * @param figures the group's figures
     * @param key the group's key ({@link GroupKey#total()} for the total group)
     */
    public Keyed {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(figures, "figures");
    }
}
