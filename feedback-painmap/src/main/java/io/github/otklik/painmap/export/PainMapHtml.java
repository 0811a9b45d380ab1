package io.github.otklik.painmap.export;

import io.github.otklik.painmap.Grouping;
import io.github.otklik.core.text.Language;
import io.github.otklik.painmap.Level;
import io.github.otklik.painmap.PainMap;
import io.github.otklik.painmap.PainPoint;
import io.github.otklik.painmap.PainMapWords;

import java.util.List;
import java.util.Objects;

import static io.github.otklik.core.text.Html.escape;

/**
 * Writes a {@link PainMap} as one self-contained, printable HTML page (inline CSS, no scripts, no
 * external resources): a heading with the period, the date and the rule set, and a table with the
 * template's eight columns (seed 004), optionally split into groups ({@link Grouping}, such as the
 * process group). Levels are coloured; points with low evidence are marked. The human view a person
 * reads is the focused one ({@link #toHtml(PainMap, Focus)}): external and internal processes apart,
 * HIGH and MEDIUM points first and the rest counted. Every text is HTML-escaped ({@code & < > " '}).
 * Thread-safe.
 */
public final class PainMapHtml {
    private static final String CSS = String.join("\n",
            "body{font-family:\"PT Sans\",Arial,sans-serif;font-size:11pt;color:#111;margin:1.5em}",
            "h1{font-size:16pt;margin:0 0 .3em}",
            "p.meta{color:#444;margin:0 0 1em}",
            "table{border-collapse:collapse;width:100%}",
            "th,td{border:1px solid #888;padding:4px 6px;vertical-align:top;text-align:left}",
            "thead th{background:#eee}",
            "thead{display:table-header-group}",
            "tr{page-break-inside:avoid}",
            "tr.group th{background:#f6f6f6;font-size:12pt}",
            "td.no{text-align:right;white-space:nowrap}",
            "td.date{white-space:nowrap}",
            "ul{margin:0;padding-left:1.1em}",
            ".HIGH{color:#a40000;font-weight:bold}",
            ".MEDIUM{color:#8a5a00}",
            ".LOW{color:#2a6a2a}",
            "small{color:#666}",
            "@media print{body{margin:0}@page{size:A4 landscape;margin:12mm}}");

    private PainMapHtml() {
    }

    /** The page with one table of all points (every point, external and internal together: the full table). */
    public static String toHtml(PainMap map) {
        return render(map, null);
    }

    /** The page with the points grouped {@code by} the registry (a group heading row per group). */
    public static String toHtml(PainMap map, Grouping by) {
        return render(map, Objects.requireNonNull(by, "by"));
    }

    /**
     * The focused human view as a page (A4 portrait in print): external and internal processes in
     * two parts, each a table with one block of rows per process; the points {@code focus} does not
     * list are counted under each part with a pointer to the full export.
     *
     * @param map the map
     * @param focus which points are listed row by row
     * @return the page
     */
    public static String toHtml(PainMap map, Focus focus) {
        return FocusedHtml.page(map, Objects.requireNonNull(focus, "focus"), null, ClientSides.byProcessType());
    }

    /**
     * The focused human view as a page, the points parted by {@code sides}.
     *
     * @param map the map
     * @param focus which points are listed row by row
     * @param sides which points are the internal clients'
     * @return the page
     */
    public static String toHtml(PainMap map, Focus focus, ClientSides sides) {
        return FocusedHtml.page(map, Objects.requireNonNull(focus, "focus"), null, ClientSides.require(sides));
    }

    /**
     * The focused human view as a page, the points parted by {@code sides}, each part grouped {@code by} the registry.
     *
     * @param map the map
     * @param focus which points are listed row by row
     * @param by the grouping
     * @param sides which points are the internal clients'
     * @return the page
     */
    public static String toHtml(PainMap map, Focus focus, Grouping by, ClientSides sides) {
        return FocusedHtml.page(map, Objects.requireNonNull(focus, "focus"), Objects.requireNonNull(by, "by"), ClientSides.require(sides));
    }

    /**
     * The focused human view as a page, each part grouped {@code by} the registry (by {@link
     * Grouping#LIFE_SITUATION} or {@link Grouping#TOUCHPOINT} a process appears in each of its groups).
     *
     * @param map the map
     * @param focus which points are listed row by row
     * @param by the grouping
     * @return the page
     */
    public static String toHtml(PainMap map, Focus focus, Grouping by) {
        return FocusedHtml.page(map, Objects.requireNonNull(focus, "focus"), Objects.requireNonNull(by, "by"), ClientSides.byProcessType());
    }

