package io.github.otklik.metrics.label;

import io.github.otklik.core.period.ReportingPeriod;
import io.github.otklik.core.text.Language;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Objects;

/**
 * Dates, instants and periods as a reader writes them, in Russian or English: {@code 31 марта 2025 г.},
 * {@code 1 апреля 2025 г., 00:00} (an instant always in the reporting zone), {@code I квартал 2025 г.}.
 * Immutable and thread-safe.
 */
public final class DateWording {
    private static final DateTimeFormatter RU_DATE = DateTimeFormatter.ofPattern("d MMMM uuuu 'г.'", Locale.forLanguageTag("ru"));
    private static final DateTimeFormatter EN_DATE = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH);
    private static final DateTimeFormatter RU_MONTH = DateTimeFormatter.ofPattern("LLLL uuuu 'г.'", Locale.forLanguageTag("ru"));
    private static final DateTimeFormatter EN_MONTH = DateTimeFormatter.ofPattern("LLLL uuuu", Locale.ENGLISH);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT);
    private static final String[] ROMAN = {"I", "II", "III", "IV"};
    private static final DateWording RU = new DateWording(Language.RU);
    private static final DateWording EN = new DateWording(Language.EN);

    private final Language lang;

    private DateWording(Language lang) {
        this.lang = lang;
    }

    /**
     * The wording of {@code lang}.
     *
     * @param lang the language
     * @return its date wording
     */
    public static DateWording of(Language lang) {
        return Objects.requireNonNull(lang, "lang") == Language.EN ? EN : RU;
    }

    /**
     * A date in words.
     *
     * @param d the date
     * @return {@code 31 марта 2025 г.} or {@code 31 March 2025}
     */
    public String date(LocalDate d) {
        return (lang == Language.EN ? EN_DATE : RU_DATE).format(d);
    }

    /**
     * An instant as a local date and time in {@code zone}.
     *
     * @param at the instant
     * @param zone the reporting zone
     * @return {@code 1 апреля 2025 г., 00:00}
     */
    public String instant(Instant at, ZoneId zone) {
        var local = at.atZone(zone);
        return date(local.toLocalDate()) + ", " + TIME.format(local);
    }

    /**
     * A range of dates, both ends included.
     *
     * @param from the first date
     * @param to the last date
     * @return {@code 1 января 2025 г. — 31 марта 2025 г.}
     */
    public String range(LocalDate from, LocalDate to) {
        return date(from) + " — " + date(to);
    }

    /**
     * The period's name.
     *
     * @param p the period
     * @return {@code I квартал 2025 г.}, {@code март 2025 г.}, {@code 2025 год}, or its dates for a range
     */
    public String period(ReportingPeriod p) {
        boolean en = lang == Language.EN;
        return switch (p.kind()) {
            case YEAR -> en ? "year " + p.from().getYear() : p.from().getYear() + " год";
            case QUARTER -> {
                int q = (p.from().getMonthValue() - 1) / 3;
                yield en ? "Q" + (q + 1) + " " + p.from().getYear() : ROMAN[q] + " квартал " + p.from().getYear() + " г.";
            }
            case MONTH -> (en ? EN_MONTH : RU_MONTH).format(p.from());
            default -> range(p.from(), p.to());
        };
    }
}
