package io.github.otklik.core.validation;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.Month;
import java.time.Year;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/** Parsing of the instants and dates of the file formats, with messages fit for a reject report. */
public final class Instants {
    private Instants() {
    }

    /**
     * Parses an ISO-8601 instant that carries an offset or {@code Z}.
     *
     * @throws IllegalArgumentException with a message naming the value when it is malformed, has
     *     no offset, or lies outside {@link InputLimits#EARLIEST}..{@link InputLimits#LATEST}
     */
    public static Instant parseWithOffset(String text) {
        Instant fast = parseCanonical(text);
        if (fast != null) {
            return bounded(fast, text);
        }
        try {
            return bounded(OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant(), text);
        } catch (DateTimeParseException e) {
            try {
                java.time.LocalDateTime.parse(text);
                throw new IllegalArgumentException("timestamp " + Identifiers.describe(text) + " has no offset (add Z or ±hh:mm)");
            } catch (DateTimeException notLocal) {
                throw new IllegalArgumentException("malformed timestamp " + Identifiers.describe(text)
                        + " (expected ISO-8601 with an offset, e.g. 2025-03-31T21:30:00Z)");
            }
        }
    }

    private static Instant bounded(Instant instant, String text) {
        if (!InputLimits.inRange(instant)) {
            throw new IllegalArgumentException("timestamp " + Identifiers.describe(text) + " is outside the accepted range "
                    + InputLimits.EARLIEST + ".." + InputLimits.LATEST);
        }
        return instant;
    }

    /**
     * The common shapes {@code YYYY-MM-DDTHH:MM:SSZ} and {@code YYYY-MM-DDTHH:MM:SS±HH:MM} with
     * fields in range, without the general formatter (it dominates the cost of reading a line);
     * {@code null} for anything else, which the formatter then parses or rejects. Gives exactly
     * what {@link DateTimeFormatter#ISO_OFFSET_DATE_TIME} gives for these shapes.
     */
    private static Instant parseCanonical(String t) {
        int n = t.length();
        if ((n != 20 && n != 25) || t.charAt(4) != '-' || t.charAt(7) != '-' || t.charAt(10) != 'T' || t.charAt(13) != ':'
                || t.charAt(16) != ':') {
            return null;
        }
        int year = digits(t, 0, 4);
        int month = digits(t, 5, 2);
        int day = digits(t, 8, 2);
        int hour = digits(t, 11, 2);
        int minute = digits(t, 14, 2);
        int second = digits(t, 17, 2);
        if (year < 0 || month < 1 || month > 12 || day < 1 || day > 28 && day > Month.of(month).length(Year.isLeap(year))
                || hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59) {
            return null;
        }
        int offset;
        char sign = t.charAt(19);
        if (n == 20) {
            if (sign != 'Z') {
                return null;
            }
            offset = 0;
        } else {
            int oh = digits(t, 20, 2);
            int om = digits(t, 23, 2);
            if ((sign != '+' && sign != '-') || t.charAt(22) != ':' || oh < 0 || oh > 17 || om < 0 || om > 59) {
                return null;
            }
            offset = (sign == '-' ? -1 : 1) * (oh * 3_600 + om * 60);
        }
        long epochDay = LocalDate.of(year, month, day).toEpochDay();
        return Instant.ofEpochSecond(epochDay * 86_400 + hour * 3_600 + minute * 60 + second - offset);
    }

    /** The value of {@code count} ASCII digits at {@code from}, or −1. */
    private static int digits(String t, int from, int count) {
        int v = 0;
        for (int i = from; i < from + count; i++) {
            char c = t.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            v = v * 10 + (c - '0');
        }
        return v;
    }

    /**
     * Parses a {@code YYYY-MM-DD} date.
     *
     * @throws IllegalArgumentException when malformed or outside
     *     {@link InputLimits#EARLIEST_DATE}..{@link InputLimits#LATEST_DATE}
     */
    public static LocalDate parseDate(String text) {
        LocalDate date;
        try {
            date = LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("malformed date " + Identifiers.describe(text) + " (expected YYYY-MM-DD)");
        }
        if (!InputLimits.inRange(date)) {
            throw new IllegalArgumentException("date " + Identifiers.describe(text) + " is outside the accepted range "
                    + InputLimits.EARLIEST_DATE + ".." + InputLimits.LATEST_DATE);
        }
        return date;
    }
}
