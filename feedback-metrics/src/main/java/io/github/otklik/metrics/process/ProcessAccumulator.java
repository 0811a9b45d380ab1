package io.github.otklik.metrics.process;

import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;

/**
 * The running state of one process-indicator group: instance counts, durations, touches,
 * outcomes and negative-result reasons. Mutable, mergeable, serialisable; not thread-safe.
 * Filled by {@link ProcessAggregator}.
 */
public final class ProcessAccumulator implements Serializable {
    private static final long serialVersionUID = 1L;

    long instances;
    long finished;
    final Durations durations = new Durations();
    long touchesCount;
    long touchesSum;
    int touchesMax;
    long positive;
    long negative;
    final Map<String, Long> negativeReasons = new HashMap<>();

    ProcessAccumulator() {
    }

    void merge(ProcessAccumulator o) {
        instances += o.instances;
        finished += o.finished;
        durations.merge(o.durations);
        touchesCount += o.touchesCount;
        touchesSum += o.touchesSum;
        touchesMax = Math.max(touchesMax, o.touchesMax);
        positive += o.positive;
        negative += o.negative;
        o.negativeReasons.forEach((k, v) -> negativeReasons.merge(k, v, Long::sum));
    }
}
