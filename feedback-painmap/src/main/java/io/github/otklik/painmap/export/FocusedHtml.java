package io.github.otklik.painmap.export;

import io.github.otklik.core.text.Language;
import io.github.otklik.painmap.Grouping;
import io.github.otklik.painmap.Level;
import io.github.otklik.painmap.PainMap;
import io.github.otklik.painmap.PainPoint;
import io.github.otklik.painmap.evidence.Evidence;

import java.util.List;

import static io.github.otklik.core.text.Html.escape;

/**
 * The focused HTML view of a pain map ({@link MapLayout}): two parts, external and internal processes,
 * each a table of the template's eight columns with one block of rows per process (the process is
 * named on the block's first row; a block may break across pages), the evidence of each point in words under its title, and a line that counts the
 * points not listed and points to the full export. The style is scoped to {@code .painmap-view}, so
 * the fragment can be embedded in another page; the table fits A4 portrait and a 1200 px window
 * (fixed column widths, long words wrap). Stateless.
 */
final class FocusedHtml {
    /** The view's stylesheet, scoped to {@code .painmap-view}. */
    static final String CSS = String.join("\n",
            ".painmap-view h2{font-size:13pt;margin:1.2em 0 .3em;break-after:avoid}",
            ".painmap-view h3{font-size:11pt;margin:.9em 0 .3em;break-after:avoid}",
            ".painmap-view h4{font-size:10pt;margin:.8em 0 .3em;break-after:avoid}",
            ".painmap-view p.count,.painmap-view p.folded,.painmap-view p.note{color:#444;margin:.2em 0 .6em;font-size:9.5pt}",
            ".painmap-view table{border-collapse:collapse;width:100%;table-layout:fixed;font-size:9.5pt;line-height:1.3}",
            ".painmap-view th,.painmap-view td{border:1px solid #9aa5b1;padding:3px 4px;vertical-align:top;text-align:left;"
                    + "overflow-wrap:anywhere;word-wrap:break-word;hyphens:auto}",
            ".painmap-view thead th{background:#eef3f8;font-size:8.5pt;font-weight:600}",
            ".painmap-view thead{display:table-header-group}",
            ".painmap-view tr{break-inside:avoid;page-break-inside:avoid}",
            ".painmap-view tbody.process{border-top:2px solid #56677a}",
            ".painmap-view td.process{font-weight:600;background:#f7f9fb;border-top-color:#56677a}",
            ".painmap-view td.process.more{border-top-color:#f7f9fb}",
            ".painmap-view td.no{text-align:right}",
            ".painmap-view td.date{white-space:nowrap;overflow-wrap:normal}",
            ".painmap-view col.no{width:4.5%}.painmap-view col.process{width:13%}.painmap-view col.title{width:23%}",
            ".painmap-view col.level{width:11%}.painmap-view col.measures{width:14.5%}.painmap-view col.responsible{width:12%}",
            ".painmap-view col.date{width:11%}",
            ".painmap-view.embedded table{font-size:8.5pt}.painmap-view.embedded thead th{font-size:7.5pt}",
            ".painmap-view ul{margin:0;padding-left:1.1em}",
            ".painmap-view small{display:block;color:#555;font-size:8pt;margin-top:2px}",
            ".painmap-view .HIGH{color:#a40000;font-weight:bold}",
            ".painmap-view .MEDIUM{color:#8a5a00}",
            ".painmap-view .LOW{color:#2a6a2a}",
            "@media print{.painmap-view table{font-size:7.5pt}.painmap-view thead th{font-size:7pt}"
                    + ".painmap-view small{font-size:6.5pt}.painmap-view.embedded table{font-size:7.5pt}"
                    + ".painmap-view.embedded thead th{font-size:6.5pt}}");

    /** The page's own stylesheet around the view. */
    private static final String PAGE_CSS = String.join("\n",
            "body{font-family:\"PT Sans\",\"DejaVu Sans\",Arial,sans-serif;font-size:11pt;color:#111;margin:1.5em auto;max-width:1160px}",
            "h1{font-size:16pt;margin:0 0 .3em}",
            "p.meta{color:#444;margin:0 0 1em}",
            "html{-webkit-print-color-adjust:exact;print-color-adjust:exact}",
            "@media print{body{margin:0;max-width:none}@page{size:A4 portrait;margin:12mm}}");

    private FocusedHtml() {
    }

    /** The whole page. */
    static String page(PainMap map, Focus focus, Grouping by, ClientSides sides) {
        Language lang = map.lang();
        String title = ExportWording.title(lang);
        StringBuilder b = new StringBuilder(4096 + 600 * map.items().size());
        b.append("<!DOCTYPE html>\n<html lang=\"").append(lang.code()).append("\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>")
                .append(escape(title + " — " + map.period().label())).append("</title>\n<style>\n").append(PAGE_CSS).append('\n')
                .append(CSS).append("\n</style>\n</head>\n<body>\n<h1>").append(escape(title)).append("</h1>\n<p class=\"meta\">")
                .append(escape(ExportWording.meta(map))).append("</p>\n");
        view(b, map, focus, by, sides, false);
        b.append("</body>\n</html>\n");
        return b.toString();
    }

