package io.github.otklik.beam;

import io.github.otklik.core.io.ReadSummary;
import io.github.otklik.core.io.RecordHandler;
import io.github.otklik.core.io.Reject;
import io.github.otklik.metrics.GroupKey;
import io.github.otklik.metrics.MetricsEngine;
import io.github.otklik.metrics.MetricsSpec;
import io.github.otklik.metrics.Accumulators;
import io.github.otklik.metrics.Part;
import io.github.otklik.metrics.report.InputCounts;
import io.github.otklik.metrics.report.InputSummary;
import io.github.otklik.metrics.report.MetricsJson;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.coders.VarLongCoder;
import org.apache.beam.sdk.io.FileIO;
import org.apache.beam.sdk.io.fs.EmptyMatchTreatment;
import org.apache.beam.sdk.io.fs.MatchResult;
import org.apache.beam.sdk.transforms.Combine;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.Flatten;
import org.apache.beam.sdk.transforms.GroupByKey;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.Reshuffle;
import org.apache.beam.sdk.transforms.Sum;
import org.apache.beam.sdk.transforms.View;
import org.apache.beam.sdk.transforms.WithKeys;
import org.apache.beam.sdk.transforms.join.CoGbkResult;
import org.apache.beam.sdk.transforms.join.CoGroupByKey;
import org.apache.beam.sdk.transforms.join.KeyedPCollectionTuple;
import org.apache.beam.sdk.transforms.windowing.GlobalWindow;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PBegin;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionList;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.PCollectionView;
import org.apache.beam.sdk.values.TupleTag;
import org.apache.beam.sdk.values.TupleTagList;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The metrics of {@code spec/metrics.md} as a Beam transform from files to one
 * {@code otklik-metrics/1} document and a dead-letter collection of rejects. Build it with
 * {@link OtklikPipelines#metrics(MetricsSpec)}, give it file patterns, apply it to a pipeline:
 *
 * <pre>{@code
 * Pipeline p = Pipeline.create(options);
 * MetricsResult r = p.apply(OtklikPipelines.metrics(spec)
 *     .responses("gs://bucket/2025-Q1/responses-*.jsonl")
 *     .appeals("gs://bucket/2025-Q1/appeals-*.csv"));
 * r.writeMetrics("gs://bucket/out/metrics.json");
 * r.writeRejects("gs://bucket/out/rejects.jsonl");
 * p.run().waitUntilFinish();
 * }</pre>
 *
 * <p>What it does, per input: match the patterns; read each file whole with Otklik's own reader
 * (one worker per file, so rejects carry exact lines and in-file duplicates are found as the
 * reader finds them); find ids repeated across files with a {@code GroupByKey} of (id, position)
 * — the first accepted record by (path, line) wins, the later ones become rejects worded as the
 * reader words them; route every remaining record through {@link MetricsEngine#route} (period in
 * the zone, audience, group keys); combine per (part, group) with {@link AggregatorCombineFn}
 * (lifted before the shuffle); and bring the few partial accumulators together to assemble the
 * report with {@link Accumulators} and write it with {@link MetricsJson}. The
 * document equals, byte for byte, what {@code MetricsEngine.run} gives for the same records read
 * in the order of their paths. Batch only: the inputs are bounded files in the global window.
 * Immutable: the {@code responses}, {@code appeals} and {@code processes} methods return new
 * transforms.
 */
public final class MetricsTransform extends PTransform<PBegin, MetricsResult> {
    private static final long serialVersionUID = 1L;
    private static final String REPORT = "report";

    private final MetricsSpec spec;
    private final List<String> responses;
    private final List<String> appeals;
    private final List<String> processes;

    MetricsTransform(MetricsSpec spec, List<String> responses, List<String> appeals, List<String> processes) {
        this.spec = Objects.requireNonNull(spec, "spec");
        this.responses = List.copyOf(responses);
        this.appeals = List.copyOf(appeals);
        this.processes = List.copyOf(processes);
    }

    /**
     * This transform with survey responses (JSON Lines) read from the files that {@code patterns}
     * match (any Beam file system: local paths, {@code gs://}, {@code s3://}, {@code hdfs://}).
     * A pattern without a wildcard must match a file; with one, it may match none.
     */
    public MetricsTransform responses(String... patterns) {
        return new MetricsTransform(spec, plus(responses, patterns), appeals, processes);
    }

    /** This transform with appeals (CSV, a header in every file) read from {@code patterns}. */
    public MetricsTransform appeals(String... patterns) {
        return new MetricsTransform(spec, responses, plus(appeals, patterns), processes);
    }

    /** This transform with process instances (CSV, a header in every file) read from {@code patterns}. */
    public MetricsTransform processes(String... patterns) {
        return new MetricsTransform(spec, responses, appeals, plus(processes, patterns));
    }

    private static List<String> plus(List<String> list, String... more) {
        List<String> out = new ArrayList<>(list);
        for (String s : more) {
            out.add(Objects.requireNonNull(s, "pattern"));
        }
        return out;
    }

    @Override
    public MetricsResult expand(PBegin begin) {
        MetricsEngine engine = MetricsEngine.from(spec);
        List<PCollection<Reject>> rejects = new ArrayList<>();
        List<PCollection<KV<String, Long>>> tallies = new ArrayList<>();
        tallies.add(begin.apply("Seed", Create.of(KV.of("seed", 0L)).withCoder(KvCoder.of(StringUtf8Coder.of(), VarLongCoder.of()))));
        KeyedPCollectionTuple<String> partials = KeyedPCollectionTuple.empty(begin.getPipeline());
        List<Joined<?, ?>> joined = new ArrayList<>();
        if (!responses.isEmpty()) {
            partials = input(begin, RecordInput.responses(), responses, engine, rejects, tallies, partials, joined);
        }
        if (!appeals.isEmpty()) {
            partials = input(begin, RecordInput.appeals(), appeals, engine, rejects, tallies, partials, joined);
        }
        if (!processes.isEmpty()) {
            partials = input(begin, RecordInput.processes(), processes, engine, rejects, tallies, partials, joined);
        }
        TupleTag<KV<String, Long>> countsTag = new TupleTag<>("counts");
        PCollection<KV<String, KV<String, Long>>> counts = PCollectionList.of(tallies)
                .apply("Tallies", Flatten.pCollections())
                .apply("Sum tallies", Sum.longsPerKey())
                .apply("Key tallies", WithKeys.<String, KV<String, Long>>of(REPORT))
                .setCoder(KvCoder.of(StringUtf8Coder.of(), KvCoder.of(StringUtf8Coder.of(), VarLongCoder.of())));
        partials = partials.and(countsTag, counts);
        Set<String> given = new HashSet<>();
        if (!responses.isEmpty()) {
            given.add("responses");
        }
        if (!appeals.isEmpty()) {
            given.add("appeals");
        }
        if (!processes.isEmpty()) {
            given.add("processes");
        }
        PCollection<String> metrics = partials.apply("Bring partials together", CoGroupByKey.create())
                .apply("Assemble report", ParDo.of(new AssembleFn(spec, joined, countsTag, given)))
                .setCoder(StringUtf8Coder.of());
        PCollection<Reject> allRejects = PCollectionList.<Reject>empty(begin.getPipeline()).and(rejects)
                .apply("Rejects", Flatten.pCollections())
                .setCoder(RejectCoder.of());
        return new MetricsResult(begin.getPipeline(), metrics, allRejects);
    }

    /** Reads, deduplicates, routes and combines one input; adds its parts to {@code partials}. */
    private <T, A extends Serializable> KeyedPCollectionTuple<String> input(PBegin begin, RecordInput<T, A> in, List<String> patterns,
            MetricsEngine engine, List<PCollection<Reject>> rejects, List<PCollection<KV<String, Long>>> tallies,
            KeyedPCollectionTuple<String> partials, List<Joined<?, ?>> joined) {
        String n = in.name;
        PCollection<FileIO.ReadableFile> files = begin
                .apply(n + ": patterns", Create.of(patterns).withCoder(StringUtf8Coder.of()))
                .apply(n + ": match", FileIO.matchAll().withEmptyMatchTreatment(EmptyMatchTreatment.ALLOW_IF_WILDCARD))
                .apply(n + ": spread files", Reshuffle.<MatchResult.Metadata>viaRandomKey())
                .apply(n + ": open", FileIO.readMatches());

        TupleTag<KV<Position, T>> recordsTag = new TupleTag<>(n + "-records");
        TupleTag<KV<String, Position>> idsTag = new TupleTag<>(n + "-ids");
        TupleTag<Reject> rejectsTag = new TupleTag<>(n + "-rejects");
        TupleTag<KV<String, Long>> talliesTag = new TupleTag<>(n + "-tallies");
        PCollectionTuple read = files.apply(n + ": read files", ParDo.of(new ReadFileFn<>(spec, in, recordsTag, idsTag, rejectsTag, talliesTag))
                .withOutputTags(recordsTag, TupleTagList.of(idsTag).and(rejectsTag).and(talliesTag)));
        PCollection<KV<Position, T>> records = read.get(recordsTag).setCoder(KvCoder.of(Position.Coder.INSTANCE, in.coder()));
        read.get(idsTag).setCoder(KvCoder.of(StringUtf8Coder.of(), Position.Coder.INSTANCE));
        rejects.add(read.get(rejectsTag).setCoder(RejectCoder.of()));
        tallies.add(read.get(talliesTag).setCoder(KvCoder.of(StringUtf8Coder.of(), VarLongCoder.of())));

        TupleTag<Position> losersTag = new TupleTag<>(n + "-repeated");
        TupleTag<Reject> repeatRejectsTag = new TupleTag<>(n + "-repeat-rejects");
        TupleTag<KV<String, Long>> repeatTalliesTag = new TupleTag<>(n + "-repeat-tallies");
        PCollectionTuple repeats = read.get(idsTag)
                .apply(n + ": group ids", GroupByKey.create())
                .apply(n + ": find repeated ids", ParDo.of(new RepeatedIdsFn<>(in, losersTag, repeatRejectsTag, repeatTalliesTag))
                        .withOutputTags(losersTag, TupleTagList.of(repeatRejectsTag).and(repeatTalliesTag)));
        rejects.add(repeats.get(repeatRejectsTag).setCoder(RejectCoder.of()));
        tallies.add(repeats.get(repeatTalliesTag).setCoder(KvCoder.of(StringUtf8Coder.of(), VarLongCoder.of())));
        PCollectionView<List<Position>> losers = repeats.get(losersTag).setCoder(Position.Coder.INSTANCE)
                .apply(n + ": repeated positions", View.asList());

        Map<Part, TupleTag<KV<GroupKey, T>>> partTags = new EnumMap<>(Part.class);
        for (Part p : in.parts(engine)) {
            partTags.put(p, new TupleTag<>(n + "-" + p.name()));
        }
        TupleTag<KV<String, Long>> routeTalliesTag = new TupleTag<>(n + "-route-tallies");
        List<TupleTag<?>> more = new ArrayList<>(partTags.values());
        PCollectionTuple routed = records.apply(n + ": route", ParDo.of(new RouteFn<>(spec, in, partTags, routeTalliesTag))
                .withSideInput(RouteFn.REPEATED, losers)
                .withOutputTags(routeTalliesTag, TupleTagList.of(more)));
        tallies.add(routed.get(routeTalliesTag).setCoder(KvCoder.of(StringUtf8Coder.of(), VarLongCoder.of())));

        KeyedPCollectionTuple<String> out = partials;
        for (Map.Entry<Part, TupleTag<KV<GroupKey, T>>> e : partTags.entrySet()) {
            Part part = e.getKey();
            AggregatorCombineFn<T, A, ?> fn = in.combineFn(spec, part);
            TupleTag<KV<GroupKey, A>> tag = new TupleTag<>(n + "-" + part.name() + "-partials");
            PCollection<KV<String, KV<GroupKey, A>>> combined = routed.get(e.getValue())
                    .setCoder(KvCoder.of(GroupKeyCoder.of(), in.coder()))
                    .apply(n + ": combine " + part.name(), Combine.perKey(fn.partial()))
                    .setCoder(KvCoder.of(GroupKeyCoder.of(), fn.accumulatorCoder()))
                    .apply(n + ": key " + part.name(), WithKeys.<String, KV<GroupKey, A>>of(REPORT))
                    .setCoder(KvCoder.of(StringUtf8Coder.of(), KvCoder.of(GroupKeyCoder.of(), fn.accumulatorCoder())));
            out = out.and(tag, combined);
            joined.add(new Joined<>(in, part, tag));
        }
        return out;
    }

    /** One part's partial accumulators in the final join: the input that merges them, the part, the tag. */
    private record Joined<T, A extends Serializable>(RecordInput<T, A> input, Part part, TupleTag<KV<GroupKey, A>> tag) implements Serializable {
        void mergeInto(Accumulators acc, CoGbkResult result) {
            for (KV<GroupKey, A> kv : result.getAll(tag)) {
                input.merge(acc, part, kv.getKey(), kv.getValue());
            }
        }
    }

    /** Reads one file whole with Otklik's reader: records with their positions, their ids, rejects, the read count. */
    private static final class ReadFileFn<T> extends DoFn<FileIO.ReadableFile, KV<Position, T>> {
        private static final long serialVersionUID = 1L;
        private final MetricsSpec spec;
        private final RecordInput<T, ?> in;
        private final TupleTag<KV<Position, T>> records;
        private final TupleTag<KV<String, Position>> ids;
        private final TupleTag<Reject> rejects;
        private final TupleTag<KV<String, Long>> tallies;

        ReadFileFn(MetricsSpec spec, RecordInput<T, ?> in, TupleTag<KV<Position, T>> records, TupleTag<KV<String, Position>> ids,
                TupleTag<Reject> rejects, TupleTag<KV<String, Long>> tallies) {
            this.spec = spec;
            this.in = in;
            this.records = records;
            this.ids = ids;
            this.rejects = rejects;
            this.tallies = tallies;
        }

        @ProcessElement
        public void process(@Element FileIO.ReadableFile file, MultiOutputReceiver out) {
            String path = file.getMetadata().resourceId().toString();
            String source = file.getMetadata().resourceId().getFilename();
            OutputReceiver<KV<Position, T>> recordsOut = out.get(records);
            OutputReceiver<KV<String, Position>> idsOut = out.get(ids);
            OutputReceiver<Reject> rejectsOut = out.get(rejects);
            OutputReceiver<KV<String, Long>> talliesOut = out.get(tallies);
            long[] rejected = new long[1];
            ReadSummary summary;
            try (InputStream stream = Channels.newInputStream(file.open())) {
                summary = in.read(spec, stream, source, new RecordHandler<T>() {
                    @Override
                    public void accept(T record, long line) {
                        Position p = new Position(path, source, line);
                        recordsOut.output(KV.of(p, in.kept(record)));
                        idsOut.output(KV.of(in.id(record), p));
                    }

                    @Override
                    public void reject(Reject reject) {
                        rejected[0]++;
                        rejectsOut.output(reject);
                    }
                });
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + path + ": " + e.getMessage(), e);
            }
            talliesOut.output(KV.of(in.name + ".read", summary.read()));
            talliesOut.output(KV.of(in.name + ".rejected", rejected[0]));
        }
    }

    /** For each id accepted more than once: every position after the first (by path, line) is a reject. */
    private static final class RepeatedIdsFn<T> extends DoFn<KV<String, Iterable<Position>>, Position> {
        private static final long serialVersionUID = 1L;
        private final RecordInput<T, ?> in;
        private final TupleTag<Position> losers;
        private final TupleTag<Reject> rejects;
        private final TupleTag<KV<String, Long>> tallies;

        RepeatedIdsFn(RecordInput<T, ?> in, TupleTag<Position> losers, TupleTag<Reject> rejects, TupleTag<KV<String, Long>> tallies) {
            this.in = in;
            this.losers = losers;
            this.rejects = rejects;
            this.tallies = tallies;
        }

        @ProcessElement
        public void process(@Element KV<String, Iterable<Position>> id, MultiOutputReceiver out) {
            java.util.Iterator<Position> it = id.getValue().iterator();
            Position first = it.next();
            if (!it.hasNext()) {
                return;
            }
            List<Position> all = new ArrayList<>();
            all.add(first);
            it.forEachRemaining(all::add);
            all.sort(Position.ORDER);
            String reason = in.duplicateReason(id.getKey());
            for (Position p : all.subList(1, all.size())) {
                out.get(losers).output(p);
                out.get(rejects).output(Reject.of(p.source(), p.line(), id.getKey(), "id", reason));
            }
            out.get(tallies).output(KV.of(in.name + ".rejected", (long) all.size() - 1));
        }
    }

    /** Drops repeated records, then routes each record to its (part, group) pairs and counts those in the period. */
    private static final class RouteFn<T> extends DoFn<KV<Position, T>, KV<String, Long>> {
        private static final long serialVersionUID = 1L;
        private final MetricsSpec spec;
        private final RecordInput<T, ?> in;
        static final String REPEATED = "repeated";
        private final Map<Part, TupleTag<KV<GroupKey, T>>> parts;
        private final TupleTag<KV<String, Long>> tallies;
        private transient Set<Position> losers;
        private transient long inPeriod;
        private transient MetricsEngine engine;

        RouteFn(MetricsSpec spec, RecordInput<T, ?> in, Map<Part, TupleTag<KV<GroupKey, T>>> parts, TupleTag<KV<String, Long>> tallies) {
            this.spec = spec;
            this.in = in;
            this.parts = new EnumMap<>(parts);
            this.tallies = tallies;
        }

        @Setup
        public void setup() {
            engine = MetricsEngine.from(spec);
        }

        @StartBundle
        public void startBundle() {
            inPeriod = 0;
        }

        @ProcessElement
        public void process(@Element KV<Position, T> kv, @SideInput(REPEATED) List<Position> repeated, MultiOutputReceiver out) {
            if (losers == null) {
                // one batch, one global window: the side input never changes, so it is indexed once per instance
                losers = new HashSet<>(repeated);
            }
            if (losers.contains(kv.getKey())) {
                return;
            }
            T record = kv.getValue();
            if (in.route(engine, record, (part, key) -> out.get(parts.get(part)).output(KV.of(key, record)))) {
                inPeriod++;
            }
        }

        @FinishBundle
        public void finishBundle(FinishBundleContext c) {
            if (inPeriod > 0) {
                c.output(tallies, KV.of(in.name + ".inPeriod", inPeriod), GlobalWindow.INSTANCE.maxTimestamp(), GlobalWindow.INSTANCE);
            }
        }
    }

    /** Merges every partial accumulator and the tallies into one report, written as otklik-metrics/1 JSON. */
    private static final class AssembleFn extends DoFn<KV<String, CoGbkResult>, String> {
        private static final long serialVersionUID = 1L;
        private final MetricsSpec spec;
        private final List<Joined<?, ?>> joined;
        private final TupleTag<KV<String, Long>> countsTag;
        private final Set<String> given;

        AssembleFn(MetricsSpec spec, List<Joined<?, ?>> joined, TupleTag<KV<String, Long>> countsTag, Set<String> given) {
            this.spec = spec;
            this.joined = new ArrayList<>(joined);
            this.countsTag = countsTag;
            this.given = new HashSet<>(given);
        }

        @ProcessElement
        public void process(@Element KV<String, CoGbkResult> all, OutputReceiver<String> out) {
            Accumulators acc = MetricsEngine.from(spec).newAccumulators();
            for (Joined<?, ?> j : joined) {
                j.mergeInto(acc, all.getValue());
            }
            Map<String, Long> counts = new HashMap<>();
            for (KV<String, Long> kv : all.getValue().getAll(countsTag)) {
                counts.merge(kv.getKey(), kv.getValue(), Long::sum);
            }
            InputSummary inputs = InputSummary.none();
            if (given.contains("responses")) {
                inputs = inputs.withResponses(counts(counts, "responses"));
            }
            if (given.contains("appeals")) {
                inputs = inputs.withAppeals(counts(counts, "appeals"));
            }
            if (given.contains("processes")) {
                inputs = inputs.withProcesses(counts(counts, "processes"));
            }
            out.output(MetricsJson.toJson(acc.report(inputs)));
        }

        private static InputCounts counts(Map<String, Long> counts, String input) {
            long read = counts.getOrDefault(input + ".read", 0L);
            long rejected = counts.getOrDefault(input + ".rejected", 0L);
            return new InputCounts(read, read - rejected, rejected, counts.getOrDefault(input + ".inPeriod", 0L));
        }
    }
}
