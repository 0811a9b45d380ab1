package io.github.otklik.metrics;

import io.github.otklik.core.appeal.Appeal;
import io.github.otklik.core.process.ProcessInstance;
import io.github.otklik.core.response.SurveyResponse;
import io.github.otklik.metrics.appeal.AppealAccumulator;
import io.github.otklik.metrics.process.ProcessAccumulator;
import io.github.otklik.metrics.report.InputSummary;
import io.github.otklik.metrics.report.MetricsReport;
import io.github.otklik.metrics.satisfaction.SatisfactionAccumulator;

import java.util.Locale;
import java.util.Objects;

/**
 * The accumulators of one run of a {@link MetricsEngine}, per part and group: filled record by
 * record ({@code add}, as {@link MetricsEngine#run} does) or from partial accumulators computed
 * elsewhere ({@code merge}, as a distributed engine does), then turned into a report. The report
 * depends only on the multiset of records added, however they were split and merged. Not
 * thread-safe: one per thread, merged at the end.
 */
public final class Accumulators {
    private final MetricsEngine engine;
    private final Router router;
    private final Router.Probes probes;
    private final Section<?, ?, ?>[] sections = new Section<?, ?, ?>[Part.values().length];
    private final Local<SurveyResponse> responses = new Local<>();
    private final Local<Appeal> appeals = new Local<>();
    private final Local<ProcessInstance> instances = new Local<>();

    Accumulators(MetricsEngine engine, Router router) {
        this.engine = engine;
        this.router = router;
        this.probes = new Router.Probes(router);
        for (Part part : engine.parts()) {
            sections[part.ordinal()] = new Section<>(engine.aggregatorOf(part), partitions(part));
        }
    }

    /** Whether the total of {@code part} is the merge of its groups (main parts whose groups don't overlap). */
    private boolean partitions(Part part) {
        return switch (part) {
            case SATISFACTION, SATISFACTION_PREVIOUS -> router.responses.partitions();
            case APPEALS, APPEALS_PREVIOUS -> router.appeals.partitions();
            case PROCESSES -> router.instances.partitions();
            default -> false; // per-process and segment parts have no total of their own
        };
    }

    /** Adds records to the sections the router names. */
    private final class Local<T> implements RouteSink<T> {
        @Override
        public void total(Part part, T record) {
            section(part).addToTotal(record);
        }

        @Override
        public void group(Part part, Dimension[] dimensions, String[] values, T record) {
            section(part).addToGroup(dimensions, values, record);
        }

        @SuppressWarnings("unchecked")
        private Section<T, ?, ?> section(Part part) {
            return (Section<T, ?, ?>) sections[part.ordinal()];
        }
    }

    /**
     * Adds an accepted response to its groups.
     *
     * @param response the response, already checked against its form
     * @return whether it falls in the period
     */
    public boolean add(SurveyResponse response) {
        return router.route(response, probes, responses);
    }

    /**
     * Adds an accepted appeal to its groups.
     *
     * @param appeal the appeal
     * @return whether it falls in the period
     */
    public boolean add(Appeal appeal) {
        return router.route(appeal, probes, appeals);
    }

    /**
     * Adds an accepted process instance to its groups.
     *
     * @param instance the instance
     * @return whether it falls in the period
     */
    public boolean add(ProcessInstance instance) {
        return router.route(instance, probes, instances);
    }

    /**
     * Merges a partial accumulator of a responses part into the group {@code key}; the partial
     * must not be used afterwards.
     *
     * @param part a responses part of this engine
     * @param key the group
     * @param partial the partial accumulator
     * @throws IllegalArgumentException when {@code part} is not a responses part of this engine
     */
    public void merge(Part part, GroupKey key, SatisfactionAccumulator partial) {
        this.<SatisfactionAccumulator>section(part, Part.Kind.RESPONSES).merge(key, Objects.requireNonNull(partial, "partial"));
    }

    /**
     * Merges a partial accumulator of an appeals part (see {@link #merge(Part, GroupKey, SatisfactionAccumulator)}).
     *
     * @param part an appeals part of this engine
     * @param key the group
     * @param partial the partial accumulator
     * @throws IllegalArgumentException when {@code part} is not an appeals part of this engine
     */
    public void merge(Part part, GroupKey key, AppealAccumulator partial) {
        this.<AppealAccumulator>section(part, Part.Kind.APPEALS).merge(key, Objects.requireNonNull(partial, "partial"));
    }

    /**
     * Merges a partial accumulator of a process part (see {@link #merge(Part, GroupKey, SatisfactionAccumulator)}).
     *
     * @param part a process part of this engine
     * @param key the group
     * @param partial the partial accumulator
     * @throws IllegalArgumentException when {@code part} is not a process part of this engine
     */
    public void merge(Part part, GroupKey key, ProcessAccumulator partial) {
        this.<ProcessAccumulator>section(part, Part.Kind.PROCESSES).merge(key, Objects.requireNonNull(partial, "partial"));
    }

    /** Merges everything {@code other} (of the same engine) holds into these accumulators; {@code other} must not be used afterwards. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    void absorb(Accumulators other) {
        for (int i = 0; i < sections.length; i++) {
            if (sections[i] != null) {
                ((Section) sections[i]).absorb(other.sections[i]);
            }
        }
    }

    @SuppressWarnings("unchecked")
    private <A> Section<?, A, ?> section(Part part, Part.Kind kind) {
        Section<?, ?, ?> s = sections[part.ordinal()];
        if (part.kind() != kind || s == null) {
            throw new IllegalArgumentException(part + " is not a " + kind.name().toLowerCase(Locale.ROOT)
                    + " part of this engine (parts: " + engine.parts() + ")");
        }
        return (Section<?, A, ?>) s;
    }

    /** The section of {@code part}, which this engine fills. */
    @SuppressWarnings("unchecked")
    <T, A, R> Section<T, A, R> section(Part part) {
        return (Section<T, A, R>) sections[part.ordinal()];
    }

    /**
     * The report of what was added and merged. An input that was not given has an empty section,
     * as {@code spec/metrics.md} requires.
     *
     * @param inputs what was read from each input, and which inputs were given
     * @return the report
     */
    public MetricsReport report(InputSummary inputs) {
        return ReportAssembly.report(engine.spec(), this, inputs);
    }
}
