package io.github.otklik.metrics;

import io.github.otklik.core.appeal.Appeal;
import io.github.otklik.core.io.ReadSummary;
import io.github.otklik.core.io.RecordHandler;
import io.github.otklik.core.io.RecordSource;
import io.github.otklik.core.io.Reject;
import io.github.otklik.core.io.UnorderedRecordSource;
import io.github.otklik.core.period.LocalDays;
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
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Computes the figures of {@code spec/metrics.md} for one period: streams each input once, keeps
 * one accumulator per group (memory grows with the number of groups, not of records), and returns
 * an immutable {@link MetricsReport}. Immutable and thread-safe; each {@link #run} is independent.
 * A distributed engine splits the same run: {@link #route} names the (part, group) pairs of each
 * record, the aggregators of {@link #satisfactionAggregator()}, {@link #appealAggregator(Part)} and
 * {@link #processAggregator()} fold them apart, and {@link Accumulators#merge} and
 * {@link Accumulators#report} turn the partial accumulators into the report {@code run} gives.
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
    private final List<Dimension> segments;

    private final LocalDate asOfDate;
    private final SatisfactionAggregator satisfactionAggregator;
    private final AppealAggregator appealAggregator;
    private final AppealAggregator previousAppealAggregator;
    private final ProcessAggregator processAggregator = new ProcessAggregator();
    private final Set<Part> parts;
    private final Dimension[] responseDims;
    private final Dimension[] appealDims;
    private final Dimension[] processDims;
    private final List<Function<SurveyResponse, String>> responseValues;
    private final List<Function<Appeal, String>> appealValues;
    private final List<Function<ProcessInstance, String>> processValues;
    private final LocalDays days;
    private final long fromDay; // the period and the previous one as epoch days, inclusive
    private final long toDay;
    private final long previousFromDay;
    private final long previousToDay;

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
        this.segments = List.copyOf(b.segments);
        this.asOfDate = LocalDate.ofInstant(asOf, zone);
        this.satisfactionAggregator = new SatisfactionAggregator(catalog);
        this.appealAggregator = new AppealAggregator(zone, asOfDate);
        this.previousAppealAggregator = compareWith == null ? null
                : new AppealAggregator(zone, compareWith.defaultAsOf(zone).atZone(zone).toLocalDate());
        EnumSet<Part> p = EnumSet.of(Part.SATISFACTION, Part.APPEALS, Part.PROCESSES);
        if (compareWith != null) {
            p.add(Part.SATISFACTION_PREVIOUS);
            p.add(Part.APPEALS_PREVIOUS);
        }
        if (!segments.isEmpty()) {
            p.add(Part.SATISFACTION_SEGMENTS);
        }
        if (!targets.isEmpty()) {
            p.add(Part.SATISFACTION_BY_PROCESS);
            p.add(Part.APPEALS_BY_PROCESS);
            p.add(Part.PROCESSES_BY_PROCESS);
        }
        this.parts = Collections.unmodifiableSet(p);
        this.responseDims = applicable(Dimension::appliesToResponses).toArray(new Dimension[0]);
        this.appealDims = applicable(Dimension::appliesToAppeals).toArray(new Dimension[0]);
        this.processDims = applicable(Dimension::appliesToProcesses).toArray(new Dimension[0]);
        this.responseValues = values(responseDims, MetricsEngine::responseValue);
        this.appealValues = values(appealDims, MetricsEngine::appealValue);
        this.processValues = values(processDims, MetricsEngine::processValue);
        this.days = new LocalDays(zone);
        this.fromDay = period.from().toEpochDay();
        this.toDay = period.to().toEpochDay();
        this.previousFromDay = compareWith == null ? 1 : compareWith.from().toEpochDay();
        this.previousToDay = compareWith == null ? 0 : compareWith.to().toEpochDay();
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
        Accumulators acc = newAccumulators();
        Optional<InputCounts> responses = inputs.responses().map(src -> src instanceof UnorderedRecordSource<SurveyResponse> parallel
                ? unorderedCounts(parallel, rejects, acc) : counts(src, rejects, acc::add));
        Optional<InputCounts> appeals = inputs.appeals().map(src -> counts(src, rejects, acc::add));
        Optional<InputCounts> processes = inputs.processes().map(src -> counts(src, rejects, acc::add));
        return acc.report(responses, appeals, processes);
    }

    // ---------------------------------------------------------------- the parts, for distributed engines

    /**
     * The parts that runs of this engine fill: {@link Part#SATISFACTION}, {@link Part#APPEALS} and
     * {@link Part#PROCESSES} always, the {@code _PREVIOUS} parts with a previous period, the
     * {@code _BY_PROCESS} parts with targets.
     */
    public Set<Part> parts() {
        return parts;
    }

    /**
     * Names the groups an accepted response counts in: calls {@code to} once per (part, group) pair,
     * the total group included ({@link GroupKey#total()}), the {@code _BY_PROCESS} parts keyed by
     * process alone. Filters by period (local date of {@code submittedAt} in the zone) and, in a
     * public report, by form audience, exactly as {@link #run} does.
     *
     * @return whether the response falls in the period (it then counts in {@code inputs.responses.inPeriod})
     */
    public boolean route(SurveyResponse r, BiConsumer<Part, GroupKey> to) {
        boolean pub = audience == ReportAudience.PUBLIC;
        long d = days.of(r.submittedAt());
        boolean shown = !pub || formAudience(r) == Audience.EXTERNAL;
        boolean in = inPeriod(d);
        if (in && shown) {
            to.accept(Part.SATISFACTION, GroupKey.total());
            if (responseDims.length > 0) {
                to.accept(Part.SATISFACTION, key(responseDims, responseValues, r));
            }
            if (parts.contains(Part.SATISFACTION_BY_PROCESS)) {
                to.accept(Part.SATISFACTION_BY_PROCESS, processKey(responseValue(Dimension.PROCESS).apply(r)));
            }
            for (Dimension segment : segments) {
                to.accept(Part.SATISFACTION_SEGMENTS, GroupKey.ofArrays(new Dimension[] {segment}, new String[] {responseValue(segment).apply(r)}));
            }
        }
        if (shown && inPrevious(d)) {
            to.accept(Part.SATISFACTION_PREVIOUS, GroupKey.total());
            if (responseDims.length > 0) {
                to.accept(Part.SATISFACTION_PREVIOUS, key(responseDims, responseValues, r));
            }
        }
        return in;
    }

    /**
     * Names the groups an accepted appeal counts in (see {@link #route(SurveyResponse, BiConsumer)});
     * none in a public report.
     *
     * @return whether the appeal falls in the period (local date of {@code registeredAt})
     */
    public boolean route(Appeal a, BiConsumer<Part, GroupKey> to) {
        boolean pub = audience == ReportAudience.PUBLIC;
        long d = days.of(a.registeredAt());
        boolean in = inPeriod(d);
        if (in && !pub) {
            to.accept(Part.APPEALS, GroupKey.total());
            if (appealDims.length > 0) {
                to.accept(Part.APPEALS, key(appealDims, appealValues, a));
            }
            if (parts.contains(Part.APPEALS_BY_PROCESS)) {
                to.accept(Part.APPEALS_BY_PROCESS, processKey(appealValue(Dimension.PROCESS).apply(a)));
            }
        }
        if (!pub && inPrevious(d)) {
            to.accept(Part.APPEALS_PREVIOUS, GroupKey.total());
            if (appealDims.length > 0) {
                to.accept(Part.APPEALS_PREVIOUS, key(appealDims, appealValues, a));
            }
        }
        return in;
    }

    /**
     * Names the groups an accepted process instance counts in (see
     * {@link #route(SurveyResponse, BiConsumer)}); none in a public report.
     *
     * @return whether the instance falls in the period (local date of {@code startedAt})
     */
    public boolean route(ProcessInstance p, BiConsumer<Part, GroupKey> to) {
        boolean in = inPeriod(days.of(p.startedAt()));
        if (in && audience != ReportAudience.PUBLIC) {
            to.accept(Part.PROCESSES, GroupKey.total());
            if (processDims.length > 0) {
                to.accept(Part.PROCESSES, key(processDims, processValues, p));
            }
            if (parts.contains(Part.PROCESSES_BY_PROCESS)) {
                to.accept(Part.PROCESSES_BY_PROCESS, processKey(p.process()));
            }
        }
        return in;
    }

    /** Whether the local date {@code day} (epoch day) is in the period. */
    private boolean inPeriod(long day) {
        return day >= fromDay && day <= toDay;
    }

    /** Whether the local date {@code day} (epoch day) is in the previous period (false without one). */
    private boolean inPrevious(long day) {
        return day >= previousFromDay && day <= previousToDay;
    }

    /** The aggregator of the {@code SATISFACTION} parts (shared, thread-safe). */
    public SatisfactionAggregator satisfactionAggregator() {
        return satisfactionAggregator;
    }

    /**
     * The aggregator of an appeals part: as of {@code asOf} for {@link Part#APPEALS} and
     * {@link Part#APPEALS_BY_PROCESS}, as of the day after the previous period for
     * {@link Part#APPEALS_PREVIOUS}.
     *
     * @throws IllegalArgumentException when {@code part} is not an appeals part of this engine
     */
    public AppealAggregator appealAggregator(Part part) {
        if (!part.ofAppeals() || !parts.contains(part)) {
            throw new IllegalArgumentException(part + " is not an appeals part of this engine");
        }
        return part == Part.APPEALS_PREVIOUS ? previousAppealAggregator : appealAggregator;
    }

    /** The aggregator of the {@code PROCESSES} parts (shared, thread-safe). */
    public ProcessAggregator processAggregator() {
        return processAggregator;
    }

    /** A new, empty set of accumulators for one run: every part's total group, empty. */
    public Accumulators newAccumulators() {
        return new Accumulators();
    }

    /**
     * The accumulators of one run, per part and group: filled record by record ({@code add}, as
     * {@link #run} does) or from partial accumulators computed elsewhere ({@code merge}, as a
     * distributed engine does), then turned into a report. The report depends only on the multiset
     * of records added, however they were split and merged. Not thread-safe.
     */
    public final class Accumulators {
        private final Section<SurveyResponse, SatisfactionAccumulator, SatisfactionFigures> satisfaction = new Section<>(satisfactionAggregator);
        private final Section<SurveyResponse, SatisfactionAccumulator, SatisfactionFigures> satisfactionPrevious = new Section<>(satisfactionAggregator);
        private final Section<SurveyResponse, SatisfactionAccumulator, SatisfactionFigures> satisfactionByProcess = new Section<>(satisfactionAggregator);
        private final Section<SurveyResponse, SatisfactionAccumulator, SatisfactionFigures> satisfactionSegments = new Section<>(satisfactionAggregator);
        private final Section<Appeal, AppealAccumulator, AppealFigures> appeals = new Section<>(appealAggregator);
        private final Section<Appeal, AppealAccumulator, AppealFigures> appealsPrevious =
                new Section<>(previousAppealAggregator == null ? appealAggregator : previousAppealAggregator);
        private final Section<Appeal, AppealAccumulator, AppealFigures> appealsByProcess = new Section<>(appealAggregator);
        private final Section<ProcessInstance, ProcessAccumulator, ProcessFigures> processes = new Section<>(processAggregator);
        private final Section<ProcessInstance, ProcessAccumulator, ProcessFigures> processesByProcess = new Section<>(processAggregator);

        private final String[] responseProbe = new String[responseDims.length]; // group values of the record being added
        private final String[] appealProbe = new String[appealDims.length];

        private Accumulators() {
        }

        private <T> void addGrouped(Section<T, ?, ?> section, Dimension[] dims, List<Function<T, String>> values, String[] probe, T record) {
            if (dims.length == 0) {
                section.add(GroupKey.total(), record);
                return;
            }
            for (int i = 0; i < dims.length; i++) {
                probe[i] = values.get(i).apply(record);
            }
            section.addGrouped(dims, probe, record);
        }

        /** Adds an accepted response to its groups; returns whether it falls in the period. */
        public boolean add(SurveyResponse r) {
            // the same groups as route(r, …), without a key or a LocalDate per record
            long day = days.of(r.submittedAt());
            boolean in = inPeriod(day);
            boolean before = inPrevious(day);
            if (!(in || before) || audience == ReportAudience.PUBLIC && formAudience(r) != Audience.EXTERNAL) {
                return in;
            }
            if (in) {
                addGrouped(satisfaction, responseDims, responseValues, responseProbe, r);
                if (parts.contains(Part.SATISFACTION_BY_PROCESS)) {
                    satisfactionByProcess.add(processKey(responseValue(Dimension.PROCESS).apply(r)), r);
                }
                for (Dimension segment : segments) {
                    satisfactionSegments.add(GroupKey.ofArrays(new Dimension[] {segment}, new String[] {responseValue(segment).apply(r)}), r);
                }
            }
            if (before) {
                addGrouped(satisfactionPrevious, responseDims, responseValues, responseProbe, r);
            }
            return in;
        }

        /** Adds an accepted appeal to its groups; returns whether it falls in the period. */
        public boolean add(Appeal a) {
            long day = days.of(a.registeredAt());
            boolean in = inPeriod(day);
            boolean before = inPrevious(day);
            if (audience == ReportAudience.PUBLIC) {
                return in;
            }
            if (in) {
                addGrouped(appeals, appealDims, appealValues, appealProbe, a);
                if (parts.contains(Part.APPEALS_BY_PROCESS)) {
                    appealsByProcess.add(processKey(appealValue(Dimension.PROCESS).apply(a)), a);
                }
            }
            if (before) {
                addGrouped(appealsPrevious, appealDims, appealValues, appealProbe, a);
            }
            return in;
        }

        /** Adds an accepted process instance to its groups; returns whether it falls in the period. */
        public boolean add(ProcessInstance p) {
            return route(p, (part, key) -> processes(part).add(key, p));
        }

        /**
         * Merges a partial accumulator of a responses part into the group {@code key}; the partial
         * must not be used afterwards.
         *
         * @throws IllegalArgumentException when {@code part} is not a responses part of this engine
         */
        public void merge(Part part, GroupKey key, SatisfactionAccumulator partial) {
            responses(part).merge(key, Objects.requireNonNull(partial, "partial"));
        }

        /** Merges a partial accumulator of an appeals part (see {@link #merge(Part, GroupKey, SatisfactionAccumulator)}). */
        public void merge(Part part, GroupKey key, AppealAccumulator partial) {
            appeals(part).merge(key, Objects.requireNonNull(partial, "partial"));
        }

        /** Merges a partial accumulator of a process part (see {@link #merge(Part, GroupKey, SatisfactionAccumulator)}). */
        public void merge(Part part, GroupKey key, ProcessAccumulator partial) {
            processes(part).merge(key, Objects.requireNonNull(partial, "partial"));
        }

        /** Merges everything {@code other} (of this engine) holds into these accumulators; {@code other} must not be used afterwards. */
        private void absorb(Accumulators other) {
            satisfaction.absorb(other.satisfaction);
            satisfactionPrevious.absorb(other.satisfactionPrevious);
            satisfactionByProcess.absorb(other.satisfactionByProcess);
            satisfactionSegments.absorb(other.satisfactionSegments);
            appeals.absorb(other.appeals);
            appealsPrevious.absorb(other.appealsPrevious);
            appealsByProcess.absorb(other.appealsByProcess);
            processes.absorb(other.processes);
            processesByProcess.absorb(other.processesByProcess);
        }

        private Section<SurveyResponse, SatisfactionAccumulator, SatisfactionFigures> responses(Part part) {
            check(part, Part.Kind.RESPONSES);
            return part == Part.SATISFACTION ? satisfaction : part == Part.SATISFACTION_PREVIOUS ? satisfactionPrevious
                    : part == Part.SATISFACTION_SEGMENTS ? satisfactionSegments : satisfactionByProcess;
        }

        private Section<Appeal, AppealAccumulator, AppealFigures> appeals(Part part) {
            check(part, Part.Kind.APPEALS);
            return part == Part.APPEALS ? appeals : part == Part.APPEALS_PREVIOUS ? appealsPrevious : appealsByProcess;
        }

        private Section<ProcessInstance, ProcessAccumulator, ProcessFigures> processes(Part part) {
            check(part, Part.Kind.PROCESSES);
            return part == Part.PROCESSES ? processes : processesByProcess;
        }

        private void check(Part part, Part.Kind kind) {
            if (part.kind() != kind || !parts.contains(part)) {
                throw new IllegalArgumentException(part + " is not a " + kind.name().toLowerCase(java.util.Locale.ROOT)
                        + " part of this engine (parts: " + parts + ")");
            }
        }

        /**
         * The report of what was added and merged. An absent input's section is an empty list and
         * its counts are zero, as {@code spec/metrics.md} requires.
         *
         * @param responses counts of the responses input, when given
         * @param appealsInput counts of the appeals input, when given
         * @param processesInput counts of the process-instances input, when given
         */
        public MetricsReport report(Optional<InputCounts> responses, Optional<InputCounts> appealsInput, Optional<InputCounts> processesInput) {
            boolean pub = audience == ReportAudience.PUBLIC;
            List<SatisfactionGroup> satisfactionGroups = responses.isEmpty() ? List.of()
                    : satisfactionGroups(satisfaction, compareWith == null ? null : satisfactionPrevious);
            List<Keyed<AppealFigures>> appealGroups = pub || appealsInput.isEmpty() ? List.of() : appeals.results();
            List<Keyed<ProcessFigures>> processGroups = pub || processesInput.isEmpty() ? List.of() : processes.results();
            List<Deviation> deviations = deviations(satisfactionByProcess, appealsByProcess, processesByProcess);
            List<Alert> alerts = alerts(satisfactionGroups, appealGroups, compareWith == null ? null : appealsPrevious);
            Map<Dimension, List<SatisfactionGroup>> segmentGroups = new LinkedHashMap<>();
            if (responses.isPresent() && !segments.isEmpty()) {
                List<SatisfactionGroup> all = satisfactionGroups(satisfactionSegments, null);
                for (Dimension d : segments) {
                    segmentGroups.put(d, all.stream().filter(g -> !g.key().isTotal() && g.key().dimensions().get(0) == d).toList());
                }
            }
            return new MetricsReport(period, zone, asOf, audience, groupBy, minCell, Optional.ofNullable(compareWith),
                    responses.orElse(InputCounts.NONE), appealsInput.orElse(InputCounts.NONE), processesInput.orElse(InputCounts.NONE),
                    satisfactionGroups, appealGroups, processGroups, deviations, alerts, segmentGroups);
        }
    }

    private static <T> List<Function<T, String>> values(Dimension[] dims, Function<Dimension, Function<T, String>> valueOf) {
        List<Function<T, String>> out = new ArrayList<>();
        for (Dimension d : dims) {
            out.add(valueOf.apply(d));
        }
        return List.copyOf(out);
    }

    private static <T> GroupKey key(Dimension[] dims, List<Function<T, String>> values, T record) {
        String[] key = new String[dims.length];
        for (int i = 0; i < key.length; i++) {
            key[i] = values.get(i).apply(record);
        }
        return GroupKey.ofArrays(dims, key);
    }

    private static final Dimension[] BY_PROCESS = {Dimension.PROCESS};

    private static GroupKey processKey(String process) {
        return GroupKey.ofArrays(BY_PROCESS, new String[] {process});
    }

    private List<Dimension> applicable(java.util.function.Predicate<Dimension> applies) {
        return groupBy.stream().filter(applies).toList();
    }

    private Audience formAudience(SurveyResponse r) {
        return catalog.find(r.form(), r.formVersion()).map(Form::audience).orElse(Audience.INTERNAL);
    }

    /**
     * Reads responses that may arrive on several threads: each sink (one per reading thread) fills
     * its own accumulators, merged into {@code into} at the end; the merges are exact, so the
     * report is the one an ordered read gives.
     */
    private InputCounts unorderedCounts(UnorderedRecordSource<SurveyResponse> source, Consumer<Reject> rejects, Accumulators into) {
        List<ResponseSink> sinks = new ArrayList<>();
        ReadSummary s = source.readUnordered(() -> {
            ResponseSink sink = new ResponseSink(newAccumulators());
            synchronized (sinks) {
                sinks.add(sink);
            }
            return sink;
        }, rejects);
        long inPeriod = 0;
        synchronized (sinks) {
            for (ResponseSink sink : sinks) {
                into.absorb(sink.accumulators);
                inPeriod += sink.inPeriod;
            }
        }
        return new InputCounts(s.read(), s.accepted(), s.rejected(), inPeriod);
    }

    /** The accumulators of one reading thread. */
    private static final class ResponseSink implements Consumer<SurveyResponse> {
        final Accumulators accumulators;
        long inPeriod;

        ResponseSink(Accumulators accumulators) {
            this.accumulators = accumulators;
        }

        @Override
        public void accept(SurveyResponse r) {
            if (accumulators.add(r)) {
                inPeriod++;
            }
        }
    }

    private static <T> InputCounts counts(RecordSource<T> source, Consumer<Reject> rejects, Predicate<T> addInPeriod) {
        long[] inPeriod = new long[1];
        ReadSummary s = source.read(new RecordHandler<T>() {
            @Override
            public void accept(T record, long line) {
                if (addInPeriod.test(record)) {
                    inPeriod[0]++;
                }
            }

            @Override
            public void reject(Reject reject) {
                rejects.accept(reject);
            }
        });
        return new InputCounts(s.read(), s.accepted(), s.rejected(), inPeriod[0]);
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
        private List<Dimension> segments = List.of();

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

        /**
         * Extra satisfaction breakdowns computed in the same pass, one per dimension (e.g. channel
         * and category for a report's segment charts); they appear in {@code MetricsReport.segments()}.
         *
         * @throws IllegalArgumentException when a dimension does not apply to responses
         */
        public Builder segments(List<Dimension> dimensions) {
            for (Dimension d : dimensions) {
                if (!d.appliesToResponses()) {
                    throw new IllegalArgumentException(d.wireName() + " is not a dimension of responses");
                }
            }
            this.segments = List.copyOf(dimensions);
            return this;
        }

        /** Thresholds of the alerts for an extra round of collection. */
        public Builder alertRules(AlertRules rules) { this.alertRules = Objects.requireNonNull(rules); return this; }

        /** Builds the engine. */
        public MetricsEngine build() { return new MetricsEngine(this); }
    }

}
