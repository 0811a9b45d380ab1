package io.github.otklik.metrics.satisfaction;

import io.github.otklik.metrics.stats.Normal;
import io.github.otklik.metrics.stats.Wilson;

import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Satisfaction figures of one scale ({@code spec/metrics.md}): {@code answered} integer answers,
 * {@code dontKnow} "dk" answers (in no ratio), satisfied/neutral/dissatisfied counts,
 * {@code share} = satisfied / answered, its Wilson 95% interval, and the mean of integer answers.
 * Share, interval and mean are empty when {@code answered} = 0. Immutable.
 *
 * @param answered integer answers
 * @param dontKnow "difficult to answer" answers
 * @param satisfied answers ≥ satisfiedFrom
 * @param neutral answers between the thresholds
 * @param dissatisfied answers ≤ dissatisfiedTo
 * @param sum sum of integer answers
 */
public record ScaleResult(long answered, long dontKnow, long satisfied, long neutral, long dissatisfied, long sum) {
    /** Figures from counts; {@code answered} must equal satisfied + neutral + dissatisfied. */
    public static ScaleResult of(long answered, long dontKnow, long satisfied, long neutral, long dissatisfied, long sum) {
        return new ScaleResult(answered, dontKnow, satisfied, neutral, dissatisfied, sum);
    }

    /**
     * Checks the counts add up.
     *
     * @param answered integer answers
     * @param dissatisfied answers ≤ dissatisfiedTo
     * @param dontKnow "difficult to answer" answers
     * @param neutral answers between the thresholds
     * @param satisfied answers ≥ satisfiedFrom
     * @param sum sum of integer answers
     */
    public ScaleResult {
        if (answered != satisfied + neutral + dissatisfied || answered < 0 || dontKnow < 0) {
            throw new IllegalArgumentException("inconsistent scale counts");
        }
    }

    /** satisfied / answered; empty when nothing was answered. */
    public OptionalDouble share() {
        return answered == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) satisfied / answered);
    }

    /** dissatisfied / answered; empty when nothing was answered. */
    public OptionalDouble dissatisfiedShare() {
        return answered == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) dissatisfied / answered);
    }

    /** Wilson score interval of the share with z = 1.959963984540054; empty when nothing was answered. */
    public Optional<Wilson.Interval> ci95() {
        return answered == 0 ? Optional.empty() : Optional.of(Wilson.interval(satisfied, answered, Normal.Z95));
    }

    /** Mean of the integer answers; empty when nothing was answered. */
    public OptionalDouble mean() {
        return answered == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) sum / answered);
    }
}
