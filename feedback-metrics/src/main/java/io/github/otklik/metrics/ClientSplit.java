package io.github.otklik.metrics;

import io.github.otklik.metrics.report.MetricsReport;

import java.util.Objects;
import java.util.Optional;

/**
 * The reports of one run for every client, for external clients and for internal clients
 * ({@link MetricsEngine#runByClients}); seed 004 assesses the two kinds of clients apart. Immutable.
 */
public final class ClientSplit {
    private final MetricsReport all;
    private final MetricsReport external;
    private final MetricsReport internal;

    ClientSplit(MetricsReport all, MetricsReport external, MetricsReport internal) {
        this.all = Objects.requireNonNull(all, "all");
        this.external = Objects.requireNonNull(external, "external");
        this.internal = internal;
    }

    /**
     * Every client's feedback, as {@code otklik-metrics/1} reports it.
     *
     * @return the report of {@link ClientScope#ALL}
     */
    public MetricsReport all() {
        return all;
    }

    /**
     * External clients' feedback: the headline, conclusions and charts a person reads.
     *
     * @return the report of {@link ClientScope#EXTERNAL}
     */
    public MetricsReport external() {
        return external;
    }

    /**
     * Internal clients' feedback (employees, internal forms, internal processes).
     *
     * @return the report of {@link ClientScope#INTERNAL}; empty in a public edition
     */
    public Optional<MetricsReport> internal() {
        return Optional.ofNullable(internal);
    }
}
