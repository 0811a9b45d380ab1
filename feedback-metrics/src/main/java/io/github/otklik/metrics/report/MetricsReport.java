package io.github.otklik.metrics.report;

import io.github.otklik.core.period.ReportingPeriod;
import io.github.otklik.metrics.Dimension;
import io.github.otklik.metrics.MetricsSpec;
import io.github.otklik.metrics.alert.Alert;
import io.github.otklik.metrics.appeal.AppealFigures;
import io.github.otklik.metrics.disclosure.Disclosure;
import io.github.otklik.metrics.disclosure.Edition;
import io.github.otklik.metrics.process.ProcessFigures;
import io.github.otklik.metrics.satisfaction.SatisfactionFigures;
import io.github.otklik.metrics.target.Deviation;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The figures of one period, in the model of {@code otklik-metrics/1}, with the
 * {@link MetricsSpec} they were computed with: what was read ({@link #inputs()}), satisfaction,
 * appeal and process-indicator groups (total group first), segment breakdowns, target deviations
 * and alerts. A public report holds no appeal or process figures, nothing from internal forms,
 * and suppressed small cells. Immutable; made by the metrics engine or, for tests and adapters,
 * by {@link #builder(MetricsSpec)}.
 */
public final class MetricsReport {
    /** The format name of the JSON output. */
    public static final String FORMAT = "otklik-metrics/1";

    private final MetricsSpec spec;
    private final InputSummary inputs;
    private final List<SatisfactionGroup> satisfaction;
    private final List<Keyed<AppealFigures>> appeals;
    private final List<Keyed<ProcessFigures>> processes;
    private final List<Deviation> deviations;
    private final List<Alert> alerts;
    private final Map<Dimension, List<SatisfactionGroup>> segments;

    private MetricsReport(Builder b) {
        this.spec = b.spec;
        this.inputs = b.inputs;
        this.satisfaction = List.copyOf(b.satisfaction);
        this.appeals = List.copyOf(b.appeals);
        this.processes = List.copyOf(b.processes);
        this.deviations = List.copyOf(b.deviations);
        this.alerts = List.copyOf(b.alerts);
        Map<Dimension, List<SatisfactionGroup>> copy = new LinkedHashMap<>();
        b.segments.forEach((d, groups) -> copy.put(d, List.copyOf(groups)));
        this.segments = Collections.unmodifiableMap(copy);
    }

    /**
     * A builder of a report computed with {@code spec}; every list starts empty.
     *
     * @param spec the run's spec
     * @return a builder
     */
    public static Builder builder(MetricsSpec spec) {
        return new Builder(spec);
    }

    /**
     * The spec the figures were computed with.
     *
     * @return the spec
     */
    public MetricsSpec spec() {
        return spec;
    }

    /**
     * The reporting period.
     *
     * @return {@code spec().period()}
     */
    public ReportingPeriod period() {
        return spec.period();
    }

    /**
     * The reporting zone.
     *
     * @return {@code spec().zone()}
     */
    public ZoneId zone() {
        return spec.zone();
    }

    /**
     * The instant the figures are as of.
     *
     * @return {@code spec().asOf()}
     */
    public Instant asOf() {
        return spec.asOf();
    }

    /**
     * Who may see the figures.
     *
     * @return {@code spec().disclosure()}
     */
    public Disclosure disclosure() {
        return spec.disclosure();
    }

    /**
     * The edition of the figures.
     *
     * @return agency or public
     */
    public Edition edition() {
        return spec.disclosure().edition();
    }

    /**
     * The grouping dimensions.
     *
     * @return {@code spec().groupBy()}
     */
    public List<Dimension> groupBy() {
        return spec.groupBy();
    }

    /**
     * The previous period satisfaction is compared with.
     *
     * @return the period, when one was given
     */
    public Optional<ReportingPeriod> comparedWith() {
        return spec.window().comparison();
    }

    /**
     * What was read from each input.
     *
     * @return the counts
     */
    public InputSummary inputs() {
        return inputs;
    }

    /**
     * Satisfaction groups, the total group first (empty when no responses were given).
     *
     * @return an unmodifiable list
     */
    public List<SatisfactionGroup> satisfaction() {
        return satisfaction;
    }

    /**
     * The total satisfaction group's figures.
     *
     * @return the figures, unless no responses were given or the group is suppressed
     */
    public Optional<SatisfactionFigures> satisfactionTotal() {
        return satisfaction.isEmpty() ? Optional.empty() : satisfaction.get(0).figures().figure();
    }

    /**
     * Appeal groups, the total group first (empty when none were given, and in a public report).
     *
     * @return an unmodifiable list
     */
    public List<Keyed<AppealFigures>> appeals() {
        return appeals;
    }

    /**
     * Process-indicator groups, the total group first (empty when none were given, and in a public report).
     *
     * @return an unmodifiable list
     */
    public List<Keyed<ProcessFigures>> processes() {
        return processes;
    }

    /**
     * Target-state deviations, in target order.
     *
     * @return an unmodifiable list
     */
    public List<Deviation> deviations() {
        return deviations;
    }

    /**
     * Alerts for an extra round of collection.
     *
     * @return an unmodifiable list
     */
    public List<Alert> alerts() {
        return alerts;
    }

    /**
     * Extra satisfaction breakdowns by one dimension each, in the spec's segment order.
     *
     * @return an unmodifiable map
     */
    public Map<Dimension, List<SatisfactionGroup>> segments() {
        return segments;
    }

    /**
     * Rejected records over the three inputs.
     *
     * @return the total
     */
    public long rejected() {
        return inputs.rejected();
    }

    /** Reports are equal when computed with equal specs and holding equal figures. */
    @Override
    public boolean equals(Object o) {
        return o instanceof MetricsReport r && spec.equals(r.spec) && inputs.equals(r.inputs) && satisfaction.equals(r.satisfaction)
                && appeals.equals(r.appeals) && processes.equals(r.processes) && deviations.equals(r.deviations) && alerts.equals(r.alerts)
                && segments.equals(r.segments);
    }

    @Override
    public int hashCode() {
        return Objects.hash(spec, inputs, satisfaction, appeals, processes, deviations, alerts, segments);
    }

    @Override
    public String toString() {
        return "MetricsReport{" + spec + ", " + inputs + "}";
    }

    /** Builder of a {@link MetricsReport}; not thread-safe. */
    public static final class Builder {
        private final MetricsSpec spec;
        private InputSummary inputs = InputSummary.none();
        private List<SatisfactionGroup> satisfaction = List.of();
        private List<Keyed<AppealFigures>> appeals = List.of();
        private List<Keyed<ProcessFigures>> processes = List.of();
        private List<Deviation> deviations = List.of();
        private List<Alert> alerts = List.of();
        private Map<Dimension, List<SatisfactionGroup>> segments = Map.of();

        private Builder(MetricsSpec spec) {
            this.spec = Objects.requireNonNull(spec, "spec");
        }

        /**
         * What was read.
         *
         * @param summary the input counts
         * @return this builder
         */
        public Builder inputs(InputSummary summary) {
            this.inputs = Objects.requireNonNull(summary, "inputs");
            return this;
        }

        /**
         * The satisfaction groups, total first.
         *
         * @param groups the groups
         * @return this builder
         */
        public Builder satisfaction(List<SatisfactionGroup> groups) {
            this.satisfaction = List.copyOf(groups);
            return this;
        }

        /**
         * The appeal groups, total first.
         *
         * @param groups the groups
         * @return this builder
         */
        public Builder appeals(List<Keyed<AppealFigures>> groups) {
            this.appeals = List.copyOf(groups);
            return this;
        }

        /**
         * The process-indicator groups, total first.
         *
         * @param groups the groups
         * @return this builder
         */
        public Builder processes(List<Keyed<ProcessFigures>> groups) {
            this.processes = List.copyOf(groups);
            return this;
        }

        /**
         * The target deviations.
         *
         * @param outcomes the deviations, in target order
         * @return this builder
         */
        public Builder deviations(List<Deviation> outcomes) {
            this.deviations = List.copyOf(outcomes);
            return this;
        }

        /**
         * The alerts.
         *
         * @param raised the alerts
         * @return this builder
         */
        public Builder alerts(List<Alert> raised) {
            this.alerts = List.copyOf(raised);
            return this;
        }

        /**
         * The segment breakdowns.
         *
         * @param breakdowns the groups of each segment dimension
         * @return this builder
         */
        public Builder segments(Map<Dimension, List<SatisfactionGroup>> breakdowns) {
            this.segments = new LinkedHashMap<>(breakdowns);
            return this;
        }

        /**
         * The report.
         *
         * @return the report
         */
        public MetricsReport build() {
            return new MetricsReport(this);
        }
    }
}
