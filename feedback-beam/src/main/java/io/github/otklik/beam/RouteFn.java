package io.github.otklik.beam;

import io.github.otklik.metrics.GroupKey;
import io.github.otklik.metrics.MetricsEngine;
import io.github.otklik.metrics.MetricsSpec;
import io.github.otklik.metrics.Part;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.windowing.GlobalWindow;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.TupleTag;

import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Drops the records that lost their id to an earlier position (side input {@link #REPEATED}),
 * routes each remaining record through {@link MetricsEngine#route} to its (part, group) pairs —
 * one output per part — and counts the records in the period (main output, the
 * {@code inPeriod} tally, once per bundle).
 *
 * @param <T> the record type
 */
final class RouteFn<T> extends DoFn<KV<Position, T>, KV<String, Long>> {
    /** The name of the side input: the positions that lost their id. */
    static final String REPEATED = "repeated";
    private static final long serialVersionUID = 1L;
    private final MetricsSpec spec;
    private final RecordInput<T, ?> in;
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

    /** Builds the engine once per instance. */
    @Setup
    public void setup() {
        engine = MetricsEngine.from(spec);
    }

    /** Starts the bundle's count. */
    @StartBundle
    public void startBundle() {
        inPeriod = 0;
    }

    /**
     * Routes one record unless it lost its id.
     *
     * @param kv the record at its position
     * @param repeated the positions that lost their id
     * @param out the receivers, one per part
     */
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

    /**
     * Emits the bundle's {@code inPeriod} tally.
     *
     * @param c the context
     */
    @FinishBundle
    public void finishBundle(FinishBundleContext c) {
        if (inPeriod > 0) {
            c.output(tallies, KV.of(Tallies.key(in.name, Tallies.IN_PERIOD), inPeriod), GlobalWindow.INSTANCE.maxTimestamp(),
                    GlobalWindow.INSTANCE);
        }
    }
}
