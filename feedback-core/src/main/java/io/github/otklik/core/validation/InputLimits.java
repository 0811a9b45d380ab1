package io.github.otklik.core.validation;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The limits every reader of the file formats applies ({@code docs/formats.md}, "Limits"): the
 * longest line (or CSV row) read, and the range of accepted instants and dates. A value outside
 * them is rejected with its record, never carried into the metrics, where it would overflow.
 */
public final class InputLimits {
    /** The most bytes one JSONL line or one CSV row may have, without its line end: 16 MiB. */
    public static final int MAX_LINE_BYTES = 16 * 1024 * 1024;

    /**
     * The most bytes skipped of one overlong line before the rest of the input is given up (64 ×
     * {@link #MAX_LINE_BYTES}, 1 GiB): an endless input without line ends, such as {@code /dev/zero},
     * ends the read, marked truncated, instead of running forever.
     */
    public static final long MAX_SKIPPED_BYTES = 64L * MAX_LINE_BYTES;

    /** The earliest accepted instant: 1900-01-01T00:00:00Z. */
    public static final Instant EARLIEST = Instant.parse("1900-01-01T00:00:00Z");

    /** The latest accepted instant: 9999-12-31T23:59:59Z. */
    public static final Instant LATEST = Instant.parse("9999-12-31T23:59:59Z");

    /** The earliest accepted date: 1900-01-01. */
    public static final LocalDate EARLIEST_DATE = LocalDate.of(1900, 1, 1);

    /** The latest accepted date: 9999-12-31. */
    public static final LocalDate LATEST_DATE = LocalDate.of(9999, 12, 31);

    private InputLimits() {
    }

    /**
     * Whether {@code instant} lies in {@link #EARLIEST}..{@link #LATEST}.
     *
     * @param instant the instant
     * @return whether it is accepted
     */
    public static boolean inRange(Instant instant) {
        return !instant.isBefore(EARLIEST) && !instant.isAfter(LATEST);
    }

    /**
     * Whether {@code date} lies in {@link #EARLIEST_DATE}..{@link #LATEST_DATE}.
     *
     * @param date the date
     * @return whether it is accepted
     */
    public static boolean inRange(LocalDate date) {
        return !date.isBefore(EARLIEST_DATE) && !date.isAfter(LATEST_DATE);
    }
}
