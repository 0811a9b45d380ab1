package io.github.otklik.metrics.appeal;

import io.github.otklik.core.appeal.AppealKind;
import io.github.otklik.core.channel.Channel;
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
    // counters by enum ordinal and by topic: no boxed Long per appeal
    final long[] byChannel = new long[Channel.values().length];
    final long[] byKind = new long[AppealKind.values().length];
    final Map<String, long[]> byTopic = new HashMap<>();
    final Map<String, long[]> reasons = new HashMap<>(); // [count, complaints]
    long answered;
    final SmallIntCounts waitDays = new SmallIntCounts();
    long overdue;
    long complaints;
    long complaintsResolved;
    long complaintsRefused;

    AppealAccumulator() {
    }

    long[] topic(String topic) {
        long[] c = byTopic.get(topic);
        if (c == null) {
            c = new long[1];
            byTopic.put(topic, c);
        }
        return c;
    }

    void merge(AppealAccumulator o) {
        total += o.total;
        for (int i = 0; i < byChannel.length; i++) {
            byChannel[i] += o.byChannel[i];
        }
        for (int i = 0; i < byKind.length; i++) {
            byKind[i] += o.byKind[i];
        }
        o.byTopic.forEach((k, v) -> topic(k)[0] += v[0]);
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
