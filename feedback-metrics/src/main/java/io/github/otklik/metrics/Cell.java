package io.github.otklik.metrics;

import java.util.Objects;
import java.util.Optional;

/**
 * A figure that a public report may hide: {@link Shown} carries it, {@link Suppressed} stands for
 * a small cell left out of a public aggregate (fewer answers than {@code minCell}).
 *
 * @param <T> the figure's type
 */
public sealed interface Cell<T> {
    /** A figure that is shown. */
    record Shown<T>(T value) implements Cell<T> {
        /** Checks non-null. */
        public Shown {
            Objects.requireNonNull(value, "value");
        }
    }

    /** A suppressed figure: nothing of it is kept. */
    record Suppressed<T>() implements Cell<T> {
    }

    /** A shown figure. */
    static <T> Cell<T> shown(T value) {
        return new Shown<>(value);
    }

    /** A suppressed figure. */
    static <T> Cell<T> suppressed() {
        return new Suppressed<>();
    }

    /** The figure, when shown. */
    default Optional<T> figure() {
        return this instanceof Shown<T> s ? Optional.of(s.value()) : Optional.empty();
    }

    /** Whether the figure is suppressed. */
    default boolean isSuppressed() {
        return this instanceof Suppressed;
    }
}
