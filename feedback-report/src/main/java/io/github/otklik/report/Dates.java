package io.github.otklik.report;

import io.github.otklik.core.period.ReportingPeriod;
import io.github.otklik.core.text.Language;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates and instants as a reader of the report's language writes them, in the reporting zone. */
final class Dates {
    private static final DateTimeFormatter RU_DATE = DateTimeFormatter.ofPattern("d MMMM uuuu 'г.'", Locale.forLanguageTag("ru"));
    private static final DateTimeFormatter EN_DATE = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT);
    private static final String[] ROMAN = {"I", "II", "III", "IV"};

    private final Language lang;

    Dates(Language lang) {
        this.lang = lang;
    }

    /** {@code 31 марта 2025 г.} or {@code 31 March 2025}. */
    String date(LocalDate d) {
        return (lang == Language.EN ? EN_DATE : RU_DATE).format(d);
    }

    /** {@code 1 апреля 2025 г., 00:00} in {@code zone}. */
    String instant(Instant at, ZoneId zone) {
        var local = at.atZone(zone);
        return date(local.toLocalDate()) + ", " + TIME.format(local);
    }

    /** {@code 1 января — 31 марта 2025 г.} */
    String range(LocalDate from, LocalDate to) {
        return date(from) + " — " + date(to);
    }

    /** The period's name: {@code I квартал 2025 г.}, {@code март 2025 г.}, {@code 2025 год}, or its dates for a range. */
    String period(ReportingPeriod p) {
        boolean en = lang == Language.EN;
        return switch (p.kind()) {
            case YEAR -> en ? "year " + p.from().getYear() : p.from().getYear() + " год";
            case QUARTER -> {
                int q = (p.from().getMonthValue() - 1) / 3;
                yield en ? "Q" + (q + 1) + " " + p.from().getYear() : ROMAN[q] + " квартал " + p.from().getYear() + " г.";
            }
            case MONTH -> en ? DateTimeFormatter.ofPattern("LLLL uuuu", Locale.ENGLISH).format(p.from())
                    : DateTimeFormatter.ofPattern("LLLL uuuu 'г.'", Locale.forLanguageTag("ru")).format(p.from());
            default -> range(p.from(), p.to());
        };
    }
}
