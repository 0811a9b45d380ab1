package io.github.otklik.beam;

import io.github.otklik.metrics.Accumulators;
import io.github.otklik.metrics.MetricsEngine;
import io.github.otklik.metrics.MetricsSpec;
import io.github.otklik.metrics.report.MetricsJson;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.join.CoGbkResult;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.TupleTag;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Merges every partial accumulator and the summed tallies into one report, written as
 * {@code otklik-metrics/1} JSON: the last step, run once on the single joined element.
 */
final class AssembleFn extends DoFn<KV<String, CoGbkResult>, String> {
    private static final long serialVersionUID = 1L;
    private final MetricsSpec spec;
    private final List<PartPartials<?, ?>> parts;
    private final TupleTag<KV<String, Long>> counts;
    private final Set<String> given;

    /**
     * @param spec the run
     * @param parts every part's partials in the join
     * @param counts the tag of the summed tallies in the join
     * @param given the names of the inputs given to the transform
     */
    AssembleFn(MetricsSpec spec, List<PartPartials<?, ?>> parts, TupleTag<KV<String, Long>> counts, Set<String> given) {
        this.spec = spec;
        this.parts = new ArrayList<>(parts);
        this.counts = counts;
        this.given = new HashSet<>(given);
    }

    /**
     * Assembles and writes the report.
     *
     * @param all the joined partials and tallies
     * @param out receives the document
     */
    @ProcessElement
    public void process(@Element KV<String, CoGbkResult> all, OutputReceiver<String> out) {
        Accumulators acc = MetricsEngine.from(spec).newAccumulators();
        for (PartPartials<?, ?> p : parts) {
            p.mergeInto(acc, all.getValue());
        }
        Map<String, Long> sums = new HashMap<>();
        for (KV<String, Long> kv : all.getValue().getAll(counts)) {
            sums.merge(kv.getKey(), kv.getValue(), Long::sum);
        }
        out.output(MetricsJson.toJson(acc.report(Tallies.summary(sums, given))));
    }
}
