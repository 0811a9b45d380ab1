package io.github.otklik.beam;

import io.github.otklik.core.appeal.Appeal;
import io.github.otklik.core.io.AppealCsvReader;
import io.github.otklik.core.io.ProcessInstanceCsvReader;
import io.github.otklik.core.io.ReadSummary;
import io.github.otklik.core.io.RecordHandler;
import io.github.otklik.core.io.ResponseJsonlReader;
import io.github.otklik.core.process.ProcessInstance;
import io.github.otklik.core.response.SurveyResponse;
import io.github.otklik.core.validation.Identifiers;
import io.github.otklik.forms.validation.ResponseValidator;
import io.github.otklik.metrics.GroupKey;
import io.github.otklik.metrics.MetricsEngine;
import io.github.otklik.metrics.MetricsSpec;
import io.github.otklik.metrics.Accumulators;
import io.github.otklik.metrics.Part;
import io.github.otklik.metrics.appeal.AppealAccumulator;
import io.github.otklik.metrics.process.ProcessAccumulator;
import io.github.otklik.metrics.satisfaction.SatisfactionAccumulator;
import org.apache.beam.sdk.coders.Coder;

import java.io.InputStream;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;

/**
 * One of the three record inputs of a metrics run and everything the pipeline does with it that
 * depends on its type: read a file with Otklik's own reader, name a record's id, word a
 * cross-file duplicate as the reader words an in-file one, route a record through the engine,
 * combine and merge its accumulators. Each deserialised copy builds its reader once.
 *
 * @param <T> the record type
 * @param <A> the accumulator type of its parts
 */
abstract class RecordInput<T, A extends Serializable> implements Serializable {
    private static final long serialVersionUID = 1L;
    /** The name of the survey responses input, as tallies and transform names spell it. */
    static final String RESPONSES = "responses";
    /** The name of the appeals input. */
    static final String APPEALS = "appeals";
    /** The name of the process instances input. */
    static final String PROCESSES = "processes";

    final String name;

    private RecordInput(String name) {
        this.name = name;
    }

    /** Survey responses (JSON Lines), checked against their forms. */
    static RecordInput<SurveyResponse, SatisfactionAccumulator> responses() {
        return new Responses();
    }

    /** Appeals (CSV). */
    static RecordInput<Appeal, AppealAccumulator> appeals() {
        return new Appeals();
    }

    /** Process instances (CSV). */
    static RecordInput<ProcessInstance, ProcessAccumulator> processes() {
        return new Processes();
    }

    /** Reads one whole file with the input's reader, with exact in-file duplicate detection. */
    abstract ReadSummary read(MetricsSpec spec, InputStream in, String source, RecordHandler<T> handler);

    abstract String id(T record);

    /** The reason the reader gives for a repeated id. */
    abstract String duplicateReason(String id);

    abstract Coder<T> coder();

    /** The record as the pipeline keeps it: without what the metrics never read. */
    T kept(T record) {
        return record;
    }

    abstract boolean route(MetricsEngine engine, T record, BiConsumer<Part, GroupKey> to);

    /** The parts of this input that {@code engine} fills, in declaration order. */
    abstract List<Part> parts(MetricsEngine engine);

    /** The combine function of {@code part}. */
    abstract AggregatorCombineFn<T, A, ?> combineFn(MetricsSpec spec, Part part);

    abstract void merge(Accumulators into, Part part, GroupKey key, A partial);

    private static List<Part> partsOf(MetricsEngine engine, java.util.function.Predicate<Part> kind) {
        List<Part> out = new ArrayList<>();
        for (Part p : Part.values()) {
            if (kind.test(p) && engine.parts().contains(p)) {
                out.add(p);
            }
        }
        return out;
    }

    private static final class Responses extends RecordInput<SurveyResponse, SatisfactionAccumulator> {
        private static final long serialVersionUID = 1L;
        private transient ResponseJsonlReader reader;

        Responses() {
            super(RESPONSES);
        }

        @Override
        ReadSummary read(MetricsSpec spec, InputStream in, String source, RecordHandler<SurveyResponse> handler) {
            if (reader == null) {
                reader = ResponseJsonlReader.builder().check(new ResponseValidator(spec.forms())).build();
            }
            return reader.read(in, source, handler);
        }

        @Override
        String id(SurveyResponse r) {
            return r.id();
        }

        @Override
        String duplicateReason(String id) {
            return "id " + Identifiers.describe(id) + " repeats an earlier accepted record";
        }

