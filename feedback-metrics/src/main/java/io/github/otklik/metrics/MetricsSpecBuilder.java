package io.github.otklik.metrics;

import io.github.otklik.core.period.ReportingPeriod;
import io.github.otklik.core.process.ProcessRegistry;
import io.github.otklik.forms.FormCatalog;
import io.github.otklik.metrics.alert.AlertRules;
import io.github.otklik.metrics.disclosure.Disclosure;
import io.github.otklik.metrics.target.Target;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Builder of a {@link MetricsSpec}; each setting may be given once (a second call fails at once,
 * naming the setting and its value, as Caffeine's builder does), and {@link #build()} checks that
 * the settings agree with each other. Not thread-safe.
 */
public final class MetricsSpecBuilder {
    private final ReportingPeriod period;
    private ZoneId zone;
    private Instant asOf;
    private ReportingPeriod comparison;
    private FormCatalog forms;
    private ProcessRegistry registry;
    private List<Dimension> groupBy;
    private List<Dimension> segments;
    private List<Target> targets;
    private AlertRules alertRules;
    private Disclosure disclosure;
    private ClientScope clients;

    MetricsSpecBuilder(ReportingPeriod period) {
        this.period = Objects.requireNonNull(period, "period");
    }

    private static void once(Object current, String setting) {
        if (current != null) {
            throw new IllegalStateException(setting + " was already set to " + current);
        }
    }

    /**
     * The reporting zone (default {@code Europe/Moscow}).
     *
     * @param reportingZone an IANA zone
     * @return this builder
     * @throws IllegalStateException when the zone was already set
     */
    public MetricsSpecBuilder zone(ZoneId reportingZone) {
        once(zone, "zone");
        zone = Objects.requireNonNull(reportingZone, "zone");
        return this;
    }

    /**
     * The instant the figures are as of (default: the start of the day after the period, in the zone).
     *
     * @param instant the instant
     * @return this builder
     * @throws IllegalStateException when it was already set
     */
    public MetricsSpecBuilder asOf(Instant instant) {
        once(asOf, "asOf");
        asOf = Objects.requireNonNull(instant, "asOf");
        return this;
    }

    /**
     * A previous period to compare satisfaction and complaints with.
     *
     * @param previous the period
     * @return this builder
     * @throws IllegalStateException when it was already set
     */
    public MetricsSpecBuilder compareWith(ReportingPeriod previous) {
        once(comparison, "compareWith");
        comparison = Objects.requireNonNull(previous, "compareWith");
        return this;
    }

    /**
     * The forms that give the answers their meaning (default {@link FormCatalog#standard()}).
     *
     * @param catalog the forms
     * @return this builder
     * @throws IllegalStateException when they were already set
     */
    public MetricsSpecBuilder forms(FormCatalog catalog) {
        once(forms, "forms");
        forms = Objects.requireNonNull(catalog, "forms");
        return this;
    }

    /**
     * The process registry, needed for the {@link Dimension#LIFE_SITUATION} grouping and for
     * telling internal processes apart (default: empty).
     *
     * @param processes the registry
     * @return this builder
     * @throws IllegalStateException when it was already set
     */
    public MetricsSpecBuilder registry(ProcessRegistry processes) {
        once(registry, "registry");
        registry = Objects.requireNonNull(processes, "registry");
        return this;
    }

    /**
     * The grouping dimensions (default none: the total group only).
     *
     * @param dimensions the dimensions, without repeats
     * @return this builder
     * @throws IllegalStateException when the grouping was already set
     */
    public MetricsSpecBuilder groupBy(List<Dimension> dimensions) {
        once(groupBy, "groupBy");
        groupBy = List.copyOf(dimensions);
        return this;
    }

    /**
     * The grouping dimensions (default none: the total group only).
     *
     * @param dimensions the dimensions, without repeats
     * @return this builder
     * @throws IllegalStateException when the grouping was already set
     */
    public MetricsSpecBuilder groupBy(Dimension... dimensions) {
        return groupBy(Arrays.asList(dimensions));
    }

    /**
     * Extra satisfaction breakdowns computed in the same pass, one per dimension (e.g. channel and
     * category for a report's segment charts).
     *
     * @param dimensions dimensions of responses, without repeats
     * @return this builder
     * @throws IllegalStateException when they were already set
     */
    public MetricsSpecBuilder segments(List<Dimension> dimensions) {
        once(segments, "segments");
        segments = List.copyOf(dimensions);
        return this;
    }

    /**
     * Target-state indicators to evaluate.
     *
     * @param indicators the targets
     * @return this builder
     * @throws IllegalStateException when they were already set
     */
    public MetricsSpecBuilder targets(List<Target> indicators) {
        once(targets, "targets");
        targets = List.copyOf(indicators);
        return this;
    }

    /**
     * Thresholds of the alerts for an extra round of collection (default {@link AlertRules#DEFAULT}).
     *
     * @param rules the thresholds
     * @return this builder
     * @throws IllegalStateException when they were already set
     */
    public MetricsSpecBuilder alertRules(AlertRules rules) {
        once(alertRules, "alertRules");
        alertRules = Objects.requireNonNull(rules, "alertRules");
        return this;
    }

    /**
     * Who may see the figures (default {@link Disclosure#agency()}).
     *
     * @param policy the disclosure policy
     * @return this builder
     * @throws IllegalStateException when it was already set
     */
    public MetricsSpecBuilder disclosure(Disclosure policy) {
        once(disclosure, "disclosure");
        disclosure = Objects.requireNonNull(policy, "disclosure");
        return this;
    }

    /**
     * Whose feedback counts (default {@link ClientScope#ALL}).
     *
     * @param scope every, external or internal clients
     * @return this builder
     * @throws IllegalStateException when it was already set
     */
    public MetricsSpecBuilder clients(ClientScope scope) {
        once(clients, "clients");
        clients = Objects.requireNonNull(scope, "clients");
        return this;
    }

    /**
     * The spec.
     *
     * @return the spec
     * @throws IllegalArgumentException when a setting is invalid (a repeated dimension, a segment
     *         that does not apply to responses, a target on an aspect or problem no form has)
     * @throws IllegalStateException when settings conflict (life situations without a registry,
     *         internal clients in a public edition)
     */
    public MetricsSpec build() {
        ReportingWindow w = ReportingWindow.of(period, zone != null ? zone : ReportingWindow.DEFAULT_ZONE);
        if (asOf != null) {
            w = w.withAsOf(asOf);
        }
        if (comparison != null) {
            w = w.withComparison(comparison);
        }
        return new MetricsSpec(w, forms != null ? forms : FormCatalog.standard(), registry != null ? registry : ProcessRegistry.empty(),
                groupBy != null ? groupBy : List.of(), segments != null ? segments : List.of(), targets != null ? targets : List.of(),
                alertRules != null ? alertRules : AlertRules.DEFAULT, disclosure != null ? disclosure : Disclosure.agency(),
                clients != null ? clients : ClientScope.ALL);
    }
}
