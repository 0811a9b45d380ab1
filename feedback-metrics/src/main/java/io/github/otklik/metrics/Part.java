package io.github.otklik.metrics;

/**
 * One keyed aggregate that a metrics run fills (часть расчёта): a report section, or the same
 * section over the previous period (with {@link MetricsSpecBuilder#compareWith}) or per process
 * (with {@link MetricsSpecBuilder#targets}). {@link MetricsEngine#route} names, for each
 * record, the parts and groups it counts in; a distributed engine aggregates every (part, group)
 * pair apart and hands the accumulators back to {@link Accumulators#merge}.
 */
public enum Part {
    /** Satisfaction of the period, by the {@code groupBy} dimensions that apply to responses. */
    SATISFACTION(Kind.RESPONSES),
    /** Satisfaction of the previous period, for the comparison. */
    SATISFACTION_PREVIOUS(Kind.RESPONSES),
    /** Satisfaction of the period per process, for targets. */
    SATISFACTION_BY_PROCESS(Kind.RESPONSES),
    /**
     * Satisfaction of the period by each extra segment dimension (with
     * {@link MetricsSpecBuilder#segments}); every key has one dimension.
     */
    SATISFACTION_SEGMENTS(Kind.RESPONSES),
    /** Appeals of the period, by the {@code groupBy} dimensions that apply to appeals. */
    APPEALS(Kind.APPEALS),
    /** Appeals of the previous period (as of the day after it), for the complaints alert. */
    APPEALS_PREVIOUS(Kind.APPEALS),
    /** Appeals of the period per process, for targets. */
    APPEALS_BY_PROCESS(Kind.APPEALS),
    /** Process indicators of the period, by the {@code groupBy} dimensions that apply to them. */
    PROCESSES(Kind.PROCESSES),
    /** Process indicators of the period per process, for targets. */
    PROCESSES_BY_PROCESS(Kind.PROCESSES);

    /** The input a part aggregates. */
    enum Kind { RESPONSES, APPEALS, PROCESSES }

    private final Kind kind;

    Part(Kind kind) {
        this.kind = kind;
    }

    Kind kind() {
        return kind;
    }

    /**
     * Whether this part aggregates survey responses (with {@code SatisfactionAggregator}).
     *
     * @return whether this part aggregates survey responses (with {@code SatisfactionAggregator})
     */
    public boolean ofResponses() {
        return kind == Kind.RESPONSES;
    }

    /**
     * Whether this part aggregates appeals (with {@code AppealAggregator}).
     *
     * @return whether this part aggregates appeals (with {@code AppealAggregator})
     */
    public boolean ofAppeals() {
        return kind == Kind.APPEALS;
    }

    /**
     * Whether this part aggregates process instances (with {@code ProcessAggregator}).
     *
     * @return whether this part aggregates process instances (with {@code ProcessAggregator})
     */
    public boolean ofProcesses() {
        return kind == Kind.PROCESSES;
    }
}
