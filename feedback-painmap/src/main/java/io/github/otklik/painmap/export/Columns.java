package io.github.otklik.painmap.export;

import io.github.otklik.core.text.Language;
import io.github.otklik.painmap.PainPoint;

import java.util.List;

/**
 * The eight columns of the pain-map template (seed 004), shared by the table exports: the plain-text
 * cells of a point, before any escaping; the headers are {@link ExportWording#headers}.
 */
final class Columns {
    /** The number of columns. */
    static final int COUNT = 8;

    private Columns() {
    }

    /** The cells of {@code p}: no, process name, title, prevalence, priority, measures joined with "; ", responsible, deadline. */
    static List<String> cells(PainPoint p, Language lang) {
        return List.of(Integer.toString(p.no()), p.processName(), p.title(), p.prevalence().word(lang), p.priority().word(lang),
                String.join("; ", p.measures()), p.responsible(), p.deadline().toString());
    }
}
