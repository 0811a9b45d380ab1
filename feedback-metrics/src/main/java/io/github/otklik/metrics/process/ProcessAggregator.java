package io.github.otklik.metrics.process;

import io.github.otklik.core.process.ProcessInstance;
import io.github.otklik.core.process.ProcessOutcome;
import io.github.otklik.metrics.Aggregator;
import io.github.otklik.metrics.stats.Pareto;

import java.time.Duration;
import java.util.Optional;

/**
 * Process indicators of one group ({@code spec/metrics.md}): counts of started, finished and in
 * progress instances; durations of finished ones in hours ({@code (finishedAt − startedAt)} in
 * milliseconds / 3,600,000); touches; positive and negative results; the Pareto list of negative
 * reasons. Thread-safe.
 */
public final class ProcessAggregator implements Aggregator<ProcessInstance, ProcessAccumulator, ProcessFigures> {
    /** An aggregator. */
    public ProcessAggregator() {
    }

    @Override
    public ProcessAccumulator create() {
        return new ProcessAccumulator();
    }

    @Override
    public void add(ProcessAccumulator acc, ProcessInstance p) {
        acc.instances++;
        if (p.isFinished()) {
            acc.finished++;
            acc.durations.add(Duration.between(p.startedAt(), p.finishedAt().get()).toMillis());
        }
        if (p.touches().isPresent()) {
            int t = p.touches().getAsInt();
            acc.touchesCount++;
            acc.touchesSum += t;
            acc.touchesMax = Math.max(acc.touchesMax, t);
        }
        if (p.outcome().isPresent()) {
            if (p.outcome().get() == ProcessOutcome.POSITIVE) {
                acc.positive++;
            } else {
                acc.negative++;
                p.negativeReason().ifPresent(r -> acc.negativeReasons.merge(r, 1L, Long::sum));
            }
        }
    }

    @Override
    public ProcessAccumulator merge(ProcessAccumulator into, ProcessAccumulator other) {
        into.merge(other);
        return into;
    }

    @Override
    public ProcessFigures result(ProcessAccumulator acc) {
        Optional<ProcessFigures.DurationHours> durations = acc.durations.count() == 0 ? Optional.empty()
                : Optional.of(new ProcessFigures.DurationHours(acc.durations.meanHours(), acc.durations.quantileHours(0.5),
                        acc.durations.quantileHours(0.9), acc.durations.maxHours()));
        Optional<ProcessFigures.Touches> touches = acc.touchesCount == 0 ? Optional.empty()
                : Optional.of(new ProcessFigures.Touches((double) acc.touchesSum / acc.touchesCount, acc.touchesMax));
        return new ProcessFigures(acc.instances, acc.finished, durations, touches, acc.positive, acc.negative,
                Pareto.of(acc.negativeReasons, acc.negative));
    }
}
