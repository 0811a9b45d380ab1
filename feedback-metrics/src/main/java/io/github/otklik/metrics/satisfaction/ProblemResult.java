package io.github.otklik.metrics.satisfaction;

import java.util.OptionalDouble;

/**
 * One problem code in a group: {@code count} responses chose it, out of {@code base} responses of
 * forms having it in which the overall question was visible; {@code share} = count / base.
 *
 * @param count responses that chose the problem
 * @param base responses that could have chosen it
 */
public record ProblemResult(long count, long base) {
    /** count / base; empty when base = 0. */
    public OptionalDouble share() {
        return base == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) count / base);
    }
}
