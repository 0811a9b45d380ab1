package io.github.otklik.metrics;

import io.github.otklik.core.appeal.Appeal;
import io.github.otklik.core.io.ReadSummary;
import io.github.otklik.core.io.RecordHandler;
import io.github.otklik.core.io.RecordSource;
import io.github.otklik.core.io.Reject;
import io.github.otklik.core.period.ReportingPeriod;
import io.github.otklik.core.process.ProcessInstance;
import io.github.otklik.core.response.SurveyResponse;
import io.github.otklik.forms.Audience;
import io.github.otklik.forms.Form;
import io.github.otklik.forms.FormCatalog;
import io.github.otklik.metrics.appeal.AppealAccumulator;
import io.github.otklik.metrics.appeal.AppealAggregator;
import io.github.otklik.metrics.appeal.AppealFigures;
import io.github.otklik.metrics.process.ProcessAccumulator;
import io.github.otklik.metrics.process.ProcessAggregator;
import io.github.otklik.metrics.process.ProcessFigures;
import io.github.otklik.metrics.report.Alert;
import io.github.otklik.metrics.report.AlertRules;
import io.github.otklik.metrics.report.Deviation;
import io.github.otklik.metrics.report.InputCounts;
import io.github.otklik.metrics.report.Keyed;
import io.github.otklik.metrics.report.MetricsJson;
import io.github.otklik.metrics.report.MetricsReport;
import io.github.otklik.metrics.report.ReportAudience;
import io.github.otklik.metrics.report.SatisfactionGroup;
import io.github.otklik.metrics.report.Target;
import io.github.otklik.metrics.satisfaction.SatisfactionAccumulator;
import io.github.otklik.metrics.satisfaction.SatisfactionAggregator;
import io.github.otklik.metrics.satisfaction.SatisfactionFigures;
import io.github.otklik.metrics.satisfaction.ScaleResult;
import io.github.otklik.metrics.stats.Normal;
import io.github.otklik.metrics.stats.Proportions;
import io.github.otklik.metrics.stats.Wilson;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Computes the figures of {@code spec/metrics.md} for one period: streams each input once, keeps
 * one accumulator per group (memory grows with the number of groups, not of records), and returns
 * an immutable {@link MetricsReport}. Immutable and thread-safe; each {@link #run} is independent.
 *
 * <pre>{@code
 * MetricsEngine engine = MetricsEngine.builder(FormCatalog.standard(), ReportingPeriod.parse("2025-Q1"))
 *     .zone(ZoneId.of("Europe/Samara"))
 *     .groupBy(List.of(Dimension.PROCESS))
 *     .build();
 * MetricsReport report = engine.run(MetricsInputs.none().withAppeals(appealsSource), reject -> {});
 * }</pre>
 */
public final class MetricsEngine {
    private final FormCatalog catalog;
    private final ReportingPeriod period;
    private final ZoneId zone;
    private final List<Dimension> groupBy;
    private final ReportAudience audience;
    private final long minCell;
    private final List<Target> targets;
    private final Instant asOf;
    private final ReportingPeriod compareWith;
    private final AlertRules alertRules;

    private MetricsEngine(Builder b) {
        this.catalog = b.catalog;
        this.period = b.period;
        this.zone = b.zone;
        this.groupBy = List.copyOf(b.groupBy);
        this.audience = b.audience;
        this.minCell = b.minCell;
        this.targets = List.copyOf(b.targets);
        this.asOf = b.asOf != null ? b.asOf : period.defaultAsOf(zone);
        this.compareWith = b.compareWith;
        this.alertRules = b.alertRules;
    }

    /** A builder for the figures of {@code period} over the forms of {@code catalog}. */
    public static Builder builder(FormCatalog catalog, ReportingPeriod period) {
        return new Builder(catalog, period);
    }

    /**
     * Streams the inputs once and computes the report. Every reject of every input goes to
     * {@code rejects}, in input order.
     */
    public MetricsReport run(MetricsInputs inputs, Consumer<Reject> rejects) {
        Objects.requireNonNull(rejects, "rejects");
        boolean pub = audience == ReportAudience.PUBLIC;
        LocalDate asOfDate = LocalDate.ofInstant(asOf, zone);
        List<Dimension> byProcess = List.of(Dimension.PROCESS);

        SatisfactionAggregator sAgg = new SatisfactionAggregator(catalog);
        Section<SurveyResponse, SatisfactionAccumulator, SatisfactionFigures> satisfaction =
                new Section<>(sAgg, applicable(Dimension::appliesToResponses), MetricsEngine::responseValue);
        Section<SurveyResponse, SatisfactionAccumulator, SatisfactionFigures> previous = compareWith == null ? null
                : new Section<>(sAgg, applicable(Dimension::appliesToResponses), MetricsEngine::responseValue);
        Section<SurveyResponse, SatisfactionAccumulator, SatisfactionFigures> satisfactionByProcess =
                targets.isEmpty() ? null : new Section<>(sAgg, byProcess, MetricsEngine::responseValue);

        AppealAggregator aAgg = new AppealAggregator(zone, asOfDate);
        Section<Appeal, AppealAccumulator, AppealFigures> appeals =
                new Section<>(aAgg, applicable(Dimension::appliesToAppeals), MetricsEngine::appealValue);
        Section<Appeal, AppealAccumulator, AppealFigures> previousAppeals = compareWith == null ? null
                : new Section<>(new AppealAggregator(zone, compareWith.defaultAsOf(zone).atZone(zone).toLocalDate()),
                        applicable(Dimension::appliesToAppeals), MetricsEngine::appealValue);
        Section<Appeal, AppealAccumulator, AppealFigures> appealsByProcess =
                targets.isEmpty() ? null : new Section<>(aAgg, byProcess, MetricsEngine::appealValue);

        ProcessAggregator pAgg = new ProcessAggregator();
        Section<ProcessInstance, ProcessAccumulator, ProcessFigures> processes =
                new Section<>(pAgg, applicable(Dimension::appliesToProcesses), MetricsEngine::processValue);
        Section<ProcessInstance, ProcessAccumulator, ProcessFigures> processesByProcess =
                targets.isEmpty() ? null : new Section<>(pAgg, byProcess, MetricsEngine::processValue);

        long[] inPeriod = new long[3];
        // periods as epoch-day ranges: one offset lookup per record, no LocalDate
        LocalDays days = new LocalDays(zone);
        long from = period.from().toEpochDay();
        long to = period.to().toEpochDay();
        long previousFrom = compareWith == null ? 0 : compareWith.from().toEpochDay();
        long previousTo = compareWith == null ? -1 : compareWith.to().toEpochDay();
        InputCounts responseCounts = inputs.responses().map(src -> counts(src, rejects, r -> {
            long d = days.of(r.submittedAt());
            boolean shown = !pub || formAudience(r) == Audience.EXTERNAL;
            if (d >= from && d <= to) {
                inPeriod[0]++;
                if (shown) {
                    satisfaction.add(r);
                }
                if (satisfactionByProcess != null && (shown || !pub)) {
                    satisfactionByProcess.add(r);
                }
            }
            if (previous != null && shown && d >= previousFrom && d <= previousTo) {
                previous.add(r);
            }
        }, () -> inPeriod[0])).orElse(InputCounts.NONE);
        InputCounts appealCounts = inputs.appeals().map(src -> counts(src, rejects, a -> {
            long d = days.of(a.registeredAt());
            if (d >= from && d <= to) {
                inPeriod[1]++;
                if (!pub) {
                    appeals.add(a);
                    if (appealsByProcess != null) {
                        appealsByProcess.add(a);
                    }
                }
            }
            if (previousAppeals != null && !pub && d >= previousFrom && d <= previousTo) {
                previousAppeals.add(a);
            }
        }, () -> inPeriod[1])).orElse(InputCounts.NONE);
        InputCounts processCounts = inputs.processes().map(src -> counts(src, rejects, p -> {
            long d = days.of(p.startedAt());
            if (d >= from && d <= to) {
                inPeriod[2]++;
                if (!pub) {
                    processes.add(p);
                    if (processesByProcess != null) {
                        processesByProcess.add(p);
                    }
                }
            }
        }, () -> inPeriod[2])).orElse(InputCounts.NONE);

        List<SatisfactionGroup> satisfactionGroups = inputs.responses().isEmpty() ? List.of()
                : satisfactionGroups(satisfaction, previous);
        List<Keyed<AppealFigures>> appealGroups = pub || inputs.appeals().isEmpty() ? List.of() : appeals.results();
        List<Keyed<ProcessFigures>> processGroups = pub || inputs.processes().isEmpty() ? List.of() : processes.results();

        List<Deviation> deviations = deviations(satisfactionByProcess, appealsByProcess, processesByProcess);
        List<Alert> alerts = alerts(satisfactionGroups, appealGroups, previousAppeals);
        return new MetricsReport(period, zone, asOf, audience, groupBy, minCell, Optional.ofNullable(compareWith),
                responseCounts, appealCounts, processCounts, satisfactionGroups, appealGroups, processGroups, deviations, alerts);
    }

    private List<Dimension> applicable(java.util.function.Predicate<Dimension> applies) {
        return groupBy.stream().filter(applies).toList();
    }

    private Audience formAudience(SurveyResponse r) {
        return catalog.find(r.form(), r.formVersion()).map(Form::audience).orElse(Audience.INTERNAL);
    }

    private static <T> InputCounts counts(RecordSource<T> source, Consumer<Reject> rejects, Consumer<T> accepted,
            java.util.function.LongSupplier inPeriod) {
        ReadSummary s = source.read(new RecordHandler<T>() {
            @Override
            public void accept(T record, long line) {
                accepted.accept(record);
            }

            @Override
            public void reject(Reject reject) {
                rejects.accept(reject);
            }
        });
        return new InputCounts(s.read(), s.accepted(), s.rejected(), inPeriod.getAsLong());
    }

    private List<SatisfactionGroup> satisfactionGroups(Section<SurveyResponse, SatisfactionAccumulator, SatisfactionFigures> current,
            Section<SurveyResponse, SatisfactionAccumulator, SatisfactionFigures> previous) {
        List<SatisfactionGroup> out = new ArrayList<>();
        for (Keyed<SatisfactionFigures> g : current.results()) {
            SatisfactionFigures f = g.figures();
            if (audience == ReportAudience.PUBLIC && f.overall().answered() < minCell) {
                out.add(new SatisfactionGroup(g.key(), Cell.suppressed(), Optional.empty()));
                continue;
            }
            Optional<Proportions.Comparison> comparison = Optional.empty();
            if (previous != null) {
                SatisfactionFigures before = previous.result(g.key());
                ScaleResult now = f.overall();
                if (before != null && before.overall().answered() > 0 && now.answered() > 0) {
                    comparison = Optional.of(Proportions.compare(now.satisfied(), now.answered(),
                            before.overall().satisfied(), before.overall().answered()));
                }
            }
            SatisfactionFigures shown = audience == ReportAudience.PUBLIC ? f.suppressBelow(minCell) : f;
            out.add(new SatisfactionGroup(g.key(), Cell.shown(shown), comparison));
        }
        return out;
    }

    private List<Deviation> deviations(Section<SurveyResponse, SatisfactionAccumulator, SatisfactionFigures> satisfaction,
            Section<Appeal, AppealAccumulator, AppealFigures> appeals, Section<ProcessInstance, ProcessAccumulator, ProcessFigures> processes) {
        List<Deviation> out = new ArrayList<>();
        Map<String, com.fasterxml.jackson.databind.JsonNode> views = new LinkedHashMap<>();
        for (Target t : targets) {
            boolean satisfactionMetric = t.indicator().metric().startsWith("satisfaction.");
            if (audience == ReportAudience.PUBLIC && !satisfactionMetric) {
                continue;
            }
            com.fasterxml.jackson.databind.JsonNode view = views.computeIfAbsent(t.process(), p -> {
                GroupKey key = GroupKey.of(List.of(Dimension.PROCESS), List.of(p));
                return MetricsJson.processView(satisfaction.result(key), audience == ReportAudience.PUBLIC ? null : appeals.result(key),
                        audience == ReportAudience.PUBLIC ? null : processes.result(key));
            });
            out.add(new Deviation(t, MetricsJson.resolve(view, t.indicator().metric())));
        }
        return out;
    }

    private List<Alert> alerts(List<SatisfactionGroup> satisfaction, List<Keyed<AppealFigures>> appeals,
            Section<Appeal, AppealAccumulator, AppealFigures> previousAppeals) {
        List<Alert> out = new ArrayList<>();
        for (SatisfactionGroup g : satisfaction) {
            Optional<SatisfactionFigures> f = g.figures().figure();
            if (f.isEmpty() || f.get().overall().answered() < alertRules.minAnswered()) {
                continue;
            }
            ScaleResult o = f.get().overall();
            double low = Wilson.lowerBound(o.dissatisfied(), o.answered(), Normal.Z95);
            if (low >= alertRules.dissatisfiedLowerBound()) {
                Map<String, Double> figures = new LinkedHashMap<>();
                figures.put("dissatisfied", (double) o.dissatisfied());
                figures.put("answered", (double) o.answered());
                figures.put("dissatisfiedShare", (double) o.dissatisfied() / o.answered());
                figures.put("lowerBound", low);
                figures.put("threshold", alertRules.dissatisfiedLowerBound());
                out.add(new Alert("dissatisfied-share", "satisfaction", g.key(), figures, String.format(java.util.Locale.ROOT,
                        "%d of %d answers dissatisfied (%.1f%%, 95%% lower bound %.3f ≥ %.3f): hold an extra round of feedback collection",
                        o.dissatisfied(), o.answered(), 100.0 * o.dissatisfied() / o.answered(), low, alertRules.dissatisfiedLowerBound())));
            }
        }
        if (previousAppeals != null) {
            for (Keyed<AppealFigures> g : appeals) {
                AppealFigures before = previousAppeals.result(g.key());
                if (before == null || before.complaints() < alertRules.minComplaints()) {
                    continue;
                }
                double growth = (double) (g.figures().complaints() - before.complaints()) / before.complaints();
                if (growth >= alertRules.complaintsGrowth()) {
                    Map<String, Double> figures = new LinkedHashMap<>();
                    figures.put("complaints", (double) g.figures().complaints());
                    figures.put("previousComplaints", (double) before.complaints());
                    figures.put("growth", growth);
                    figures.put("threshold", alertRules.complaintsGrowth());
                    out.add(new Alert("complaints-growth", "appeals", g.key(), figures, String.format(java.util.Locale.ROOT,
                            "complaints rose from %d to %d (+%.0f%% ≥ +%.0f%%): hold an extra round of feedback collection",
                            before.complaints(), g.figures().complaints(), 100 * growth, 100 * alertRules.complaintsGrowth())));
                }
            }
        }
        return out;
    }

    static Function<SurveyResponse, String> responseValue(Dimension d) {
        return switch (d) {
            case AGENCY -> SurveyResponse::agency;
            case PROCESS -> r -> r.process().orElse(Dimension.UNSPECIFIED);
            case CHANNEL -> r -> r.channel().name();
            case FORM -> SurveyResponse::form;
            case CATEGORY -> r -> r.client().category().map(Enum::name).orElse(Dimension.UNSPECIFIED);
            case CLIENT_KIND -> r -> r.client().kind().name();
            default -> throw new IllegalArgumentException(d + " does not apply to responses");
        };
    }

    static Function<Appeal, String> appealValue(Dimension d) {
        return switch (d) {
            case AGENCY -> Appeal::agency;
            case PROCESS -> a -> a.process().orElse(Dimension.UNSPECIFIED);
            case CHANNEL -> a -> a.channel().name();
            case KIND -> a -> a.kind().name();
            case TOPIC -> a -> a.topic().orElse(Dimension.UNSPECIFIED);
            default -> throw new IllegalArgumentException(d + " does not apply to appeals");
        };
    }

    static Function<ProcessInstance, String> processValue(Dimension d) {
        return switch (d) {
            case AGENCY -> ProcessInstance::agency;
            case PROCESS -> ProcessInstance::process;
            case CHANNEL -> p -> p.channel().map(Enum::name).orElse(Dimension.UNSPECIFIED);
            default -> throw new IllegalArgumentException(d + " does not apply to process instances");
        };
    }

    /** Builder of {@link MetricsEngine}; not thread-safe. */
    public static final class Builder {
        private final FormCatalog catalog;
        private final ReportingPeriod period;
        private ZoneId zone = ZoneId.of("Europe/Moscow");
        private List<Dimension> groupBy = List.of();
        private ReportAudience audience = ReportAudience.INTERNAL;
        private long minCell = 5;
        private List<Target> targets = List.of();
        private Instant asOf;
        private ReportingPeriod compareWith;
        private AlertRules alertRules = AlertRules.DEFAULT;

        private Builder(FormCatalog catalog, ReportingPeriod period) {
            this.catalog = Objects.requireNonNull(catalog, "catalog");
            this.period = Objects.requireNonNull(period, "period");
        }

        /** The reporting zone (default {@code Europe/Moscow}). */
        public Builder zone(ZoneId zone) { this.zone = Objects.requireNonNull(zone); return this; }

        /**
         * The grouping dimensions (default none: the total group only).
         *
         * @throws IllegalArgumentException when a dimension repeats
         */
        public Builder groupBy(List<Dimension> dimensions) {
            if (dimensions.stream().distinct().count() != dimensions.size()) {
                throw new IllegalArgumentException("a groupBy dimension repeats: " + dimensions);
            }
            this.groupBy = List.copyOf(dimensions);
            return this;
        }

        /** Internal (default) or public. */
        public Builder audience(ReportAudience audience) { this.audience = Objects.requireNonNull(audience); return this; }

        /**
         * Smallest group shown in a public report (default 5).
         *
         * @throws IllegalArgumentException when negative
         */
        public Builder minCell(long minCell) {
            if (minCell < 0) {
                throw new IllegalArgumentException("minCell must not be negative, was " + minCell);
            }
            this.minCell = minCell;
            return this;
        }

        /** Target-state indicators to evaluate. */
        public Builder targets(List<Target> targets) { this.targets = List.copyOf(targets); return this; }

        /** The instant the report is as of (default: start of the day after the period, in the zone). */
        public Builder asOf(Instant asOf) { this.asOf = Objects.requireNonNull(asOf); return this; }

        /** A previous period to compare satisfaction (and complaints) with. */
        public Builder compareWith(ReportingPeriod previous) { this.compareWith = Objects.requireNonNull(previous); return this; }

        /** Thresholds of the alerts for an extra round of collection. */
        public Builder alertRules(AlertRules rules) { this.alertRules = Objects.requireNonNull(rules); return this; }

        /** Builds the engine. */
        public MetricsEngine build() { return new MetricsEngine(this); }
    }

}