        @Override
        Coder<SurveyResponse> coder() {
            return OtklikJsonCoder.responses();
        }

        /** Without the respondent's personal data: it never leaves the worker that read it. */
        @Override
        SurveyResponse kept(SurveyResponse r) {
            if (r.respondent().isEmpty()) {
                return r;
            }
            SurveyResponse.Builder b = SurveyResponse.builder(r.id()).form(r.form(), r.formVersion()).submittedAt(r.submittedAt())
                    .agency(r.agency()).channel(r.channel()).client(r.client()).anonymous(r.anonymous()).answers(r.answers());
            r.process().ifPresent(b::process);
            return b.build();
        }

        @Override
        boolean route(MetricsEngine engine, SurveyResponse r, BiConsumer<Part, GroupKey> to) {
            return engine.route(r, to);
        }

        @Override
        List<Part> parts(MetricsEngine engine) {
            return partsOf(engine, Part::ofResponses);
        }

        @Override
        AggregatorCombineFn<SurveyResponse, SatisfactionAccumulator, ?> combineFn(MetricsSpec spec, Part part) {
            return AggregatorCombineFn.of(() -> MetricsEngine.from(spec).satisfactionAggregator(), SatisfactionAccumulator.class);
        }

        @Override
        void merge(Accumulators into, Part part, GroupKey key, SatisfactionAccumulator partial) {
            into.merge(part, key, partial);
        }
    }

    private static final class Appeals extends RecordInput<Appeal, AppealAccumulator> {
        private static final long serialVersionUID = 1L;
        private transient AppealCsvReader reader;

        Appeals() {
            super(APPEALS);
        }

        @Override
        ReadSummary read(MetricsSpec spec, InputStream in, String source, RecordHandler<Appeal> handler) {
            if (reader == null) {
                reader = AppealCsvReader.builder().build();
            }
            return reader.read(in, source, handler);
        }

        @Override
        String id(Appeal a) {
            return a.id();
        }

        @Override
        String duplicateReason(String id) {
            return "id " + Identifiers.describe(id) + " repeats an earlier row";
        }

        @Override
        Coder<Appeal> coder() {
            return OtklikJsonCoder.appeals();
        }

        @Override
        boolean route(MetricsEngine engine, Appeal a, BiConsumer<Part, GroupKey> to) {
            return engine.route(a, to);
        }

        @Override
        List<Part> parts(MetricsEngine engine) {
            return partsOf(engine, Part::ofAppeals);
        }

        @Override
        AggregatorCombineFn<Appeal, AppealAccumulator, ?> combineFn(MetricsSpec spec, Part part) {
            return AggregatorCombineFn.of(() -> MetricsEngine.from(spec).appealAggregator(part), AppealAccumulator.class);
        }

        @Override
        void merge(Accumulators into, Part part, GroupKey key, AppealAccumulator partial) {
            into.merge(part, key, partial);
        }
    }

    private static final class Processes extends RecordInput<ProcessInstance, ProcessAccumulator> {
        private static final long serialVersionUID = 1L;
        private transient ProcessInstanceCsvReader reader;

        Processes() {
            super(PROCESSES);
        }

        @Override
        ReadSummary read(MetricsSpec spec, InputStream in, String source, RecordHandler<ProcessInstance> handler) {
            if (reader == null) {
                reader = ProcessInstanceCsvReader.builder().build();
            }
            return reader.read(in, source, handler);
        }

        @Override
        String id(ProcessInstance p) {
            return p.id();
        }

        @Override
        String duplicateReason(String id) {
            return "id " + Identifiers.describe(id) + " repeats an earlier row";
        }

        @Override
        Coder<ProcessInstance> coder() {
            return OtklikJsonCoder.processInstances();
        }

        @Override
        boolean route(MetricsEngine engine, ProcessInstance p, BiConsumer<Part, GroupKey> to) {
            return engine.route(p, to);
        }

        @Override
        List<Part> parts(MetricsEngine engine) {
            return partsOf(engine, Part::ofProcesses);
        }

        @Override
        AggregatorCombineFn<ProcessInstance, ProcessAccumulator, ?> combineFn(MetricsSpec spec, Part part) {
            return AggregatorCombineFn.of(() -> MetricsEngine.from(spec).processAggregator(), ProcessAccumulator.class);
        }

        @Override
        void merge(Accumulators into, Part part, GroupKey key, ProcessAccumulator partial) {
            into.merge(part, key, partial);
        }
    }
}
