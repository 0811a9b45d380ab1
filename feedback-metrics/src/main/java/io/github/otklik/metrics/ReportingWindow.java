package io.github.otklik.metrics;

import io.github.otklik.core.period.ReportingPeriod;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;

/**
 * When a metrics run looks ({@code spec/metrics.md}, periods and zones): the reporting period as a
 * range of local dates in the reporting zone, the instant the figures are as of (by default the
 * start of the day after the period's last date, in the zone), and optionally a previous period to
 * compare with. Immutable and thread-safe; the {@code with…} methods return new windows.
 */
public final class ReportingWindow {
    /** The reporting zone unless another is given. */
    public static final ZoneId DEFAULT_ZONE = ZoneId.of("Europe/Moscow");

    private final ReportingPeriod period;
    private final ZoneId zone;
    private final Instant asOf; // null: the period's default
    private final ReportingPeriod comparison; // null: none

    private ReportingWindow(ReportingPeriod period, ZoneId zone, Instant asOf, ReportingPeriod comparison) {
        this.period = Objects.requireNonNull(period, "period");
        this.zone = Objects.requireNonNull(zone, "zone");
        this.asOf = asOf;
        this.comparison = comparison;
    }

    /**
     * The window of {@code period} in the default zone, {@code Europe/Moscow}.
     *
     * @param period the reporting period
     * @return the window
     */
    public static ReportingWindow of(ReportingPeriod period) {
        return new ReportingWindow(period, DEFAULT_ZONE, null, null);
    }

    /**
     * The window of {@code period} in {@code zone}.
     *
     * @param period the reporting period
     * @param zone the reporting zone
     * @return the window
     */
    public static ReportingWindow of(ReportingPeriod period, ZoneId zone) {
        return new ReportingWindow(period, zone, null, null);
    }

    /**
     * This window in another zone.
     *
     * @param reportingZone the reporting zone
     * @return a new window
     */
    public ReportingWindow withZone(ZoneId reportingZone) {
        return new ReportingWindow(period, reportingZone, asOf, comparison);
    }

    /**
     * This window as of another instant.
     *
     * @param instant the instant the figures are as of
     * @return a new window
     */
    public ReportingWindow withAsOf(Instant instant) {
        return new ReportingWindow(period, zone, Objects.requireNonNull(instant, "asOf"), comparison);
    }

    /**
     * This window compared with a previous period.
     *
     * @param previous the period to compare satisfaction and complaints with
     * @return a new window
     */
    public ReportingWindow withComparison(ReportingPeriod previous) {
        return new ReportingWindow(period, zone, asOf, Objects.requireNonNull(previous, "comparison"));
    }

    /**
     * The reporting period.
     *
     * @return the period
     */
    public ReportingPeriod period() {
        return period;
    }

    /**
     * The reporting zone.
     *
     * @return the zone
     */
    public ZoneId zone() {
        return zone;
    }

    /**
     * The instant the figures are as of: the one given, or the start of the day after the period's
     * last date in the zone.
     *
     * @return the instant
     */
    public Instant asOf() {
        return asOf != null ? asOf : period.defaultAsOf(zone);
    }

    /**
     * Whether {@link #asOf()} was given rather than derived from the period.
     *
     * @return true when given
     */
    public boolean asOfGiven() {
        return asOf != null;
    }

    /**
     * The local date of {@link #asOf()} in the zone ({@code asOfDate} in {@code spec/metrics.md}).
     *
     * @return the date
     */
    public LocalDate asOfDate() {
        return LocalDate.ofInstant(asOf(), zone);
    }

    /**
     * The previous period to compare with.
     *
     * @return the period, when given
     */
    public Optional<ReportingPeriod> comparison() {
        return Optional.ofNullable(comparison);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ReportingWindow w && period.equals(w.period) && zone.equals(w.zone) && Objects.equals(asOf, w.asOf)
                && Objects.equals(comparison, w.comparison);
    }

    @Override
    public int hashCode() {
        return Objects.hash(period, zone, asOf, comparison);
    }

    @Override
    public String toString() {
        return period.label() + " in " + zone + (asOf != null ? " as of " + asOf : "")
                + (comparison != null ? " compared with " + comparison.label() : "");
    }
}
