package io.github.otklik.core.process;

import java.util.Objects;

/**
 * One indicator of a process's target state (образ целевого состояния): a dotted metric path
 * ({@code satisfaction.overall.share}, {@code appeals.waitDays.p90}, …), a target value and a
 * direction ({@code spec/metrics.md}, target-state deviations).
 *
 * @param metric dotted path into the process's metrics group
 * @param target the target value
 * @param direction whether the actual value must be at least or at most the target
 */
public record TargetIndicator(String metric, double target, Direction direction) {
    /** Whether a target is a floor or a ceiling. */
    public enum Direction {
        /** The actual value must be ≥ the target. */
        AT_LEAST("atLeast"),
        /** The actual value must be ≤ the target. */
        AT_MOST("atMost");

        private final String wireName;

        Direction(String wireName) {
            this.wireName = wireName;
        }

        /**
         * The name used in JSON ({@code atLeast}, {@code atMost}).
         *
         * @return the name used in JSON ({@code atLeast}, {@code atMost})
         */
        public String wireName() {
            return wireName;
        }

        /** The direction for a JSON name, or throws {@link IllegalArgumentException}. */
        public static Direction fromWireName(String name) {
            for (Direction d : values()) {
                if (d.wireName.equals(name)) {
                    return d;
                }
            }
            throw new IllegalArgumentException("unknown direction \"" + name + "\" (expected atLeast or atMost)");
        }

        /** Whether {@code actual} meets {@code target} in this direction. */
        public boolean isMet(double actual, double target) {
            return this == AT_LEAST ? actual >= target : actual <= target;
        }
    }

    /**
     * Checks that metric and direction are present and the target is finite.
     *
     * @param direction whether the actual value must be at least or at most the target
     * @param metric dotted path into the process's metrics group
     * @param target the target value
     */
    public TargetIndicator {
        Objects.requireNonNull(metric, "metric");
        Objects.requireNonNull(direction, "direction");
        if (metric.isEmpty()) {
            throw new IllegalArgumentException("metric must not be empty");
        }
        if (!Double.isFinite(target)) {
            throw new IllegalArgumentException("target must be finite, was " + target);
        }
    }
}
