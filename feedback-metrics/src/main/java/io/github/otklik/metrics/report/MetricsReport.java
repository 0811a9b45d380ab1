package io.github.otklik.metrics.report;

import io.github.otklik.core.period.ReportingPeriod;
import io.github.otklik.metrics.Dimension;
import io.github.otklik.metrics.appeal.AppealFigures;
import io.github.otklik.metrics.process.ProcessFigures;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The figures of one period, in the model of {@code otklik-metrics/1}: period and zone,
 * {@code asOf}, audience and grouping, input counts, satisfaction, appeal and process-indicator
 * groups (total group first), target deviations and alerts. A public report holds no appeal or
 * process figures, nothing from internal forms, and suppressed small cells. Immutable.
 *
 * @param period the reporting period
 * @param zone the reporting zone
 * @param asOf the instant the report is as of
 * @param audience internal or public
 * @param groupBy the grouping dimensions
 * @param minCell smallest public cell
 * @param comparedWith the previous period satisfaction is compared with, when given
 * @param responses counts of the responses input
 * @param appealsInput counts of the appeals input
 * @param processesInput counts of the process-instances input
 * @param satisfaction satisfaction groups
 * @param appeals appeal groups
 * @param processes process-indicator groups
 * @param deviations target-state deviations, in target order
 * @param alerts alerts for an extra round of collection
 * @param segments extra satisfaction breakdowns by one dimension each, when asked for
 */
public record MetricsReport(ReportingPeriod period, ZoneId zone, Instant asOf, ReportAudience audience, List<Dimension> groupBy,
        long minCell, Optional<ReportingPeriod> comparedWith, InputCounts responses, InputCounts appealsInput,
        InputCounts processesInput, List<SatisfactionGroup> satisfaction, List<Keyed<AppealFigures>> appeals,
        List<Keyed<ProcessFigures>> processes, List<Deviation> deviations, List<Alert> alerts,
        Map<Dimension, List<SatisfactionGroup>> segments) {
    /** The format name of the JSON output. */
    public static final String FORMAT = "otklik-metrics/1";

    /** Copies the lists. */
    public MetricsReport {
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(audience, "audience");
        groupBy = List.copyOf(groupBy);
        satisfaction = List.copyOf(satisfaction);
        appeals = List.copyOf(appeals);
        processes = List.copyOf(processes);
        deviations = List.copyOf(deviations);
        alerts = List.copyOf(alerts);
        Map<Dimension, List<SatisfactionGroup>> copy = new LinkedHashMap<>();
        segments.forEach((d, groups) -> copy.put(d, List.copyOf(groups)));
        segments = Collections.unmodifiableMap(copy);
    }

    /** A report without segment breakdowns. */
    public MetricsReport(ReportingPeriod period, ZoneId zone, Instant asOf, ReportAudience audience, List<Dimension> groupBy,
            long minCell, Optional<ReportingPeriod> comparedWith, InputCounts responses, InputCounts appealsInput,
            InputCounts processesInput, List<SatisfactionGroup> satisfaction, List<Keyed<AppealFigures>> appeals,
            List<Keyed<ProcessFigures>> processes, List<Deviation> deviations, List<Alert> alerts) {
        this(period, zone, asOf, audience, groupBy, minCell, comparedWith, responses, appealsInput, processesInput, satisfaction,
                appeals, processes, deviations, alerts, Map.of());
    }

    /** Total number of rejected records over the three inputs. */
    public long rejected() {
        return responses.rejected() + appealsInput.rejected() + processesInput.rejected();
    }
}
