package io.github.otklik.painmap.rules;

import io.github.otklik.painmap.Level;
import io.github.otklik.painmap.evidence.Source;

import java.util.Optional;
import java.util.Set;

/**
 * Decides the priority (приоритетность) of a pain point from its prevalence and impact by a 3×3
 * matrix, and forces HIGH whenever any of its evidence comes from a mandatory source. A valid rule
 * decides every cell and never lowers priority when prevalence or impact rises ({@link
 * RuleSetChecker}). Implementations must be immutable and thread-safe.
 */
public interface PriorityRule {
    /** {@code matrix[prevalence][impact]}, or empty when the cell is not decided. */
    Optional<Level> cell(Level prevalence, Level impact);

    /** Sources whose evidence makes a point's priority HIGH whatever the matrix says. */
    Set<Source> mandatorySources();
}
