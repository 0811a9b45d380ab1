package io.github.otklik.beam;

import io.github.otklik.core.io.Reject;
import io.github.otklik.metrics.Accumulators;
import io.github.otklik.metrics.MetricsEngine;
import io.github.otklik.metrics.MetricsSpec;
import io.github.otklik.metrics.report.MetricsJson;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.transforms.Flatten;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.Sum;
import org.apache.beam.sdk.transforms.WithKeys;
import org.apache.beam.sdk.transforms.join.CoGroupByKey;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PBegin;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionList;
import org.apache.beam.sdk.values.TupleTag;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
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
 * <p>What it does, per input ({@code InputBranches}): match the patterns; read each file whole
 * with Otklik's own reader ({@code ReadFileFn}: one worker per file, so rejects carry exact lines
 * and in-file duplicates are found as the reader finds them); find ids repeated across files with
 * a {@code GroupByKey} of (id, position) ({@code RepeatedIdsFn}: the first accepted record by
 * (path, line) wins, the later ones become rejects worded as the reader words them); route every
 * remaining record through {@link MetricsEngine#route} ({@code RouteFn}: period in the zone,
 * audience, group keys); combine per (part, group) with {@link AggregatorCombineFn} (lifted
 * before the shuffle); and bring the few partial accumulators together to assemble the report
 * with {@link Accumulators} and write it with {@link MetricsJson} ({@code AssembleFn}). The
 * document equals, byte for byte, what {@code MetricsEngine.run} gives for the same records read
 * in the order of their paths. Batch only: the inputs are bounded files in the global window.
 * Immutable: the {@code responses}, {@code appeals} and {@code processes} methods return new
 * transforms.
 */
public final class MetricsTransform extends PTransform<PBegin, MetricsResult> {
    private static final long serialVersionUID = 1L;

    /** The run. */
    private final MetricsSpec spec;
    /** Patterns of the survey-response files. */
    private final List<String> responses;
    /** Patterns of the appeal files. */
    private final List<String> appeals;
    /** Patterns of the process-instance files. */
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
     *
     * @param patterns file patterns
     * @return a transform that also reads them
     */
    public MetricsTransform responses(String... patterns) {
        return new MetricsTransform(spec, plus(responses, patterns), appeals, processes);
    }

    /**
     * This transform with appeals (CSV, a header in every file) read from {@code patterns}.
     *
     * @param patterns file patterns
     * @return a transform that also reads them
     */
    public MetricsTransform appeals(String... patterns) {
        return new MetricsTransform(spec, responses, plus(appeals, patterns), processes);
    }

    /**
     * This transform with process instances (CSV, a header in every file) read from {@code patterns}.
     *
     * @param patterns file patterns
     * @return a transform that also reads them
     */
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

    /**
     * Adds the pipeline: one branch per input given, the final join and the report.
     *
     * @param begin the pipeline's start
     * @return the report and the rejects
     */
    @Override
    public MetricsResult expand(PBegin begin) {
        InputBranches branches = new InputBranches(begin, spec);
        Set<String> given = new HashSet<>();
        if (!responses.isEmpty()) {
            branches.add(RecordInput.responses(), responses);
            given.add(RecordInput.RESPONSES);
        }
        if (!appeals.isEmpty()) {
            branches.add(RecordInput.appeals(), appeals);
            given.add(RecordInput.APPEALS);
        }
        if (!processes.isEmpty()) {
            branches.add(RecordInput.processes(), processes);
            given.add(RecordInput.PROCESSES);
        }
        TupleTag<KV<String, Long>> countsTag = new TupleTag<>("counts");
        PCollection<KV<String, KV<String, Long>>> counts = PCollectionList.of(branches.tallies())
                .apply("Tallies", Flatten.pCollections())
                .apply("Sum tallies", Sum.longsPerKey())
                .apply("Key tallies", WithKeys.<String, KV<String, Long>>of(InputBranches.REPORT))
                .setCoder(KvCoder.of(StringUtf8Coder.of(), InputBranches.tallyCoder()));
        PCollection<String> metrics = branches.partials().and(countsTag, counts)
                .apply("Bring partials together", CoGroupByKey.create())
                .apply("Assemble report", ParDo.of(new AssembleFn(spec, branches.parts(), countsTag, given)))
                .setCoder(StringUtf8Coder.of());
        PCollection<Reject> allRejects = PCollectionList.<Reject>empty(begin.getPipeline()).and(branches.rejects())
                .apply("Rejects", Flatten.pCollections())
                .setCoder(RejectCoder.of());
        return new MetricsResult(begin.getPipeline(), metrics, allRejects);
    }
}
