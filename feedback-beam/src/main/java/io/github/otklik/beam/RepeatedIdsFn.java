package io.github.otklik.beam;

import io.github.otklik.core.io.Reject;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.TupleTag;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * Finds the ids accepted in more than one place: for each, the first position by
 * {@link Position#ORDER} keeps the record and every later one is dropped (main output) and
 * becomes a reject worded as the reader words an in-file repeat; the number of such rejects is
 * added to the input's {@code rejected} tally.
 *
 * @param <T> the record type
 */
final class RepeatedIdsFn<T> extends DoFn<KV<String, Iterable<Position>>, Position> {
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

    /**
     * The positions that lose an id: all but the first by path, then line.
     *
     * @param positions where the id was accepted, in any order
     * @return the later positions in order; empty when the id was accepted once
     */
    static List<Position> later(Iterable<Position> positions) {
        Iterator<Position> it = positions.iterator();
        Position first = it.next();
        if (!it.hasNext()) {
            return List.of();
        }
        List<Position> all = new ArrayList<>();
        all.add(first);
        it.forEachRemaining(all::add);
        all.sort(Position.ORDER);
        return List.copyOf(all.subList(1, all.size()));
    }

    /**
     * Emits the losing positions of one id, their rejects and their count.
     *
     * @param id the id and every position where it was accepted
     * @param out the receivers
     */
    @ProcessElement
    public void process(@Element KV<String, Iterable<Position>> id, MultiOutputReceiver out) {
        List<Position> later = later(id.getValue());
        if (later.isEmpty()) {
            return;
        }
        String reason = in.duplicateReason(id.getKey());
        for (Position p : later) {
            out.get(losers).output(p);
            out.get(rejects).output(Reject.of(p.source(), p.line(), id.getKey(), "id", reason));
        }
        out.get(tallies).output(KV.of(Tallies.key(in.name, Tallies.REJECTED), (long) later.size()));
    }
}
