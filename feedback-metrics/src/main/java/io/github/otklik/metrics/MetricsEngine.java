package io.github.otklik.metrics;

import io.github.otklik.core.appeal.Appeal;
import io.github.otklik.core.io.Reject;
import io.github.otklik.core.process.ProcessInstance;
import io.github.otklik.core.response.SurveyResponse;
import io.github.otklik.metrics.appeal.AppealAggregator;
import io.github.otklik.metrics.process.ProcessAggregator;
import io.github.otklik.metrics.report.MetricsReport;
import io.github.otklik.metrics.satisfaction.SatisfactionAggregator;

import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * Computes the figures of {@code spec/metrics.md} that a {@link MetricsSpec} describes: streams
 * each input once, keeps one accumulator per group (memory grows with the number of groups, not of
 * records), and returns an immutable {@link MetricsReport}. Immutable and thread-safe; each
 * {@link #run} is independent.
 *
 * <pre>{@code
 * MetricsSpec spec = MetricsSpec.builder(ReportingPeriod.parse("2025-Q1"))
 *     .zone(ZoneId.of("Europe/Samara"))
 *     .groupBy(Dimension.PROCESS)
 *     .build();
 * MetricsReport report = MetricsEngine.from(spec).run(MetricsInputs.none().withAppeals(appeals), reject -> { });
 * }</pre>
 *
 * <p>A distributed engine splits the same run: {@link #route} names the (part, group) pairs of each
 * record, the aggregators of {@link #satisfactionAggregator()}, {@link #appealAggregator(Part)} and
 * {@link #processAggregator()} fold them apart, and {@link Accumulators#merge} and
 * {@link Accumulators#report} turn the partial accumulators into the report {@code run} gives.
 */
public final class MetricsEngine {
    private final MetricsSpec spec;
    private final Router router;
    private final Set<Part> parts;
    private final SatisfactionAggregator satisfactionAggregator;
    private final AppealAggregator appealAggregator;
    private final AppealAggregator previousAppealAggregator;
    private final ProcessAggregator processAggregator = new ProcessAggregator();

    private MetricsEngine(MetricsSpec spec) {
        this.spec = spec;
        this.router = new Router(spec);
        this.satisfactionAggregator = new SatisfactionAggregator(spec.forms());
        this.appealAggregator = new AppealAggregator(spec.zone(), spec.window().asOfDate());
        this.previousAppealAggregator = spec.window().comparison()
                .map(p -> new AppealAggregator(spec.zone(), p.defaultAsOf(spec.zone()).atZone(spec.zone()).toLocalDate()))
                .orElse(appealAggregator);
        EnumSet<Part> p = EnumSet.of(Part.SATISFACTION, Part.APPEALS, Part.PROCESSES);
        if (spec.window().comparison().isPresent()) {
            p.add(Part.SATISFACTION_PREVIOUS);
            p.add(Part.APPEALS_PREVIOUS);
        }
        if (!spec.segments().isEmpty()) {
            p.add(Part.SATISFACTION_SEGMENTS);
        }
        if (!spec.targets().isEmpty()) {
            p.add(Part.SATISFACTION_BY_PROCESS);
            p.add(Part.APPEALS_BY_PROCESS);
            p.add(Part.PROCESSES_BY_PROCESS);
        }
        this.parts = Collections.unmodifiableSet(p);
    }

    /**
     * The engine of a run that {@code spec} describes.
     *
     * @param spec the run's settings
     * @return the engine
     */
    public static MetricsEngine from(MetricsSpec spec) {
        return new MetricsEngine(Objects.requireNonNull(spec, "spec"));
    }

    /**
     * The spec this engine computes.
     *
     * @return the spec
     */
    public MetricsSpec spec() {
        return spec;
    }

    /**
     * Streams the inputs once and computes the report.
     *
     * @param inputs the record sources; a missing one gives an empty section
     * @param rejects receives every reject of every input, in input order
     * @return the report
     */
    public MetricsReport run(MetricsInputs inputs, Consumer<Reject> rejects) {
        return Runs.together(List.of(this), inputs, rejects).get(0);
    }

    /**
     * Streams the inputs once and computes the report three times: for every client (what
     * {@link #run} gives), for external clients alone and for internal clients alone — the split
     * that seed 004 asks for, so that no figure a person reads mixes citizens with the agency's
     * own employees. In a public edition there are no figures of internal clients.
     *
     * @param inputs the record sources
     * @param rejects receives every reject of every input, in input order
     * @return the three reports
     */
    public ClientSplit runByClients(MetricsInputs inputs, Consumer<Reject> rejects) {
        MetricsSpec all = spec.withClients(ClientScope.ALL);
        MetricsEngine external = from(all.withClients(ClientScope.EXTERNAL));
        if (spec.disclosure().isPublic()) {
            List<MetricsReport> r = Runs.together(List.of(from(all), external), inputs, rejects);
            return new ClientSplit(r.get(0), r.get(1), null);
        }
        List<MetricsReport> r = Runs.together(List.of(from(all), external, from(all.withClients(ClientScope.INTERNAL))), inputs, rejects);
        return new ClientSplit(r.get(0), r.get(1), r.get(2));
    }

    // ---------------------------------------------------------------- the parts, for distributed engines

    /**
     * The parts that runs of this engine fill: {@link Part#SATISFACTION}, {@link Part#APPEALS} and
     * {@link Part#PROCESSES} always, the {@code _PREVIOUS} parts with a previous period, the
     * {@code _BY_PROCESS} parts with targets, {@link Part#SATISFACTION_SEGMENTS} with segments.
     *
     * @return an unmodifiable set
     */
    public Set<Part> parts() {
        return parts;
    }

    /**
     * Names the groups an accepted response counts in: calls {@code to} once per (part, group)
     * pair, the total group included ({@link GroupKey#total()}), the {@code _BY_PROCESS} parts
     * keyed by process alone, exactly as {@link #run} counts it.
     *
     * @param response the response
     * @param to receives each (part, group) pair
     * @return whether the response falls in the period (it then counts in {@code inputs.responses.inPeriod})
     */
    public boolean route(SurveyResponse response, BiConsumer<Part, GroupKey> to) {
        return router.route(response, new Router.Probes(router), new Keys<>(to));
    }

    /**
     * Names the groups an accepted appeal counts in (see {@link #route(SurveyResponse, BiConsumer)}).
     *
     * @param appeal the appeal
     * @param to receives each (part, group) pair
     * @return whether the appeal falls in the period
     */
    public boolean route(Appeal appeal, BiConsumer<Part, GroupKey> to) {
        return router.route(appeal, new Router.Probes(router), new Keys<>(to));
    }

    /**
     * Names the groups an accepted process instance counts in (see {@link #route(SurveyResponse, BiConsumer)}).
     *
     * @param instance the instance
     * @param to receives each (part, group) pair
     * @return whether the instance falls in the period
     */
    public boolean route(ProcessInstance instance, BiConsumer<Part, GroupKey> to) {
        return router.route(instance, new Router.Probes(router), new Keys<>(to));
    }

    /** Turns routes into (part, key) pairs, building a key per group. */
    private record Keys<T>(BiConsumer<Part, GroupKey> to) implements RouteSink<T> {
        @Override
        public void total(Part part, T record) {
            to.accept(part, GroupKey.total());
        }

        @Override
        public void group(Part part, Dimension[] dimensions, String[] values, T record) {
            to.accept(part, GroupKey.ofArrays(dimensions, values.clone()));
        }
    }

    /**
     * The aggregator of the satisfaction parts.
     *
     * @return the shared, thread-safe aggregator
     */
    public SatisfactionAggregator satisfactionAggregator() {
        return satisfactionAggregator;
    }

    /**
     * The aggregator of an appeals part: as of {@code asOf} for {@link Part#APPEALS} and
     * {@link Part#APPEALS_BY_PROCESS}, as of the day after the previous period for
     * {@link Part#APPEALS_PREVIOUS}.
     *
     * @param part an appeals part of this engine
     * @return the shared, thread-safe aggregator
     * @throws IllegalArgumentException when {@code part} is not an appeals part of this engine
     */
    public AppealAggregator appealAggregator(Part part) {
        if (!part.ofAppeals() || !parts.contains(part)) {
            throw new IllegalArgumentException(part + " is not an appeals part of this engine");
        }
        return part == Part.APPEALS_PREVIOUS ? previousAppealAggregator : appealAggregator;
    }

    /**
     * The aggregator of the process parts.
     *
     * @return the shared, thread-safe aggregator
     */
    public ProcessAggregator processAggregator() {
        return processAggregator;
    }

    /** The aggregator of {@code part}. */
    Aggregator<?, ?, ?> aggregatorOf(Part part) {
        return part.ofResponses() ? satisfactionAggregator : part.ofAppeals() ? appealAggregator(part) : processAggregator;
    }

    /**
     * A new, empty set of accumulators for one run.
     *
     * @return accumulators of this engine's parts
     */
    public Accumulators newAccumulators() {
        return new Accumulators(this, router);
    }

    @Override
    public String toString() {
        return "MetricsEngine{" + spec + "}";
    }
}
