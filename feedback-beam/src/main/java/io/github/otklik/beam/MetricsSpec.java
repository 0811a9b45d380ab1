package io.github.otklik.beam;

import io.github.otklik.core.period.ReportingPeriod;
import io.github.otklik.core.process.TargetIndicator;
import io.github.otklik.metrics.Dimension;
import io.github.otklik.metrics.MetricsEngine;
import io.github.otklik.metrics.report.AlertRules;
import io.github.otklik.metrics.report.ReportAudience;
import io.github.otklik.metrics.report.Target;

import java.io.Serializable;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What a metrics run computes — forms, period, zone, grouping, audience, {@code minCell},
 * {@code asOf}, a previous period, alert thresholds, targets — in a form that travels to a
 * pipeline's workers: every setting of {@link MetricsEngine.Builder}, kept as serialisable values,
 * and the {@link MetricsEngine} rebuilt from them once per deserialised copy ({@link #engine()}).
 * The engine is also built once when the spec is built, so that a bad setting fails on the machine
 * that builds the pipeline. Immutable; {@link #engine()} is thread-safe.
 *
 * <pre>{@code
 * MetricsSpec spec = MetricsSpec.builder(FormCatalogSource.standard(), "2025-Q1")
 *     .zone(ZoneId.of("Europe/Samara"))
 *     .groupBy(List.of(Dimension.PROCESS))
 *     .build();
 * }</pre>
 */
public final class MetricsSpec implements Serializable {
    private static final long serialVersionUID = 1L;

    private final FormCatalogSource forms;
    private final String period;
    private final String zone;
    private final ArrayList<Dimension> groupBy;
    private final ReportAudience audience;
    private final long minCell;
    private final Instant asOf;
    private final String compareWith;
    private final double alertDissatisfied;
    private final long alertMinAnswered;
    private final double alertComplaintsGrowth;
    private final long alertMinComplaints;
    private final ArrayList<TargetValue> targets;
    private transient volatile MetricsEngine engine;

    private MetricsSpec(Builder b) {
        this.forms = b.forms;
        this.period = b.period.label();
        this.zone = b.zone.getId();
        this.groupBy = new ArrayList<>(b.groupBy);
        this.audience = b.audience;
        this.minCell = b.minCell;
        this.asOf = b.asOf;
        this.compareWith = b.compareWith == null ? null : b.compareWith.label();
        this.alertDissatisfied = b.alertRules.dissatisfiedLowerBound();
        this.alertMinAnswered = b.alertRules.minAnswered();
        this.alertComplaintsGrowth = b.alertRules.complaintsGrowth();
        this.alertMinComplaints = b.alertRules.minComplaints();
        this.targets = new ArrayList<>();
        for (Target t : b.targets) {
            targets.add(new TargetValue(t.process(), t.indicator().metric(), t.indicator().target(), t.indicator().direction()));
        }
    }

    /** A builder for the figures of {@code period} ({@code 2025-Q1}, …) over the forms of {@code forms}. */
    public static Builder builder(FormCatalogSource forms, String period) {
        return new Builder(forms, ReportingPeriod.parse(period));
    }

    /** The forms. */
    public FormCatalogSource forms() {
        return forms;
    }

    /** The reporting period. */
    public ReportingPeriod period() {
        return ReportingPeriod.parse(period);
    }

    /** The reporting zone. */
    public ZoneId zone() {
        return ZoneId.of(zone);
    }

    /** The grouping dimensions, in order. */
    public List<Dimension> groupBy() {
        return List.copyOf(groupBy);
    }

    /**
     * The engine of this spec: the same figures as a {@code MetricsEngine} built with the same
     * settings, because it is one. Built once per instance.
     */
    public MetricsEngine engine() {
        MetricsEngine e = engine;
        if (e == null) {
            synchronized (this) {
                e = engine;
                if (e == null) {
                    e = buildEngine();
                    engine = e;
                }
            }
        }
        return e;
    }

    private MetricsEngine buildEngine() {
        MetricsEngine.Builder b = MetricsEngine.builder(forms.get(), ReportingPeriod.parse(period))
                .zone(ZoneId.of(zone))
                .groupBy(groupBy)
                .audience(audience)
                .minCell(minCell)
                .alertRules(new AlertRules(alertDissatisfied, alertMinAnswered, alertComplaintsGrowth, alertMinComplaints));
        if (asOf != null) {
            b.asOf(asOf);
        }
        if (compareWith != null) {
            b.compareWith(ReportingPeriod.parse(compareWith));
        }
        List<Target> ts = new ArrayList<>();
        for (TargetValue t : targets) {
            ts.add(new Target(t.process, new TargetIndicator(t.metric, t.target, t.direction)));
        }
        return b.targets(ts).build();
    }

    @Override
    public String toString() {
        return "MetricsSpec{" + forms + ", period " + period + ", zone " + zone + ", groupBy " + groupBy + ", " + audience.wireName()
                + (compareWith == null ? "" : ", compareWith " + compareWith) + (targets.isEmpty() ? "" : ", " + targets.size() + " targets") + "}";
    }

    /** A target as serialisable values. */
    private record TargetValue(String process, String metric, double target, TargetIndicator.Direction direction) implements Serializable {
    }

    /** Builder of {@link MetricsSpec}, with the defaults of {@link MetricsEngine.Builder}; not thread-safe. */
    public static final class Builder {
        private final FormCatalogSource forms;
        private final ReportingPeriod period;
        private ZoneId zone = ZoneId.of("Europe/Moscow");
        private List<Dimension> groupBy = List.of();
        private ReportAudience audience = ReportAudience.INTERNAL;
        private long minCell = 5;
        private Instant asOf;
        private ReportingPeriod compareWith;
        private AlertRules alertRules = AlertRules.DEFAULT;
        private List<Target> targets = List.of();

        private Builder(FormCatalogSource forms, ReportingPeriod period) {
            this.forms = Objects.requireNonNull(forms, "forms");
            this.period = Objects.requireNonNull(period, "period");
        }

        /** The reporting zone (default {@code Europe/Moscow}). */
        public Builder zone(ZoneId zone) { this.zone = Objects.requireNonNull(zone); return this; }

        /** The grouping dimensions (default none: the total group only). */
        public Builder groupBy(List<Dimension> dimensions) { this.groupBy = List.copyOf(dimensions); return this; }

        /** Internal (default) or public. */
        public Builder audience(ReportAudience audience) { this.audience = Objects.requireNonNull(audience); return this; }

        /** Smallest group shown in a public report (default 5). */
        public Builder minCell(long minCell) { this.minCell = minCell; return this; }

        /** The instant the report is as of (default: start of the day after the period, in the zone). */
        public Builder asOf(Instant asOf) { this.asOf = Objects.requireNonNull(asOf); return this; }

        /** A previous period ({@code 2024-Q4}, …) to compare satisfaction and complaints with. */
        public Builder compareWith(String previous) { this.compareWith = ReportingPeriod.parse(previous); return this; }

        /** Thresholds of the alerts for an extra round of collection. */
        public Builder alertRules(AlertRules rules) { this.alertRules = Objects.requireNonNull(rules); return this; }

        /** Target-state indicators to evaluate. */
        public Builder targets(List<Target> targets) { this.targets = List.copyOf(targets); return this; }

        /**
         * Builds the spec, and its engine once to check the settings.
         *
         * @throws IllegalArgumentException when a setting is invalid (as {@link MetricsEngine.Builder} says)
         */
        public MetricsSpec build() {
            MetricsSpec spec = new MetricsSpec(this);
            spec.engine();
            return spec;
        }
    }
}
