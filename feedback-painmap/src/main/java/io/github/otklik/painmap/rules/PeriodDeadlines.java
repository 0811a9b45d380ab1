package io.github.otklik.painmap.rules;

import io.github.otklik.painmap.Level;

import java.time.Period;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * The deadline policy of {@code otklik-painmap-rules/1}: an ISO-8601 period per priority
 * ({@code "P90D"}). Priorities may be missing here; {@link RuleSetChecker} reports them. Immutable.
 *
 * @param periods the period per priority
 */
public record PeriodDeadlines(Map<Level, Period> periods) implements DeadlinePolicy {
    /** Copies the map; @throws IllegalArgumentException when a period is negative */
    public PeriodDeadlines {
        EnumMap<Level, Period> copy = new EnumMap<>(Level.class);
        periods.forEach((level, period) -> {
            if (period.isNegative()) {
                throw new IllegalArgumentException("deadline." + level + " must not be negative: " + period);
            }
            copy.put(level, period);
        });
        periods = Collections.unmodifiableMap(copy);
    }

    @Override
    public Optional<Period> deadline(Level priority) {
        return Optional.ofNullable(periods.get(priority));
    }
}
