package io.github.otklik.metrics;

import io.github.otklik.core.period.ReportingPeriod;
import io.github.otklik.core.process.ProcessRegistry;
import io.github.otklik.forms.FormCatalog;
import io.github.otklik.metrics.alert.AlertRules;
import io.github.otklik.metrics.disclosure.Disclosure;
import io.github.otklik.metrics.target.Target;

import java.io.ObjectInputStream;
import java.io.Serializable;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;

/**
 * Everything that describes one metrics run, as one immutable value (the way Caffeine's
 * {@code CaffeineSpec} describes a cache): the {@link ReportingWindow}, the forms that give the
 * answers their meaning, the process registry (names, types, life situations), the grouping, the
 * extra segment breakdowns, the targets, the alert rules, the {@link Disclosure} policy and the
 * {@link ClientScope}. {@link MetricsEngine#from(MetricsSpec)} builds an engine from it, every
 * {@code MetricsReport} carries the spec it was computed with, and the same value travels to the
 * workers of a distributed run (it is {@link Serializable}: forms and registry travel as their
 * JSON). Immutable and thread-safe.
 *
 * <pre>{@code
 * MetricsSpec spec = MetricsSpec.builder(ReportingPeriod.parse("2025-Q1"))
 *     .zone(ZoneId.of("Europe/Samara"))
 *     .groupBy(Dimension.PROCESS)
 *     .disclosure(Disclosure.publicEdition())
 *     .build();
 * MetricsReport report = MetricsEngine.from(spec).run(inputs, reject -> { });
 * }</pre>
 */
public final class MetricsSpec implements Serializable {
    private static final long serialVersionUID = 1L;

    private final transient ReportingWindow window;
    private final transient FormCatalog forms;
    private final transient ProcessRegistry registry;
    private final transient List<Dimension> groupBy;
    private final transient List<Dimension> segments;
    private final transient List<Target> targets;
    private final transient AlertRules alertRules;
    private final transient Disclosure disclosure;
    private final transient ClientScope clients;

    MetricsSpec(ReportingWindow window, FormCatalog forms, ProcessRegistry registry, List<Dimension> groupBy, List<Dimension> segments,
            List<Target> targets, AlertRules alertRules, Disclosure disclosure, ClientScope clients) {
        this.window = Objects.requireNonNull(window, "window");
        this.forms = Objects.requireNonNull(forms, "forms");
        this.registry = Objects.requireNonNull(registry, "registry");
        this.groupBy = List.copyOf(groupBy);
        this.segments = List.copyOf(segments);
        this.targets = List.copyOf(targets);
        this.alertRules = Objects.requireNonNull(alertRules, "alertRules");
        this.disclosure = Objects.requireNonNull(disclosure, "disclosure");
        this.clients = Objects.requireNonNull(clients, "clients");
        SpecChecks.check(this);
    }

    /**
     * A builder for a run over {@code period}, in {@code Europe/Moscow} unless a zone is given.
     *
     * @param period the reporting period
     * @return a builder
     */
    public static MetricsSpecBuilder builder(ReportingPeriod period) {
        return new MetricsSpecBuilder(period);
    }

    /**
     * The reporting window: period, zone, {@code asOf} and the period compared with.
     *
     * @return the window
     */
    public ReportingWindow window() {
        return window;
    }

    /**
     * Shorthand for {@code window().period()}.
     *
     * @return the reporting period
     */
    public ReportingPeriod period() {
        return window.period();
    }

    /**
     * Shorthand for {@code window().zone()}.
     *
     * @return the reporting zone
     */
    public ZoneId zone() {
        return window.zone();
    }

    /**
     * Shorthand for {@code window().asOf()}.
     *
     * @return the instant the figures are as of
     */
    public Instant asOf() {
        return window.asOf();
    }

    /**
     * The forms the responses are checked against (the standard ones unless others are given).
     *
     * @return the catalog
     */
    public FormCatalog forms() {
        return forms;
    }

    /**
     * The process registry (empty unless given): life situations and process types.
     *
     * @return the registry
     */
    public ProcessRegistry registry() {
        return registry;
    }