    /**
     * The focused human view alone, with its stylesheet scoped to {@code .painmap-view}, for
     * embedding in another page such as the analytic report.
     *
     * @param map the map
     * @param focus which points are listed row by row
     * @return the HTML fragment
     */
    public static String view(PainMap map, Focus focus) {
        return FocusedHtml.fragment(map, Objects.requireNonNull(focus, "focus"), null, ClientSides.byProcessType());
    }

    /**
     * The focused human view alone, the points parted by {@code sides}, for embedding.
     *
     * @param map the map
     * @param focus which points are listed row by row
     * @param sides which points are the internal clients'
     * @return the HTML fragment
     */
    public static String view(PainMap map, Focus focus, ClientSides sides) {
        return FocusedHtml.fragment(map, Objects.requireNonNull(focus, "focus"), null, ClientSides.require(sides));
    }

    /**
     * The focused human view alone, grouped {@code by} the registry, for embedding.
     *
     * @param map the map
     * @param focus which points are listed row by row
     * @param by the grouping
     * @return the HTML fragment
     */
    public static String view(PainMap map, Focus focus, Grouping by) {
        return FocusedHtml.fragment(map, Objects.requireNonNull(focus, "focus"), Objects.requireNonNull(by, "by"), ClientSides.byProcessType());
    }

    private static String render(PainMap map, Grouping by) {
        Language lang = map.lang();
        String title = ExportWording.title(lang);
        StringBuilder b = new StringBuilder(4096 + 512 * map.items().size());
        b.append("<!DOCTYPE html>\n<html lang=\"").append(lang.code()).append("\">\n<head>\n<meta charset=\"utf-8\">\n<title>")
                .append(escape(title + " — " + map.period().label())).append("</title>\n<style>\n").append(CSS)
                .append("\n</style>\n</head>\n<body>\n<h1>").append(escape(title)).append("</h1>\n<p class=\"meta\">")
                .append(escape(ExportWording.meta(map)))
                .append("</p>\n");
        table(b, map, by);
        b.append("</body>\n</html>\n");
        return b.toString();
    }

    /**
     * Only the table of the map (the template's eight columns), every text escaped, for
     * embedding in another page such as the analytic report; {@code by} may be null for one list.
     */
    public static String table(PainMap map, Grouping by) {
        StringBuilder b = new StringBuilder(1024 + 512 * map.items().size());
        table(b, map, by);
        return b.toString();
    }

    private static void table(StringBuilder b, PainMap map, Grouping by) {
        Language lang = map.lang();
        b.append("<table class=\"painmap\">\n<thead>\n<tr>");
        for (String h : ExportWording.headers(lang)) {
            b.append("<th>").append(escape(h)).append("</th>");
        }
        b.append("</tr>\n</thead>\n<tbody>\n");
        if (by == null) {
            rows(b, map.items(), lang);
        } else {
            for (PainMap.Group g : map.groups(by)) {
                b.append("<tr class=\"group\"><th colspan=\"8\">").append(escape(g.label())).append("</th></tr>\n");
                rows(b, g.points(), lang);
            }
        }
        b.append("</tbody>\n</table>\n");
    }

    private static void rows(StringBuilder b, List<PainPoint> points, Language lang) {
        for (PainPoint p : points) {
            b.append("<tr><td class=\"no\">").append(p.no()).append("</td><td>").append(escape(p.processName())).append("</td><td>")
                    .append(escape(p.title())).append("</td><td>");
            level(b, p.prevalence(), lang);
            if (p.lowEvidence()) {
                b.append(" <small>(").append(ExportWording.lowEvidence(lang)).append(")</small>");
            }
            b.append("</td><td>");
            level(b, p.priority(), lang);
            b.append("</td><td>");
            HtmlCells.measures(b, p.measures());
            b.append("</td><td>").append(escape(PainMapWords.responsible(p.responsible(), lang))).append("</td>");
            HtmlCells.deadline(b, p.deadline(), lang);
            b.append("</tr>\n");
        }
    }

    private static void level(StringBuilder b, Level level, Language lang) {
        b.append("<span class=\"").append(level.name()).append("\">").append(escape(level.word(lang))).append("</span>");
    }
}
