package io.github.otklik.metrics;

import io.github.otklik.core.appeal.Appeal;
import io.github.otklik.core.period.LocalDays;
import io.github.otklik.core.process.Process;
import io.github.otklik.core.process.ProcessInstance;
import io.github.otklik.core.process.ProcessType;
import io.github.otklik.core.response.SurveyResponse;
import io.github.otklik.forms.Form;
import io.github.otklik.metrics.disclosure.Disclosure;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Names the (part, group) pairs each record counts in — the one routing of a metrics run, used by
 * local runs ({@link Accumulators#add}) and distributed ones ({@link MetricsEngine#route}) alike.
 * A record counts when its local date is in the period (or the previous one), its kind of client
 * is in the spec's {@link ClientScope}, and the {@link Disclosure} shows its part and form. In
 * each part it counts in the total and in the groups of its values; with
 * {@link Dimension#LIFE_SITUATION} once per life situation of its process. Immutable and
 * thread-safe; the scratch arrays of a route live in a {@link Probes} of the caller's.
 */
final class Router {
    private static final Dimension[] BY_PROCESS = {Dimension.PROCESS};
    private static final String[] UNSPECIFIED = {Dimension.UNSPECIFIED};

    private final Disclosure disclosure;
    private final ClientScope clients;
    private final io.github.otklik.forms.FormCatalog forms;
    private final LocalDays days;
    private final long fromDay; // the period and the previous one as epoch days, inclusive
    private final long toDay;
    private final long previousFromDay;
    private final long previousToDay;
    private final boolean byProcess;
    private final Map<String, String[]> lifeSituations = new HashMap<>();
    private final Set<String> internalProcesses = new HashSet<>();
    final Lane<SurveyResponse> responses;
    final Lane<Appeal> appeals;
    final Lane<ProcessInstance> instances;
    final Dimension[][] segments;

    Router(MetricsSpec spec) {
        this.disclosure = spec.disclosure();
        this.clients = spec.clients();
        this.forms = spec.forms();
        this.days = new LocalDays(spec.zone());
        this.fromDay = spec.period().from().toEpochDay();
        this.toDay = spec.period().to().toEpochDay();
        this.previousFromDay = spec.window().comparison().map(p -> p.from().toEpochDay()).orElse(1L);
        this.previousToDay = spec.window().comparison().map(p -> p.to().toEpochDay()).orElse(0L);
        this.byProcess = !spec.targets().isEmpty();
        for (Process p : spec.registry().processes()) {
            List<String> situations = spec.registry().lifeSituations(p.id());
            if (!situations.isEmpty()) {
                lifeSituations.put(p.id(), situations.toArray(new String[0]));
            }
            if (p.type() == ProcessType.INTERNAL) {
                internalProcesses.add(p.id());
            }
        }
        this.responses = new Lane<>(spec.groupBy(), Dimension::appliesToResponses, RecordValues::response);
        this.appeals = new Lane<>(spec.groupBy(), Dimension::appliesToAppeals, RecordValues::appeal);
        this.instances = new Lane<>(spec.groupBy(), Dimension::appliesToProcesses, RecordValues::instance);
        this.segments = spec.segments().stream().map(d -> new Dimension[] {d}).toArray(Dimension[][]::new);
        spec.segments().forEach(RecordValues::response); // refuses a segment that does not apply to responses
    }

    /** The dimensions of one kind of record in the main parts, their values, and where the life situation stands. */
    static final class Lane<T> {
        final Dimension[] dims;
        final List<Function<T, String>> values;
        final int lifeIndex;

        Lane(List<Dimension> groupBy, java.util.function.Predicate<Dimension> applies, Function<Dimension, Function<T, String>> valueOf) {
            this.dims = groupBy.stream().filter(applies).toArray(Dimension[]::new);
            this.values = java.util.Arrays.stream(dims).map(valueOf).toList();
            int life = -1;
            for (int i = 0; i < dims.length; i++) {
                if (dims[i] == Dimension.LIFE_SITUATION) {
                    life = i;
                }
            }
            this.lifeIndex = life;
        }

        /** Whether every record of the lane counts in exactly one group, so that the total is the merge of the groups. */
        boolean partitions() {
            return dims.length > 0 && lifeIndex < 0;
        }
    }

    /** Scratch arrays for the group values of the record being routed; one per thread. */
    static final class Probes {
        final String[] response;
        final String[] appeal;
        final String[] instance;
        final String[] one = new String[1];
        // the form of the last response whose disclosure was looked up, and the answer
        String shownForm;
        String shownVersion;
        boolean shown;

        Probes(Router r) {
            this.response = new String[r.responses.dims.length];
            this.appeal = new String[r.appeals.dims.length];
            this.instance = new String[r.instances.dims.length];
        }
    }

    /**
     * Routes an accepted response.
     *
     * @return whether it falls in the period (it then counts in {@code inputs.responses.inPeriod})
     */
    boolean route(SurveyResponse r, Probes probes, RouteSink<SurveyResponse> sink) {
        long d = days.of(r.submittedAt());
        boolean in = inPeriod(d);
        boolean before = inPrevious(d);
        if (!(in || before) || !clients.counts(r.client().kind()) || !shown(r, probes)) {
            return in;
        }
        if (in) {
            emit(Part.SATISFACTION, responses, probes.response, r, sink);
            if (byProcess) {
                probes.one[0] = r.process().orElse(Dimension.UNSPECIFIED);
                sink.group(Part.SATISFACTION_BY_PROCESS, BY_PROCESS, probes.one, r);
            }
            for (int i = 0; i < segments.length; i++) {
                if (segments[i][0] == Dimension.LIFE_SITUATION) {
                    for (String s : situations(r.process().orElse(null))) {
                        probes.one[0] = s;
                        sink.group(Part.SATISFACTION_SEGMENTS, segments[i], probes.one, r);
                    }
                } else {
                    probes.one[0] = RecordValues.ofResponse(segments[i][0], r);
                    sink.group(Part.SATISFACTION_SEGMENTS, segments[i], probes.one, r);
                }
            }
        }
        if (before) {
            emit(Part.SATISFACTION_PREVIOUS, responses, probes.response, r, sink);
        }
        return in;
    }

    /** Routes an accepted appeal; returns whether it falls in the period. */
    boolean route(Appeal a, Probes probes, RouteSink<Appeal> sink) {
        long d = days.of(a.registeredAt());
        boolean in = inPeriod(d);
        if (!clients.countsAppeals() || !disclosure.shows(Part.APPEALS)) {
            return in;
        }
        if (in) {
            emit(Part.APPEALS, appeals, probes.appeal, a, sink);
            if (byProcess) {
                probes.one[0] = a.process().orElse(Dimension.UNSPECIFIED);
                sink.group(Part.APPEALS_BY_PROCESS, BY_PROCESS, probes.one, a);
            }
        }
        if (inPrevious(d)) {
            emit(Part.APPEALS_PREVIOUS, appeals, probes.appeal, a, sink);
        }
        return in;
    }

    /** Routes an accepted process instance; returns whether it falls in the period. */
    boolean route(ProcessInstance p, Probes probes, RouteSink<ProcessInstance> sink) {
        boolean in = inPeriod(days.of(p.startedAt()));
        if (in && clients.countsProcess(internalProcesses.contains(p.process())) && disclosure.shows(Part.PROCESSES)) {
            emit(Part.PROCESSES, instances, probes.instance, p, sink);
            if (byProcess) {
                probes.one[0] = p.process();
                sink.group(Part.PROCESSES_BY_PROCESS, BY_PROCESS, probes.one, p);
            }
        }
        return in;
    }

    private <T> void emit(Part part, Lane<T> lane, String[] probe, T record, RouteSink<T> sink) {
        sink.total(part, record);
        Dimension[] dims = lane.dims;
        if (dims.length == 0) {
            return;
        }
        for (int i = 0; i < dims.length; i++) {
            probe[i] = lane.values.get(i).apply(record);
        }
        if (lane.lifeIndex < 0) {
            sink.group(part, dims, probe, record);
            return;
        }
        String process = probe[lane.lifeIndex];
        for (String situation : situations(Dimension.UNSPECIFIED.equals(process) ? null : process)) {
            probe[lane.lifeIndex] = situation;
            sink.group(part, dims, probe, record);
        }
    }

    /** The life situations of {@code process} ({@code UNSPECIFIED} when it has none or is not known). */
    private String[] situations(String process) {
        String[] s = process == null ? null : lifeSituations.get(process);
        return s == null ? UNSPECIFIED : s;
    }

    private boolean shown(SurveyResponse r, Probes probes) {
        if (disclosure.shows(io.github.otklik.metrics.disclosure.Content.INTERNAL_CLIENTS)) {
            return true;
        }
        if (!r.form().equals(probes.shownForm) || !r.formVersion().equals(probes.shownVersion)) {
            Form f = forms.find(r.form(), r.formVersion()).orElse(null);
            probes.shown = f != null && disclosure.shows(f);
            probes.shownForm = r.form();
            probes.shownVersion = r.formVersion();
        }
        return probes.shown;
    }

    private boolean inPeriod(long day) {
        return day >= fromDay && day <= toDay;
    }

    private boolean inPrevious(long day) {
        return day >= previousFromDay && day <= previousToDay;
    }
}