    /**
     * The grouping dimensions (empty: the total group only).
     *
     * @return an unmodifiable list without repeats
     */
    public List<Dimension> groupBy() {
        return groupBy;
    }

    /**
     * Extra satisfaction breakdowns computed in the same pass, one dimension each.
     *
     * @return an unmodifiable list without repeats
     */
    public List<Dimension> segments() {
        return segments;
    }

    /**
     * The target-state indicators to evaluate.
     *
     * @return an unmodifiable list
     */
    public List<Target> targets() {
        return targets;
    }

    /**
     * The thresholds of the alerts for an extra round of collection.
     *
     * @return the rules
     */
    public AlertRules alertRules() {
        return alertRules;
    }

    /**
     * Who may see the figures.
     *
     * @return the policy
     */
    public Disclosure disclosure() {
        return disclosure;
    }

    /**
     * Whose feedback counts.
     *
     * @return every client unless restricted
     */
    public ClientScope clients() {
        return clients;
    }

    /**
     * This spec with another grouping.
     *
     * @param dimensions the grouping dimensions
     * @return a new spec, or this one when the grouping is the same
     * @throws IllegalArgumentException when a dimension repeats
     * @throws IllegalStateException when the grouping needs a registry this spec lacks
     */
    public MetricsSpec withGroupBy(List<Dimension> dimensions) {
        return dimensions.equals(groupBy) ? this
                : new MetricsSpec(window, forms, registry, dimensions, segments, targets, alertRules, disclosure, clients);
    }

    /**
     * This spec with other segment breakdowns.
     *
     * @param dimensions one breakdown per dimension
     * @return a new spec, or this one when they are the same
     * @throws IllegalArgumentException when a dimension repeats or does not apply to responses
     */
    public MetricsSpec withSegments(List<Dimension> dimensions) {
        return dimensions.equals(segments) ? this
                : new MetricsSpec(window, forms, registry, groupBy, dimensions, targets, alertRules, disclosure, clients);
    }

    /**
     * This spec counting the feedback of other clients.
     *
     * @param scope whose feedback counts
     * @return a new spec, or this one when the scope is the same
     * @throws IllegalStateException when the scope conflicts with the disclosure (internal clients in a public edition)
     */
    public MetricsSpec withClients(ClientScope scope) {
        return scope == clients ? this : new MetricsSpec(window, forms, registry, groupBy, segments, targets, alertRules, disclosure, scope);
    }

    /**
     * This spec with another disclosure policy.
     *
     * @param policy who may see the figures
     * @return a new spec, or this one when the policy is the same
     */
    public MetricsSpec withDisclosure(Disclosure policy) {
        return policy.equals(disclosure) ? this
                : new MetricsSpec(window, forms, registry, groupBy, segments, targets, alertRules, policy, clients);
    }

    /**
     * This spec without targets (for a run that only needs the figures).
     *
     * @return a new spec, or this one when it has none
     */
    public MetricsSpec withoutTargets() {
        return targets.isEmpty() ? this
                : new MetricsSpec(window, forms, registry, groupBy, segments, List.of(), alertRules, disclosure, clients);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MetricsSpec s && window.equals(s.window) && forms.forms().equals(s.forms.forms())
                && registry.equals(s.registry) && groupBy.equals(s.groupBy) && segments.equals(s.segments) && targets.equals(s.targets)
                && alertRules.equals(s.alertRules) && disclosure.equals(s.disclosure) && clients == s.clients;
    }

    @Override
    public int hashCode() {
        return Objects.hash(window, registry, groupBy, segments, targets, alertRules, disclosure, clients);
    }

    @Override
    public String toString() {
        return "MetricsSpec{" + window + ", groupBy " + groupBy + (segments.isEmpty() ? "" : ", segments " + segments)
                + (targets.isEmpty() ? "" : ", " + targets.size() + " targets") + ", " + disclosure
                + (clients == ClientScope.ALL ? "" : ", " + clients.name().toLowerCase(java.util.Locale.ROOT) + " clients") + "}";
    }

    private Object writeReplace() {
        return SpecWire.of(this);
    }

    private void readObject(ObjectInputStream in) throws java.io.InvalidObjectException {
        throw new java.io.InvalidObjectException("a MetricsSpec travels in its serialized form");
    }
}
