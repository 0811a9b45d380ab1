package io.github.otklik.painmap.export;

import io.github.otklik.core.text.Language;
import io.github.otklik.painmap.PainMap;

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

    /** The line under the title: {@code Period 2025-Q1 (2025-01-01 — 2025-03-31, Europe/Moscow); as of 2025-03-31; rule set default; points: 9}. */
    static String meta(PainMap map) {
        Language lang = map.lang();
        return lang.pick("Период ", "Period ") + map.period().label() + " (" + map.period().from() + " — " + map.period().to() + ", "
                + map.zone().getId() + "); " + lang.pick("по состоянию на ", "as of ") + map.asOf() + "; "
                + lang.pick("правила ", "rule set ") + map.rules().name() + "; " + lang.pick("болей: ", "points: ") + map.items().size();
    }

    /** The mark of a point with low evidence: {@code мало сведений} / {@code low evidence}. */
    static String lowEvidence(Language lang) {
        return lang.pick("мало сведений", "low evidence");
    }
}
