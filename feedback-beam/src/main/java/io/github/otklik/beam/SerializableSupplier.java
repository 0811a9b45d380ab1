package io.github.otklik.beam;

import java.io.Serializable;
import java.util.function.Supplier;

/**
 * A {@link Supplier} that a pipeline can ship to its workers: it is serialised with the transform
 * that holds it and called on each worker to rebuild what cannot travel (an aggregator holding a
 * {@code FormCatalog}, a {@code MetricsEngine}).
 *
 * @param <T> what it supplies
 */
@FunctionalInterface
public interface SerializableSupplier<T> extends Supplier<T>, Serializable {
}
