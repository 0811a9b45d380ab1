package io.github.otklik.painmap.export;

import io.github.otklik.core.text.Language;
import io.github.otklik.painmap.Level;
import io.github.otklik.painmap.PainPoint;

/**
 * The words of the focused human views (HTML, Markdown, the report's section) in Russian or English:
 * the titles of the two parts, the note on folded points and the pointer to the full export, the
 * unassigned responsible unit. Stateless.
 */
final class ViewWording {
    private ViewWording() {
    }

    /** The title of a part: external clients, or internal clients (internal processes and what employees said of the others). */
    static String part(Language lang, boolean internal) {
        return internal
                ? lang.pick("Внутренние клиенты — сотрудники: внутренние процессы и анкеты сотрудников",
                        "Internal clients (employees): internal processes and staff questionnaires")
                : lang.pick("Внешние клиенты — граждане и организации", "External clients: citizens and organisations");
    }

    /** The line of a part with no point at all. */
    static String emptyPart(Language lang) {
        return lang.pick("Болей не выявлено.", "No pain points.");
    }

    /** {@code Показано болей: 12 из 40.} / {@code Points shown: 12 of 40.} */
    static String shown(Language lang, int listed, int total) {
        return lang.pick("Показано болей: " + listed + " из " + total + ".", "Points shown: " + listed + " of " + total + ".");
    }

    /**
     * What is folded and where to find it: {@code Не показаны: с приоритетом ниже «средняя» — 20; менее чем на 5 упоминаниях — 3.
     * Полный список — в выгрузке JSON или CSV (otklik painmap --format csv).}
     */
    static String folded(Language lang, int byPriority, int byEvidence, Focus focus) {
        StringBuilder b = new StringBuilder(lang.pick("Не показаны: ", "Not shown: "));
        if (byPriority > 0) {
            b.append(lang.pick("с приоритетом ниже «" + focus.minPriority().word(lang) + "» — " + byPriority,
                    byPriority + " with priority below " + focus.minPriority().word(lang)));
        }
        if (byEvidence > 0) {
            if (byPriority > 0) {
                b.append("; ");
            }
            b.append(lang.pick("менее чем на " + focus.minEvidence() + " " + mentions(focus.minEvidence()) + " — " + byEvidence,
                    byEvidence + " resting on fewer than " + focus.minEvidence() + " mentions"));
        }
        return b.append(lang.pick(". Полный список — в выгрузке JSON или CSV (otklik painmap --format csv).",
                ". The full list is in the JSON or CSV export (otklik painmap --format csv).")).toString();
    }

    /** The note under a grouped view whose groups overlap. */
    static String overlap(Language lang) {
        return lang.pick("Процесс может относиться к нескольким группам; его боли показаны в каждой, поэтому группы не складываются.",
                "A process may belong to several groups; its points are shown in each, so the groups do not add up.");
    }

    /** The responsible unit as a person reads it: {@code UNASSIGNED} becomes {@code не назначен}. */
    static String responsible(Language lang, PainPoint p) {
        return PainPoint.UNASSIGNED.equals(p.responsible()) ? lang.pick("не назначен", "not assigned") : p.responsible();
    }

    /** The word of a level. */
    static String level(Language lang, Level level) {
        return level.word(lang);
    }

    /** «упоминании», «упоминаниях» after «менее чем на». */
    private static String mentions(long n) {
        return n % 10 == 1 && n % 100 != 11 ? "упоминании" : "упоминаниях";
    }

    /** The short name of an evidence source for the line under a title: {@code опрос}, {@code оценка}, {@code обращения}, … */
    static String source(Language lang, io.github.otklik.painmap.evidence.Source source) {
        return switch (source) {
            case SURVEY_PROBLEM -> lang.pick("опрос", "survey");
            case SURVEY_ASPECT -> lang.pick("низкие оценки", "low ratings");
            case APPEALS -> lang.pick("обращения", "appeals");
            case PROCESS_NEGATIVE -> lang.pick("отказы", "refusals");
            case LEGAL_DEADLINE -> lang.pick("просрочка", "overdue");
            case TEXT -> lang.pick("отзывы", "texts");
            case MANUAL -> lang.pick("аналитик", "analyst");
        };
    }

    /** One evidence item in words: {@code опрос 120 из 400 (30,0 %)} / {@code survey 120 of 400 (30.0 %)}; an analyst's entry without figures is its source alone. */
    static String evidence(Language lang, io.github.otklik.painmap.evidence.Evidence e) {
        String name = source(lang, e.source());
        return e.proportion().map(m -> name + " " + lang.integer(m.x()) + lang.pick(" из ", " of ") + lang.integer(m.n()) + " ("
                + lang.percent(m.share()) + ")").orElse(name);
    }
}
