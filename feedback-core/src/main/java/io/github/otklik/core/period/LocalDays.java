package io.github.otklik.core.period;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.Objects;

/**
 * Local dates of instants in a zone as epoch days: exactly
 * {@code LocalDate.ofInstant(at, zone).toEpochDay()}, without building a {@code LocalDate} and,
 * while instants stay between the same two offset transitions, without looking the offset up
 * again. For code that needs the local date of every record. Thread-safe.
 */
public final class LocalDays {
    private static final int SECONDS_PER_DAY = 86_400;

    private final ZoneId zone;
    private final ZoneRules rules;
    // the offset and the seconds [from, to) in which it holds, of the last lookup; immutable, so a
    // racy read sees either an old or a new window, both correct
    private Window window = new Window(0, 0, 0);

    /** Local days in {@code zone}. */
    public LocalDays(ZoneId zone) {
        this.zone = Objects.requireNonNull(zone, "zone");
        this.rules = zone.getRules();
    }

    /**
     * The zone.
     *
     * @return the zone
     */
    public ZoneId zone() {
        return zone;
    }

    /** {@code LocalDate.ofInstant(at, zone).toEpochDay()}. */
    public long of(Instant at) {
        long s = at.getEpochSecond();
        Window w = window;
        if (s < w.from || s >= w.to) {
            w = windowAt(at);
            window = w;
        }
        return Math.floorDiv(s + w.offset, SECONDS_PER_DAY);
    }

    /** {@code LocalDate.ofInstant(at, zone)}. */
    public LocalDate dateOf(Instant at) {
        return LocalDate.ofEpochDay(of(at));
    }

    private Window windowAt(Instant at) {
        ZoneOffset offset = rules.getOffset(at);
        long s = at.getEpochSecond();
        ZoneOffsetTransition next = rules.nextTransition(at);
        long to = next == null ? Long.MAX_VALUE : next.getInstant().getEpochSecond();
        ZoneOffsetTransition previous = rules.previousTransition(at);
        long from = previous == null ? Long.MIN_VALUE : previous.getInstant().getEpochSecond();
        if (from > s || !rules.getOffset(Instant.ofEpochSecond(Math.max(from, Instant.MIN.getEpochSecond()))).equals(offset)) {
            from = s; // not sure the offset holds from the previous transition on: only from this instant
        }
        if (to <= s) {
            to = s + 1;
        }
        return new Window(from, to, offset.getTotalSeconds());
    }

    private record Window(long from, long to, int offset) {
    }
}
