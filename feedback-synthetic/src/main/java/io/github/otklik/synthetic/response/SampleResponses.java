package io.github.otklik.synthetic.response;

import io.github.otklik.core.period.ReportingPeriod;
import io.github.otklik.core.response.SurveyResponse;
import io.github.otklik.core.validation.Identifiers;
import io.github.otklik.forms.Audience;
import io.github.otklik.forms.FormCatalog;

import java.io.IOException;
import java.io.Writer;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Synthetic responses of a sample agency (выборка ответов) for trials, demos and benchmarks: every
 * response is valid for its standard form, and the same configuration and {@code n} give equal
 * responses and byte-identical JSON Lines on every machine. Immutable and thread-safe; each call
 * starts afresh from the seed.
 *
 * <p>For each response it picks: external or internal (15 % by default; all external when no
 * process has an internal standard form, all internal when none has an external one); a process
 * by the given weights (internal responses: half to {@code INTERNAL} processes, half to the others
 * that have an internal standard form); one of the process type's standard forms for that
 * audience ({@link FormCatalog#standardFor}); a channel (external: EPGU 45, MFC 20, official site
 * 10, in person 10, paper 5, regional portal 5, hotline 5; internal: intranet 80, e-mail 20); a
 * client (external: a category fitting the process type, none in 10 %; internal: {@code EMPLOYEE},
 * none in 15 %); a latent satisfaction of process quality + channel shift (MFC and in person
 * +0.05, hotline −0.05) + normal noise σ 0.15, clamped to [0, 1]; two problem codes typical of the
 * process on that form; and 30 % named respondents with a fake {@code name} and {@code email}.
 * Every response carries its process. Ids are {@code r-000001}, {@code r-000002}, … in
 * chronological order; instants are whole seconds between 07:00 and 22:00 local time on days of
 * the period, uniformly. A run holds {@code n} timestamps in memory (8 bytes each).
 *
 * <pre>{@code
 * SampleResponses sample = SampleResponses.builder(ReportingPeriod.parse("2025-Q1"))
 *     .process(new ProcessProfile("svc-housing", ProcessType.SERVICE, 0.45), 173)
 *     .process(new ProcessProfile("int-hr", ProcessType.INTERNAL, 0.6), 20)
 *     .seed(1).build();
 * try (Writer out = Files.newBufferedWriter(dir.resolve("responses.jsonl"))) {
 *     sample.write(out, 1_000);
 * }
 * }</pre>
 */
public final class SampleResponses {
    /** The default agency id, that of the sample ministry. */
    public static final String DEFAULT_AGENCY = "minsoc";
    /** The default share of responses to internal forms. */
    public static final double DEFAULT_INTERNAL_SHARE = 0.15;

    private final FormCatalog catalog;
    private final String agency;
    private final List<ProcessProfile> processes;
    private final List<Double> weights;
    private final ReportingPeriod period;
    private final ZoneId zone;
    private final long seed;
    private final double internalShare;

    private SampleResponses(Builder b) {
        this.catalog = b.catalog != null ? b.catalog : FormCatalog.standard();
        this.agency = b.agency;
        this.processes = List.copyOf(b.processes);
        this.weights = List.copyOf(b.weights);
        this.period = b.period;
        this.zone = b.zone;
        this.seed = b.seed;
        this.internalShare = b.internalShare;
        boolean any = false;
        for (ProcessProfile p : processes) {
            any |= !catalog.standardFor(p.type(), Audience.EXTERNAL).isEmpty()
                    || !catalog.standardFor(p.type(), Audience.INTERNAL).isEmpty();
        }
        if (!any) {
            throw new IllegalArgumentException("no process has a standard form in the catalog");
        }
    }

    /** A builder of samples for {@code period}. */
    public static Builder builder(ReportingPeriod period) {
        return new Builder(period);
    }

    /**
     * The first {@code n} responses, lazily, in id order.
     *
     * @throws IllegalArgumentException when {@code n} is negative
     */
    public Stream<SurveyResponse> stream(int n) {
        Iterator<SurveyResponse> run = new SampleRun(catalog, agency, processes, weights, period, zone, seed,
                internalShare, n);
        return StreamSupport.stream(Spliterators.spliterator(run, n,
                Spliterator.ORDERED | Spliterator.NONNULL | Spliterator.IMMUTABLE), false);
    }

    /**
     * The first {@code n} responses, in id order.
     *
     * @throws IllegalArgumentException when {@code n} is negative
     */
    public List<SurveyResponse> generate(int n) {
        return stream(n).toList();
    }

    /**
     * Writes the first {@code n} responses to {@code out} as JSON Lines ({@link ResponseJsonlWriter})
     * and flushes it; give it a UTF-8 writer. {@code out} is not closed.
     *
     * @throws IOException when writing fails
     * @throws IllegalArgumentException when {@code n} is negative
     */
    public void write(Writer out, int n) throws IOException {
        ResponseJsonlWriter lines = new ResponseJsonlWriter(out);
        Iterator<SurveyResponse> run = stream(n).iterator();
        while (run.hasNext()) {
            lines.write(run.next());
        }
        lines.flush();
    }

    /**
     * The reporting period.
     *
     * @return the reporting period
     */
    public ReportingPeriod period() { return period; }

    /**
     * The reporting zone.
     *
     * @return the reporting zone
     */
    public ZoneId zone() { return zone; }

    /**
     * The seed.
     *
     * @return the seed
     */
    public long seed() { return seed; }

    /** Builder of {@link SampleResponses}; not thread-safe. */
    public static final class Builder {
        private final ReportingPeriod period;
        private FormCatalog catalog;
        private String agency = DEFAULT_AGENCY;
        private final List<ProcessProfile> processes = new ArrayList<>();
        private final List<Double> weights = new ArrayList<>();
        private final Set<String> ids = new HashSet<>();
        private ZoneId zone = ZoneId.of("Europe/Moscow");
        private long seed = 1;
        private double internalShare = DEFAULT_INTERNAL_SHARE;

        private Builder(ReportingPeriod period) {
            this.period = Objects.requireNonNull(period, "period");
        }

        /**
         * The catalog whose standard forms are filled in (default: {@link FormCatalog#standard()}).
         *
         * @param catalog the catalog whose standard forms are filled in (default: {@link FormCatalog#standard()})
         * @return this builder
         */
        public Builder catalog(FormCatalog catalog) { this.catalog = Objects.requireNonNull(catalog); return this; }

        /**
         * The agency id (default {@code minsoc}).
         *
         * @param agency the agency id (default {@code minsoc})
         * @return this builder
         * @throws IllegalArgumentException when it is not an identifier
         */
        public Builder agency(String agency) {
            this.agency = Identifiers.requireIdentifier(agency, "agency");
            return this;
        }

        /**
         * Adds a process drawn with probability proportional to {@code weight} among the processes
         * eligible for a response (e.g. the square root of its annual volume).
         *
         * @throws IllegalArgumentException when the weight is not positive and finite, or the id repeats
         */
        public Builder process(ProcessProfile process, double weight) {
            Objects.requireNonNull(process, "process");
            if (!(weight > 0) || Double.isInfinite(weight)) {
                throw new IllegalArgumentException("weight of " + process.id() + " must be positive and finite, was " + weight);
            }
            if (!ids.add(process.id())) {
                throw new IllegalArgumentException("process " + process.id() + " is added twice");
            }
            processes.add(process);
            weights.add(weight);
            return this;
        }

        /**
         * The reporting zone in which instants fall on the period's days (default Europe/Moscow).
         *
         * @param zone the reporting zone in which instants fall on the period's days (default Europe/Moscow)
         * @return this builder
         */
        public Builder zone(ZoneId zone) { this.zone = Objects.requireNonNull(zone); return this; }

        /**
         * The seed (default 1).
         *
         * @param seed the seed (default 1)
         * @return this builder
         */
        public Builder seed(long seed) { this.seed = seed; return this; }

        /**
         * The share of responses to internal forms (default 0.15); used only when both kinds of
         * form are available for the processes.
         *
         * @throws IllegalArgumentException when outside [0, 1]
         */
        public Builder internalShare(double share) {
            if (!(share >= 0 && share <= 1)) {
                throw new IllegalArgumentException("internal share must be in [0, 1], was " + share);
            }
            this.internalShare = share;
            return this;
        }

        /**
         * Builds the sample.
         *
         * @return the sample
         * @throws IllegalArgumentException when no process was added or none has a standard form
         */
        public SampleResponses build() {
            if (processes.isEmpty()) {
                throw new IllegalArgumentException("add at least one process");
            }
            return new SampleResponses(this);
        }
    }
}
