package io.github.otklik.core.validation;

import java.time.DateTimeException;
import java.time.Instant;
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
     * @throws IllegalArgumentException with a message naming the value when it is malformed or has
     *     no offset
     */
    public static Instant parseWithOffset(String text) {
        try {
            return OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant();
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

    /**
     * Parses a {@code YYYY-MM-DD} date.
     *
     * @throws IllegalArgumentException when malformed
     */
    public static LocalDate parseDate(String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("malformed date " + Identifiers.describe(text) + " (expected YYYY-MM-DD)");
        }
    }
}
