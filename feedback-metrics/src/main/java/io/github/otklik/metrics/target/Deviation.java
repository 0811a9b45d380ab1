package io.github.otklik.metrics.target;

import io.github.otklik.core.process.TargetIndicator;

import java.util.OptionalDouble;

/**
 * A target's outcome: the actual per-process value, whether the target is met, and
 * gap = actual − target. An unknown actual value is never met and has no gap.
 *
 * @param target the target
 * @param actual the actual value, when known
 */
public record Deviation(Target target, OptionalDouble actual) {
    /**
     * Whether the actual value meets the target in its direction; false when unknown.
     *
     * @return whether the actual value meets the target in its direction; false when unknown
     */
    public boolean met() {
        TargetIndicator t = target.indicator();
        return actual.isPresent() && t.direction().isMet(actual.getAsDouble(), t.target());
    }

    /**
     * How far the actual value is from the target.
     *
     * @return actual − target; empty when the actual value is unknown
     */
    public OptionalDouble gap() {
        return actual.isPresent() ? OptionalDouble.of(actual.getAsDouble() - target.indicator().target()) : OptionalDouble.empty();
    }
}
