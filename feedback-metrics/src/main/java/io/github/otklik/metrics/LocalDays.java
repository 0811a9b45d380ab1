package io.github.otklik.metrics;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.zone.ZoneRules;

/**
 * Local dates of instants in a zone as epoch days, computed exactly as
 * {@link LocalDate#ofInstant(Instant, ZoneId)} does but without building a {@code LocalDate}: the
 * engine needs one per record. Immutable.
 */
final class LocalDays {
    private final ZoneRules rules;

    /** Local days in {@code zone}. */
    LocalDays(ZoneId zone) {
        this.rules = zone.getRules();
    }

    /** {@code LocalDate.ofInstant(at, zone).toEpochDay()}. */
    long of(Instant at) {
        return Math.floorDiv(at.getEpochSecond() + rules.getOffset(at).getTotalSeconds(), 86_400);
    }
}
