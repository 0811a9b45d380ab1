package io.github.otklik.painmap.rules;

import io.github.otklik.painmap.Level;

import java.time.Period;
import java.util.Optional;

/**
 * Decides the deadline (срок реализации) of a pain point: the map's {@code asOf} date plus the
 * period of its priority. A valid policy decides every priority ({@link RuleSetChecker}).
 * Implementations must be immutable and thread-safe.
 */
public interface DeadlinePolicy {
    /** The time allowed for a point of {@code priority}, or empty when not decided. */
    Optional<Period> deadline(Level priority);
}
