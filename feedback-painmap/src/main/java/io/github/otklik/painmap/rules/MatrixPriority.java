package io.github.otklik.painmap.rules;

import io.github.otklik.painmap.Level;
import io.github.otklik.painmap.evidence.Source;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The priority rule of {@code otklik-painmap-rules/1}: {@code matrix[prevalence][impact]} plus
 * {@code mandatorySources}. Cells may be missing here; {@link RuleSetChecker} reports them.
 * Immutable.
 *
 * @param matrix priority by prevalence, then impact
 * @param mandatorySources sources that force HIGH
 */
public record MatrixPriority(Map<Level, Map<Level, Level>> matrix, Set<Source> mandatorySources) implements PriorityRule {
    /** Copies the maps and the set. */
    public MatrixPriority {
        EnumMap<Level, Map<Level, Level>> rows = new EnumMap<>(Level.class);
        matrix.forEach((p, row) -> {
            EnumMap<Level, Level> r = new EnumMap<>(Level.class);
            r.putAll(row);
            rows.put(p, Collections.unmodifiableMap(r));
        });
        matrix = Collections.unmodifiableMap(rows);
        mandatorySources = mandatorySources.isEmpty() ? Set.of()
                : Collections.unmodifiableSet(EnumSet.copyOf(mandatorySources));
    }

    @Override
    public Optional<Level> cell(Level prevalence, Level impact) {
        Map<Level, Level> row = matrix.get(prevalence);
        return row == null ? Optional.empty() : Optional.ofNullable(row.get(impact));
    }
}