    /** The view alone, with its scoped stylesheet, for embedding (the report). */
    static String fragment(PainMap map, Focus focus, Grouping by, ClientSides sides) {
        StringBuilder b = new StringBuilder(2048 + 600 * map.items().size());
        view(b, map, focus, by, sides, true);
        return b.toString();
    }

    private static void view(StringBuilder b, PainMap map, Focus focus, Grouping by, ClientSides sides, boolean withStyle) {
        Language lang = map.lang();
        b.append(withStyle ? "<div class=\"painmap-view embedded\">\n" : "<div class=\"painmap-view\">\n");
        if (withStyle) {
            b.append("<style>\n").append(CSS).append("\n</style>\n");
        }
        for (MapLayout.Part part : MapLayout.parts(map, focus, by, sides)) {
            if (part.internal() && part.isEmpty()) {
                continue; // a map without internal processes has no internal part
            }
            // in a page the parts are h2; embedded in a report, whose sections are h2, they are h3
            String h = withStyle ? "h3" : "h2";
            String sub = withStyle ? "h4" : "h3";
            b.append("<section class=\"part ").append(part.internal() ? "internal" : "external").append("\">\n<").append(h).append('>')
                    .append(escape(ViewWording.part(lang, part.internal()))).append("</").append(h).append(">\n");
            if (part.isEmpty()) {
                b.append("<p class=\"count\">").append(escape(ViewWording.emptyPart(lang))).append("</p>\n</section>\n");
                continue;
            }
            b.append("<p class=\"count\">").append(escape(ViewWording.shown(lang, part.listed(), part.total()))).append("</p>\n");
            for (MapLayout.Section s : part.sections()) {
                if (s.label() != null) {
                    b.append('<').append(sub).append('>').append(escape(s.label())).append("</").append(sub).append(">\n");
                }
                table(b, s.blocks(), lang);
            }
            if (by == Grouping.LIFE_SITUATION || by == Grouping.TOUCHPOINT) {
                b.append("<p class=\"note\">").append(escape(ViewWording.overlap(lang))).append("</p>\n");
            }
            if (part.foldedByPriority() + part.foldedByEvidence() > 0) {
                b.append("<p class=\"folded\">")
                        .append(escape(ViewWording.folded(lang, part.foldedByPriority(), part.foldedByEvidence(), focus))).append("</p>\n");
            }
            b.append("</section>\n");
        }
        b.append("</div>\n");
    }

    private static void table(StringBuilder b, List<MapLayout.Block> blocks, Language lang) {
        if (blocks.isEmpty()) {
            return;
        }
        b.append("<table class=\"painmap\">\n<colgroup><col class=\"no\"><col class=\"process\"><col class=\"title\"><col class=\"level\">"
                + "<col class=\"level\"><col class=\"measures\"><col class=\"responsible\"><col class=\"date\"></colgroup>\n<thead>\n<tr>");
        for (String h : ExportWording.headers(lang)) {
            b.append("<th>").append(escape(h)).append("</th>");
        }
        b.append("</tr>\n</thead>\n");
        for (MapLayout.Block block : blocks) {
            b.append("<tbody class=\"process\">\n");
            List<PainPoint> points = block.points();
            for (int i = 0; i < points.size(); i++) {
                PainPoint p = points.get(i);
                b.append("<tr><td class=\"no\">").append(p.no()).append("</td>");
                // the name on the block's first row only: a spanning cell would keep the block from breaking across pages
                b.append(i == 0 ? "<td class=\"process\">" + escape(block.processName()) : "<td class=\"process more\">").append("</td>");
                b.append("<td>").append(escape(p.title()));
                evidence(b, p, lang);
                b.append("</td><td>");
                level(b, p.prevalence(), lang);
                if (p.lowEvidence()) {
                    b.append("<small>").append(escape(ExportWording.lowEvidence(lang))).append("</small>");
                }
                b.append("</td><td>");
                level(b, p.priority(), lang);
                b.append("</td><td>");
                HtmlCells.measures(b, p.measures());
                b.append("</td><td>").append(escape(ViewWording.responsible(lang, p))).append("</td>");
                HtmlCells.deadline(b, p.deadline(), lang);
                b.append("</tr>\n");
            }
            b.append("</tbody>\n");
        }
        b.append("</table>\n");
    }

    private static void evidence(StringBuilder b, PainPoint p, Language lang) {
        b.append("<small>");
        for (int i = 0; i < p.evidence().size(); i++) {
            Evidence e = p.evidence().get(i);
            if (i > 0) {
                b.append(" · ");
            }
            b.append(escape(ViewWording.evidence(lang, e)));
        }
        b.append("</small>");
    }

    private static void level(StringBuilder b, Level level, Language lang) {
        b.append("<span class=\"").append(level.name()).append("\">").append(escape(level.word(lang))).append("</span>");
    }
}
