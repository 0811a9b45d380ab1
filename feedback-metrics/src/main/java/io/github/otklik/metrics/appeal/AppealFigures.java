package io.github.otklik.metrics.appeal;

import io.github.otklik.metrics.stats.ParetoEntry;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Appeal figures of one group ({@code spec/metrics.md}, appeals). Internal: never in a public
 * output. Immutable.
 *
 * @param total appeals registered in the period
 * @param byChannel counts by channel, keys ascending
 * @param byKind counts by kind, keys ascending
 * @param byTopic counts by topic ({@code UNSPECIFIED} for none), keys ascending
 * @param reasons Pareto list of reasons (count descending, then reason)
 * @param reasonComplaints complaints per reason, in the order of {@code reasons}
 * @param answered answered appeals
 * @param waitDays waiting days of answered appeals, empty when none
 * @param overdue overdue appeals
 * @param complaints complaints
 * @param complaintsResolved complaints resolved
 * @param complaintsRefused complaints refused
 */
public record AppealFigures(long total, Map<String, Long> byChannel, Map<String, Long> byKind, Map<String, Long> byTopic,
        List<ParetoEntry> reasons, List<Long> reasonComplaints, long answered, Optional<WaitDays> waitDays, long overdue,
        long complaints, long complaintsResolved, long complaintsRefused) {

    /** Waiting days: mean, nearest-rank p50 and p90, max. */
    public record WaitDays(double mean, int p50, int p90, int max) {
    }

    /**
     * Copies the collections.
     *
     * @param answered answered appeals
     * @param byChannel counts by channel, keys ascending
     * @param byKind counts by kind, keys ascending
     * @param byTopic counts by topic ({@code UNSPECIFIED} for none), keys ascending
     * @param complaints complaints
     * @param complaintsRefused complaints refused
     * @param complaintsResolved complaints resolved
     * @param overdue overdue appeals
     * @param reasonComplaints complaints per reason, in the order of {@code reasons}
     * @param reasons Pareto list of reasons (count descending, then reason)
     * @param total appeals registered in the period
     * @param waitDays waiting days of answered appeals, empty when none
     */
    public AppealFigures {
        byChannel = Collections.unmodifiableMap(new LinkedHashMap<>(byChannel));
        byKind = Collections.unmodifiableMap(new LinkedHashMap<>(byKind));
        byTopic = Collections.unmodifiableMap(new LinkedHashMap<>(byTopic));
        reasons = List.copyOf(reasons);
        reasonComplaints = List.copyOf(reasonComplaints);
    }

    /** total − answered. */
    public long open() {
        return total - answered;
    }

    /** overdue / total; empty when total = 0. */
    public OptionalDouble overdueShare() {
        return share(overdue, total);
    }

    /** count / total for a {@code byChannel}/{@code byKind}/{@code byTopic} entry. */
    public OptionalDouble shareOfTotal(long count) {
        return share(count, total);
    }

    /** complaintsResolved / complaints. */
    public OptionalDouble resolvedShare() {
        return share(complaintsResolved, complaints);
    }

    /** complaintsRefused / complaints. */
    public OptionalDouble refusedShare() {
        return share(complaintsRefused, complaints);
    }

    static OptionalDouble share(long x, long n) {
        return n == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) x / n);
    }
}
