package io.github.otklik.metrics.process;

import io.github.otklik.metrics.stats.ParetoEntry;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Process indicators of one group ({@code spec/metrics.md}, process indicators). Internal: never
 * in a public output. Immutable.
 *
 * @param instances instances started in the period
 * @param finished finished instances
 * @param durationHours durations of finished instances, empty when none
 * @param touches touches of instances that report them, empty when none
 * @param positive positive results
 * @param negative negative results
 * @param negativeReasons Pareto list of negative-result reasons (share of {@code negative})
 */
public record ProcessFigures(long instances, long finished, Optional<DurationHours> durationHours, Optional<Touches> touches,
        long positive, long negative, List<ParetoEntry> negativeReasons) {

    /** Durations in hours: exact mean and max, nearest-rank p50 and p90. */
    public record DurationHours(double mean, double p50, double p90, double max) {
    }

    /** Client touches: mean and max. */
    public record Touches(double mean, int max) {
    }

    /**
     * Copies the list.
     *
     * @param durationHours durations of finished instances, empty when none
     * @param finished finished instances
     * @param instances instances started in the period
     * @param negative negative results
     * @param negativeReasons Pareto list of negative-result reasons (share of {@code negative})
     * @param positive positive results
     * @param touches touches of instances that report them, empty when none
     */
    public ProcessFigures {
        negativeReasons = List.copyOf(negativeReasons);
    }

    /** instances − finished. */
    public long inProgress() {
        return instances - finished;
    }

    /** negative / (positive + negative); empty when no outcome is known. */
    public OptionalDouble negativeShare() {
        long n = positive + negative;
        return n == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) negative / n);
    }
}
