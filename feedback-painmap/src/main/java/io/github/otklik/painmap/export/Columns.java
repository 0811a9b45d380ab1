package io.github.otklik.painmap.export;

import io.github.otklik.core.text.Language;
import io.github.otklik.painmap.PainPoint;

import java.util.List;

/**
 * The eight columns of the pain-map template (seed 004), shared by the table exports: headers in
 * either language and the plain-text cells of a point, before any escaping.
 */
final class Columns {
    /** The template's headers in Russian. */
    static final List<String> RU = List.of("№", "Наименование процесса", "Выявленные проблемы/потенциальные потребности клиентов",
            "Распространенность проблемы", "Приоритетность решения проблемы/удовлетворения потребности",
            "Необходимые к реализации мероприятия", "Ответственный", "Срок реализации");
    /** The headers in English. */
    static final List<String> EN = List.of("No.", "Process", "Problems / potential needs", "Prevalence", "Priority", "Measures",
            "Responsible", "Deadline");

    private Columns() {
    }

    static List<String> headers(Language lang) {
        return lang == Language.EN ? EN : RU;
    }

    /** The cells of {@code p}: no, process name, title, prevalence, priority, measures joined with "; ", responsible, deadline. */
    static List<String> cells(PainPoint p, Language lang) {
        return List.of(Integer.toString(p.no()), p.processName(), p.title(), p.prevalence().word(lang), p.priority().word(lang),
                String.join("; ", p.measures()), p.responsible(), p.deadline().toString());
    }
}
