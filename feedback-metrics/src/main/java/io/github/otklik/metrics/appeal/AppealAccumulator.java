package io.github.otklik.metrics.appeal;

import io.github.otklik.metrics.stats.SmallIntCounts;

import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;

/**
 * The running state of one appeals group: totals by channel, kind and topic, reasons with their
 * complaints, answered count, exact waiting-day distribution, overdue count and complaint
 * outcomes. Mutable, mergeable, serialisable; not thread-safe. Filled by {@link AppealAggregator}.
 */
public final class AppealAccumulator implements Serializable {
    private static final long serialVersionUID = 1L;

    long total;
    final Map<String, Long> byChannel = new HashMap<>();
    final Map<String, Long> byKind = new HashMap<>();
    final Map<String, Long> byTopic = new HashMap<>();
    final Map<String, long[]> reasons = new HashMap<>(); // [count, complaints]
    long answered;
    final SmallIntCounts waitDays = new SmallIntCounts();
    long overdue;
    long complaints;
    long complaintsResolved;
    long complaintsRefused;

    AppealAccumulator() {
    }

    void merge(AppealAccumulator o) {
        total += o.total;
        o.byChannel.forEach((k, v) -> byChannel.merge(k, v, Long::sum));
        o.byKind.forEach((k, v) -> byKind.merge(k, v, Long::sum));
        o.byTopic.forEach((k, v) -> byTopic.merge(k, v, Long::sum));
        o.reasons.forEach((k, v) -> {
            long[] mine = reasons.computeIfAbsent(k, x -> new long[2]);
            mine[0] += v[0];
            mine[1] += v[1];
        });
        answered += o.answered;
        waitDays.merge(o.waitDays);
        overdue += o.overdue;
        complaints += o.complaints;
        complaintsResolved += o.complaintsResolved;
        complaintsRefused += o.complaintsRefused;
    }
}
