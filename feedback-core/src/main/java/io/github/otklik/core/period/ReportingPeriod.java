package io.github.otklik.core.period;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A reporting period (отчётный период): a year, a quarter, a month or an inclusive range of
 * <em>local dates</em>. A record belongs to the period when the local date of its instant in the
 * reporting zone lies in the range ({@code spec/metrics.md}, periods and zones).
 *
 * <pre>{@code
 * ReportingPeriod q1 = ReportingPeriod.parse("2025-Q1");
 * q1.contains(Instant.parse("2025-03-31T21:30:00Z"), ZoneId.of("Europe/Moscow")); // true
 * q1.contains(Instant.parse("2025-03-31T21:30:00Z"), ZoneId.of("Europe/Samara")); // false: Q2 there
 * }</pre>
 *
 * @param label the label it was parsed from, in canonical form ({@code 2025-Q1})
 * @param kind year, quarter, month or range
 * @param from first local date, inclusive
 * @param to last local date, inclusive
 */
public record ReportingPeriod(String label, Kind kind, LocalDate from, LocalDate to) {
    private static final Pattern YEAR = Pattern.compile("(\\d{4})");
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");
    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
    private static final Pattern RANGE = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})\\.\\.(\\d{4}-\\d{2}-\\d{2})");

    /** What kind of period a label denotes. */
    public enum Kind {
        /** A calendar year, {@code 2025}. */
        YEAR,
        /** A calendar quarter, {@code 2025-Q1}. */
        QUARTER,
        /** A calendar month, {@code 2025-03}. */
        MONTH,
        /** An inclusive range of dates, {@code 2025-01-01..2025-03-31}. */
        RANGE
    }

    /**
     * Checks that the range is not empty.
     *
     * @param from first local date, inclusive
     * @param kind year, quarter, month or range
     * @param label the label it was parsed from, in canonical form ({@code 2025-Q1})
     * @param to last local date, inclusive
     */
    public ReportingPeriod {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("period " + label + " ends (" + to + ") before it starts (" + from + ")");
        }
    }

    /**
     * Parses {@code YYYY}, {@code YYYY-Qn}, {@code YYYY-MM} or {@code YYYY-MM-DD..YYYY-MM-DD}.
     *
     * @throws IllegalArgumentException when the text is none of these, or names an impossible date
     */
    public static ReportingPeriod parse(String text) {
        Objects.requireNonNull(text, "text");
        try {
            Matcher m;
            if ((m = YEAR.matcher(text)).matches()) {
                return year(Integer.parseInt(m.group(1)));
            }
            if ((m = QUARTER.matcher(text)).matches()) {
                return quarter(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
            }
            if ((m = MONTH.matcher(text)).matches()) {
                return month(YearMonth.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))));
            }
            if ((m = RANGE.matcher(text)).matches()) {
                return range(LocalDate.parse(m.group(1)), LocalDate.parse(m.group(2)));
            }
        } catch (DateTimeException e) { // includes DateTimeParseException
            throw new IllegalArgumentException("invalid period \"" + text + "\": " + e.getMessage(), e);
        }
        throw new IllegalArgumentException("invalid period \"" + text
                + "\": expected YYYY, YYYY-Qn, YYYY-MM or YYYY-MM-DD..YYYY-MM-DD");
    }

    /** The calendar year {@code year}. */
    public static ReportingPeriod year(int year) {
        return new ReportingPeriod(String.format("%04d", year), Kind.YEAR, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }

    /** Quarter {@code quarter} (1–4) of {@code year}. */
    public static ReportingPeriod quarter(int year, int quarter) {
        if (quarter < 1 || quarter > 4) {
            throw new IllegalArgumentException("quarter must be 1..4, was " + quarter);
        }
        LocalDate from = LocalDate.of(year, 3 * quarter - 2, 1);
        LocalDate to = from.plusMonths(3).minusDays(1);
        return new ReportingPeriod(String.format("%04d-Q%d", year, quarter), Kind.QUARTER, from, to);
    }

    /** The calendar month {@code month}. */
    public static ReportingPeriod month(YearMonth month) {
        return new ReportingPeriod(month.toString(), Kind.MONTH, month.atDay(1), month.atEndOfMonth());
    }

    /** The inclusive range {@code from..to}. */
    public static ReportingPeriod range(LocalDate from, LocalDate to) {
        return new ReportingPeriod(from + ".." + to, Kind.RANGE, from, to);
    }

    /** The quarter containing {@code date}. */
    public static ReportingPeriod quarterOf(LocalDate date) {
        return quarter(date.getYear(), (date.getMonthValue() - 1) / 3 + 1);
    }

    /** The month containing {@code date}. */
    public static ReportingPeriod monthOf(LocalDate date) {
        return month(YearMonth.from(date));
    }

    /** Whether {@code date} lies in the period. */
    public boolean contains(LocalDate date) {
        return !date.isBefore(from) && !date.isAfter(to);
    }

    /** Whether the local date of {@code instant} in {@code zone} lies in the period. */
    public boolean contains(Instant instant, ZoneId zone) {
        return contains(LocalDate.ofInstant(instant, zone));
    }

    /** The start of the day after the last date, in {@code zone}: the default {@code asOf}. */
    public Instant defaultAsOf(ZoneId zone) {
        return to.plusDays(1).atStartOfDay(zone).toInstant();
    }

    /** Number of days in the period. */
    public long lengthInDays() {
        return to.toEpochDay() - from.toEpochDay() + 1;
    }

    /**
     * The period of the same kind just before this one; for a range, the range of equal length
     * ending the day before it starts.
     *
     * @return the period of the same kind just before this one; for a range, the range of equal length ending the day before it starts
     */
    public ReportingPeriod previous() {
        return switch (kind) {
            case YEAR -> year(from.getYear() - 1);
            case QUARTER -> quarterOf(from.minusMonths(3));
            case MONTH -> month(YearMonth.from(from).minusMonths(1));
            case RANGE -> range(from.minusDays(lengthInDays()), from.minusDays(1));
        };
    }

    /**
     * The period of the same kind just after this one (ranges: of equal length).
     *
     * @return the period of the same kind just after this one (ranges: of equal length)
     */
    public ReportingPeriod next() {
        return switch (kind) {
            case YEAR -> year(from.getYear() + 1);
            case QUARTER -> quarterOf(from.plusMonths(3));
            case MONTH -> month(YearMonth.from(from).plusMonths(1));
            case RANGE -> range(to.plusDays(1), to.plusDays(lengthInDays()));
        };
    }

    @Override
    public String toString() {
        return label;
    }

}
