package io.github.otklik.beam;

import io.github.otklik.core.io.Reject;
import io.github.otklik.metrics.GroupKey;
import io.github.otklik.metrics.MetricsEngine;
import io.github.otklik.metrics.MetricsSpec;
import io.github.otklik.metrics.Part;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.coders.VarLongCoder;
import org.apache.beam.sdk.io.FileIO;
import org.apache.beam.sdk.io.fs.EmptyMatchTreatment;
import org.apache.beam.sdk.io.fs.MatchResult;
import org.apache.beam.sdk.transforms.Combine;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.transforms.GroupByKey;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.Reshuffle;
import org.apache.beam.sdk.transforms.View;
import org.apache.beam.sdk.transforms.WithKeys;
import org.apache.beam.sdk.transforms.join.KeyedPCollectionTuple;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PBegin;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.PCollectionView;
import org.apache.beam.sdk.values.TupleTag;
import org.apache.beam.sdk.values.TupleTagList;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The branches of a metrics pipeline, one per record input — match the patterns, read each file
 * ({@link ReadFileFn}), find ids repeated across files ({@link RepeatedIdsFn}), route
 * ({@link RouteFn}), combine per (part, group) ({@link AggregatorCombineFn}) — and what they
 * leave for the final join: their rejects, their tallies and every part's partial accumulators
 * keyed by the single report key. Built by one {@link MetricsTransform#expand}; not thread-safe.
 */
final class InputBranches {
    /** The single key under which everything meets in the final join. */
    static final String REPORT = "report";

    private final PBegin begin;
    private final MetricsSpec spec;
    private final MetricsEngine engine;
    private final List<PCollection<Reject>> rejects = new ArrayList<>();
    private final List<PCollection<KV<String, Long>>> tallies = new ArrayList<>();
    private final List<PartPartials<?, ?>> parts = new ArrayList<>();
    private KeyedPCollectionTuple<String> partials;

    InputBranches(PBegin begin, MetricsSpec spec) {
        this.begin = begin;
        this.spec = spec;
        this.engine = MetricsEngine.from(spec);
        this.partials = KeyedPCollectionTuple.empty(begin.getPipeline());
        tallies.add(begin.apply("Seed", Create.of(KV.of("seed", 0L)).withCoder(tallyCoder())));
    }

    static KvCoder<String, Long> tallyCoder() {
        return KvCoder.of(StringUtf8Coder.of(), VarLongCoder.of());
    }

    Pipeline pipeline() {
        return begin.getPipeline();
    }

    /** The rejects of every branch added so far. */
    List<PCollection<Reject>> rejects() {
        return rejects;
    }

    /** The tallies of every branch added so far, and one seed so that the list is never empty. */
    List<PCollection<KV<String, Long>>> tallies() {
        return tallies;
    }

    /** Every part's partials in the join. */
    List<PartPartials<?, ?>> parts() {
        return parts;
    }

    /** The partial accumulators of every part, keyed by {@link #REPORT}. */
    KeyedPCollectionTuple<String> partials() {
        return partials;
    }

    /**
     * Adds the branch of one input.
     *
     * @param in the input
     * @param patterns its file patterns, at least one
     * @param <T> the record type
     * @param <A> the accumulator type
     */
    <T, A extends Serializable> void add(RecordInput<T, A> in, List<String> patterns) {
        String n = in.name;
        PCollection<FileIO.ReadableFile> files = begin
                .apply(n + ": patterns", Create.of(patterns).withCoder(StringUtf8Coder.of()))
                .apply(n + ": match", FileIO.matchAll().withEmptyMatchTreatment(EmptyMatchTreatment.ALLOW_IF_WILDCARD))
                .apply(n + ": spread files", Reshuffle.<MatchResult.Metadata>viaRandomKey())
                .apply(n + ": open", FileIO.readMatches());

        ReadFileFn.Tags<T> tags = ReadFileFn.Tags.of(n);
        PCollectionTuple read = files.apply(n + ": read files", ParDo.of(new ReadFileFn<>(spec, in, tags))
                .withOutputTags(tags.records(), TupleTagList.of(tags.ids()).and(tags.rejects()).and(tags.tallies())));
        PCollection<KV<Position, T>> records = read.get(tags.records()).setCoder(KvCoder.of(Position.Coder.INSTANCE, in.coder()));
        read.get(tags.ids()).setCoder(KvCoder.of(StringUtf8Coder.of(), Position.Coder.INSTANCE));
        rejects.add(read.get(tags.rejects()).setCoder(RejectCoder.of()));
        tallies.add(read.get(tags.tallies()).setCoder(tallyCoder()));

        PCollectionView<List<Position>> losers = repeated(in, read.get(tags.ids()));

        Map<Part, TupleTag<KV<GroupKey, T>>> partTags = new EnumMap<>(Part.class);
        for (Part p : in.parts(engine)) {
            partTags.put(p, new TupleTag<>(n + "-" + p.name()));
        }
        TupleTag<KV<String, Long>> routeTallies = new TupleTag<>(n + "-route-tallies");
        List<TupleTag<?>> more = new ArrayList<>(partTags.values());
        PCollectionTuple routed = records.apply(n + ": route", ParDo.of(new RouteFn<>(spec, in, partTags, routeTallies))
                .withSideInput(RouteFn.REPEATED, losers)
                .withOutputTags(routeTallies, TupleTagList.of(more)));
        tallies.add(routed.get(routeTallies).setCoder(tallyCoder()));

        for (Map.Entry<Part, TupleTag<KV<GroupKey, T>>> e : partTags.entrySet()) {
            combine(in, e.getKey(), routed.get(e.getValue()));
        }
    }

    /** Finds the repeated ids of one input; adds their rejects and tallies; returns the losing positions as a side input. */
    private <T> PCollectionView<List<Position>> repeated(RecordInput<T, ?> in, PCollection<KV<String, Position>> ids) {
        String n = in.name;
        TupleTag<Position> losersTag = new TupleTag<>(n + "-repeated");
        TupleTag<Reject> repeatRejects = new TupleTag<>(n + "-repeat-rejects");
        TupleTag<KV<String, Long>> repeatTallies = new TupleTag<>(n + "-repeat-tallies");
        PCollectionTuple repeats = ids
                .apply(n + ": group ids", GroupByKey.create())
                .apply(n + ": find repeated ids", ParDo.of(new RepeatedIdsFn<>(in, losersTag, repeatRejects, repeatTallies))
                        .withOutputTags(losersTag, TupleTagList.of(repeatRejects).and(repeatTallies)));
        rejects.add(repeats.get(repeatRejects).setCoder(RejectCoder.of()));
        tallies.add(repeats.get(repeatTallies).setCoder(tallyCoder()));
        return repeats.get(losersTag).setCoder(Position.Coder.INSTANCE).apply(n + ": repeated positions", View.asList());
    }

    /** Combines one part's routed records per group (lifted before the shuffle) and adds the partials to the join. */
    private <T, A extends Serializable> void combine(RecordInput<T, A> in, Part part, PCollection<KV<GroupKey, T>> routed) {
        String n = in.name;
        AggregatorCombineFn<T, A, ?> fn = in.combineFn(spec, part);
        TupleTag<KV<GroupKey, A>> tag = new TupleTag<>(n + "-" + part.name() + "-partials");
        PCollection<KV<String, KV<GroupKey, A>>> combined = routed
                .setCoder(KvCoder.of(GroupKeyCoder.of(), in.coder()))
                .apply(n + ": combine " + part.name(), Combine.perKey(fn.partial()))
                .setCoder(KvCoder.of(GroupKeyCoder.of(), fn.accumulatorCoder()))
                .apply(n + ": key " + part.name(), WithKeys.<String, KV<GroupKey, A>>of(REPORT))
                .setCoder(KvCoder.of(StringUtf8Coder.of(), KvCoder.of(GroupKeyCoder.of(), fn.accumulatorCoder())));
        partials = partials.and(tag, combined);
        parts.add(new PartPartials<>(in, part, tag));
    }
}
