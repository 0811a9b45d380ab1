package io.github.otklik.painmap.export;

import io.github.otklik.core.text.Language;
import io.github.otklik.metrics.label.DateWording;
import io.github.otklik.painmap.PainMap;

import java.time.LocalDate;

import java.util.List;

/**
 * Every word the table exports write in Russian or English, in one place: the eight column
 * headers of the pain-map template (seed 004, {@code spec/painmap.md}) and the page words of the
 * HTML export. Levels are written by {@link io.github.otklik.painmap.Level#word}, group labels by
 * {@link io.github.otklik.painmap.Grouping#unknownLabel}. Stateless.
 */
final class ExportWording {
    /** The template's headers in Russian. */
    private static final List<String> RU = List.of("№", "Наименование процесса", "Выявленные проблемы/потенциальные потребности клиентов",
            "Распространенность проблемы", "Приоритетность решения проблемы/удовлетворения потребности",
            "Необходимые к реализации мероприятия", "Ответственный", "Срок реализации");
    /** The headers in English. */
    private static final List<String> EN = List.of("No.", "Process", "Problems / potential needs", "Prevalence", "Priority", "Measures",
            "Responsible", "Deadline");

    private ExportWording() {
    }

    /** The eight column headers. */
    static List<String> headers(Language lang) {
        return lang == Language.EN ? EN : RU;
    }

    /** The page's title: {@code Карта болей} / {@code Pain map}. */
    static String title(Language lang) {
        return lang.pick("Карта болей", "Pain map");
    }

    /**
     * The line under the title, dates in words: {@code Period: Q1 2025 (1 January 2025 — 31 March 2025,
     * time zone Europe/Moscow); as of 31 March 2025; rule set: default; points: 9}.
     */
    static String meta(PainMap map) {
        Language lang = map.lang();
        DateWording d = DateWording.of(lang);
        return lang.pick("Период: ", "Period: ") + d.period(map.period()) + " (" + d.range(map.period().from(), map.period().to()) + ", "
                + lang.pick("часовой пояс ", "time zone ") + map.zone().getId() + "); " + lang.pick("по состоянию на ", "as of ")
                + d.date(map.asOf()) + "; " + lang.pick("правила: ", "rule set: ") + map.rules().name() + "; "
                + lang.pick("болей: ", "points: ") + lang.integer(map.items().size());
    }

    /** A deadline in words: {@code 29 июня 2025 г.} / {@code 29 June 2025}. */
    static String date(LocalDate date, Language lang) {
        return DateWording.of(lang).date(date).replace(' ', '\u00a0');
    }

    /** The mark of a point with low evidence: {@code мало сведений} / {@code low evidence}. */
    static String lowEvidence(Language lang) {
        return lang.pick("мало сведений", "low evidence");
    }
}
