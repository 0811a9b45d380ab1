package io.github.otklik.beam;

import io.github.otklik.metrics.Aggregator;
import org.apache.beam.sdk.coders.Coder;
import org.apache.beam.sdk.coders.CoderRegistry;
import org.apache.beam.sdk.coders.SerializableCoder;
import org.apache.beam.sdk.transforms.Combine;

import java.io.Serializable;
import java.util.Iterator;
import java.util.Objects;

/**
 * Any metrics {@link Aggregator} as a Beam {@link Combine.CombineFn}: create, add, merge and
 * extract are the aggregator's, nothing else. Aggregators need not be serialisable (the
 * satisfaction one holds a {@code FormCatalog}), so this holds a {@link SerializableSupplier} of
 * the aggregator and calls it once per deserialised copy, lazily, on the worker.
 *
 * <p>Accumulators travel with {@link SerializableCoder}: every metrics accumulator is
 * {@link Serializable}, holds only counts, maps of counts and bounded value arrays, and is
 * encoded only once per key and bundle (when the runner sends partial accumulators through the
 * shuffle), so Java serialisation's overhead of about a hundred bytes of class description is
 * paid per accumulator, never per record.
 *
 * <pre>{@code
 * FormCatalogSource forms = FormCatalogSource.standard();
 * AggregatorCombineFn<SurveyResponse, SatisfactionAccumulator, SatisfactionFigures> fn =
 *     AggregatorCombineFn.of(() -> new SatisfactionAggregator(forms.get()), SatisfactionAccumulator.class);
 * PCollection<KV<String, SatisfactionFigures>> byProcess = keyed.apply(Combine.perKey(fn));
 * }</pre>
 *
 * @param <T> record type
 * @param <A> accumulator type
 * @param <R> result type
 */
public final class AggregatorCombineFn<T, A extends Serializable, R> extends Combine.CombineFn<T, A, R> {
    private static final long serialVersionUID = 1L;

    /** Supplies the aggregator on each worker. */
    private final SerializableSupplier<? extends Aggregator<T, A, R>> supplier;
    /** The accumulators' class, for their coder. */
    private final Class<A> accumulatorType;
    private transient Aggregator<T, A, R> aggregator;

    private AggregatorCombineFn(SerializableSupplier<? extends Aggregator<T, A, R>> supplier, Class<A> accumulatorType) {
        this.supplier = Objects.requireNonNull(supplier, "supplier");
        this.accumulatorType = Objects.requireNonNull(accumulatorType, "accumulatorType");
    }

    /**
     * The combine function of the aggregator that {@code aggregator} supplies, whose accumulators are
     * of {@code accumulatorType}.
     *
     * @param aggregator supplies the aggregator (on each worker)
     * @param accumulatorType the accumulators' class
     * @param <T> the record type
     * @param <A> the accumulator type
     * @param <R> the result type
     * @return the combine function
     */
    public static <T, A extends Serializable, R> AggregatorCombineFn<T, A, R> of(
            SerializableSupplier<? extends Aggregator<T, A, R>> aggregator, Class<A> accumulatorType) {
        return new AggregatorCombineFn<>(aggregator, accumulatorType);
    }

    /**
     * The aggregator, built on first use in this copy.
     *
     * @return the aggregator, built on first use in this copy
     */
    public Aggregator<T, A, R> aggregator() {
        Aggregator<T, A, R> a = aggregator;
        if (a == null) {
            a = Objects.requireNonNull(supplier.get(), "the supplier gave no aggregator");
            aggregator = a;
        }
        return a;
    }

    @Override
    public A createAccumulator() {
        return aggregator().create();
    }

    @Override
    public A addInput(A accumulator, T input) {
        aggregator().add(accumulator, input);
        return accumulator;
    }

    @Override
    public A mergeAccumulators(Iterable<A> accumulators) {
        Iterator<A> it = accumulators.iterator();
        if (!it.hasNext()) {
            return createAccumulator();
        }
        A into = it.next();
        while (it.hasNext()) {
            into = aggregator().merge(into, it.next());
        }
        return into;
    }

    @Override
    public R extractOutput(A accumulator) {
        return aggregator().result(accumulator);
    }

    @Override
    public Coder<A> getAccumulatorCoder(CoderRegistry registry, Coder<T> inputCoder) {
        return accumulatorCoder();
    }

    /**
     * The coder of the accumulators: {@link SerializableCoder} of the accumulator type.
     *
     * @return the coder of the accumulators: {@link SerializableCoder} of the accumulator type
     */
    public Coder<A> accumulatorCoder() {
        return SerializableCoder.of(accumulatorType);
    }

    /**
     * This function without its last step: it outputs the merged accumulator itself, for a caller
     * that merges it further, such as {@code Accumulators#merge} assembling a report.
     * Results are immutable figures with no coder; accumulators have one.
     *
     * @return the partial combine function
     */
    public Combine.CombineFn<T, A, A> partial() {
        return new Partial<>(this);
    }

    /** The accumulator-valued twin of an {@link AggregatorCombineFn}: delegates every step but the last. */
    private static final class Partial<T, A extends Serializable> extends Combine.CombineFn<T, A, A> {
        private static final long serialVersionUID = 1L;
        private final AggregatorCombineFn<T, A, ?> fn;

        Partial(AggregatorCombineFn<T, A, ?> fn) {
            this.fn = fn;
        }

        @Override
        public A createAccumulator() {
            return fn.createAccumulator();
        }

        @Override
        public A addInput(A accumulator, T input) {
            return fn.addInput(accumulator, input);
        }

        @Override
        public A mergeAccumulators(Iterable<A> accumulators) {
            return fn.mergeAccumulators(accumulators);
        }

        @Override
        public A extractOutput(A accumulator) {
            return accumulator;
        }

        @Override
        public Coder<A> getAccumulatorCoder(CoderRegistry registry, Coder<T> inputCoder) {
            return fn.accumulatorCoder();
        }

        @Override
        public Coder<A> getDefaultOutputCoder(CoderRegistry registry, Coder<T> inputCoder) {
            return fn.accumulatorCoder();
        }
    }
}
