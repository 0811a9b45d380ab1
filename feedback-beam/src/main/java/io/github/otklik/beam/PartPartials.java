package io.github.otklik.beam;

import io.github.otklik.metrics.Accumulators;
import io.github.otklik.metrics.GroupKey;
import io.github.otklik.metrics.Part;
import org.apache.beam.sdk.transforms.join.CoGbkResult;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.TupleTag;

import java.io.Serializable;

/**
 * One part's partial accumulators in the final join: the input that merges them, the part, and
 * the tag under which they arrive.
 *
 * @param input the record input of the part
 * @param part the part
 * @param tag the tag of its (group, partial accumulator) pairs in the join
 * @param <T> the record type
 * @param <A> the accumulator type
 */
record PartPartials<T, A extends Serializable>(RecordInput<T, A> input, Part part, TupleTag<KV<GroupKey, A>> tag)
        implements Serializable {
    /**
     * Merges every partial of this part in {@code result} into {@code acc}.
     *
     * @param acc the run's accumulators
     * @param result the joined partials
     */
    void mergeInto(Accumulators acc, CoGbkResult result) {
        for (KV<GroupKey, A> kv : result.getAll(tag)) {
            input.merge(acc, part, kv.getKey(), kv.getValue());
        }
    }
}
