package io.github.otklik.painmap.export;

import io.github.otklik.core.text.Language;
import io.github.otklik.painmap.Level;

import java.util.List;
import java.util.Map;
import java.util.Objects;

import static io.github.otklik.core.text.Html.escape;

/**
 * Writes a {@link PublicPainMap} as HTML an agency can publish on its site: one self-contained page
 * (inline CSS, no scripts, no external resources, A4 portrait in print) or a fragment for the public
 * report, with a block per process and a table of what clients told us, the priority, what was
 * decided, the status, the deadline and the responsible unit. Every text is HTML-escaped. Thread-safe.
 */
public final class PublicPainMapHtml {
    private static final String CSS = String.join("\n",
            ".you-said h2,.you-said h3{font-size:13pt;margin:1.2em 0 .4em;color:#0b3d6b;break-after:avoid;border:none}",
            ".you-said p.intro,.you-said p.note,.you-said p.folded{color:#333;margin:.3em 0 .8em}",
            ".you-said table{border-collapse:collapse;width:100%;table-layout:fixed;font-size:10pt;line-height:1.35;margin-bottom:.6em}",
            ".you-said th,.you-said td{border-bottom:1px solid #c9d3dd;padding:5px 6px;vertical-align:top;text-align:left;overflow-wrap:anywhere}",
            ".you-said thead th{background:#eef3f8;font-size:9pt;font-weight:600}",
            ".you-said thead{display:table-header-group}",
            ".you-said tr{break-inside:avoid;page-break-inside:avoid}",
            ".you-said td.no{text-align:right;color:#555}",
            ".you-said td.date{white-space:nowrap;overflow-wrap:normal}",
            ".you-said col.no{width:5%}.you-said col.what{width:27%}.you-said col.priority{width:11%}.you-said col.measures{width:20%}",
            ".you-said col.status{width:12%}.you-said col.date{width:11%}.you-said col.responsible{width:14%}",
            ".you-said.embedded table{font-size:8.5pt}.you-said.embedded th,.you-said.embedded td{padding:4px 4px}",
            ".you-said.embedded thead th{font-size:7.5pt}",
            ".you-said ul{margin:0;padding-left:1.1em}",
            ".you-said small{display:block;color:#555;font-size:8.5pt;margin-top:2px}",
            ".you-said .HIGH{color:#a40000;font-weight:bold}.you-said .MEDIUM{color:#8a5a00}.you-said .LOW{color:#2a6a2a}",
            "@media print{.you-said table{font-size:8.5pt}.you-said thead th{font-size:7.5pt}}");

    private static final String PAGE_CSS = String.join("\n",
            "body{font-family:\"PT Sans\",\"DejaVu Sans\",Arial,sans-serif;font-size:11pt;color:#1d1d1f;margin:1.5em auto;max-width:1100px;padding:0 1em}",
            "h1{font-size:18pt;margin:0 0 .3em;color:#0b3d6b}",
            "html{-webkit-print-color-adjust:exact;print-color-adjust:exact}",
            "@media print{body{margin:0;max-width:none;padding:0}@page{size:A4 portrait;margin:14mm}}");

    private PublicPainMapHtml() {
    }

    /**
     * The public edition as one page, every point listed.
     *
     * @param map the public edition
     * @return the page
     */
    public static String toHtml(PublicPainMap map) {
        Language lang = map.lang();
        String title = PublicWording.title(lang);
        StringBuilder b = new StringBuilder(4096 + 400 * map.items().size());
        b.append("<!DOCTYPE html>\n<html lang=\"").append(lang.code()).append("\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>").append(escape(title))
                .append("</title>\n<style>\n").append(PAGE_CSS).append('\n').append(CSS).append("\n</style>\n</head>\n<body>\n<h1>")
                .append(escape(title)).append("</h1>\n");
        body(b, map, Level.LOW, false);
        b.append("</body>\n</html>\n");
        return b.toString();
    }

    /**
     * The public edition as a fragment with its scoped stylesheet (the public report's section): the
     * points of priority at least {@code minPriority} listed, the others counted.
     *
     * @param map the public edition
     * @param minPriority the lowest priority listed
     * @return the HTML fragment
     */
    public static String view(PublicPainMap map, Level minPriority) {
        StringBuilder b = new StringBuilder(2048 + 400 * map.items().size());
        body(b, map, Objects.requireNonNull(minPriority, "minPriority"), true);
        return b.toString();
    }

    private static void body(StringBuilder b, PublicPainMap map, Level minPriority, boolean withStyle) {
        Language lang = map.lang();
        b.append(withStyle ? "<div class=\"you-said embedded\">\n" : "<div class=\"you-said\">\n");
        if (withStyle) {
            b.append("<style>\n").append(CSS).append("\n</style>\n");
        }
        b.append("<p class=\"intro\">").append(escape(PublicWording.intro(lang, map))).append("</p>\n");
        List<PublicPainMap.Item> listed = map.items().stream().filter(i -> i.priority().compareTo(minPriority) >= 0).toList();
        if (map.items().isEmpty()) {
            b.append("<p class=\"note\">").append(escape(PublicWording.none(lang))).append("</p>\n</div>\n");
            return;
        }
        for (Map.Entry<String, List<PublicPainMap.Item>> e : PublicPainMapMarkdown.byProcess(listed).entrySet()) {
            String h = withStyle ? "h3" : "h2"; // embedded in a report, whose sections are h2
            b.append("<section class=\"process\">\n<").append(h).append('>').append(escape(e.getKey())).append("</").append(h)
                    .append(">\n<table>\n<colgroup><col class=\"no\">"
                    + "<col class=\"what\"><col class=\"priority\"><col class=\"measures\"><col class=\"status\"><col class=\"date\">"
                    + "<col class=\"responsible\"></colgroup>\n<thead><tr>");
            for (String header : PublicWording.headers(lang)) {
                b.append("<th>").append(escape(header)).append("</th>");
            }
            b.append("</tr></thead>\n<tbody>\n");
            for (PublicPainMap.Item i : e.getValue()) {
                b.append("<tr><td class=\"no\">").append(i.no()).append("</td><td>").append(escape(i.title()));
                for (PublicPainMap.Figure f : i.figures()) {
                    b.append("<small>").append(escape(PublicWording.figure(lang, f))).append("</small>");
                }
                b.append("</td><td><span class=\"").append(i.priority().name()).append("\">").append(escape(i.priority().word(lang)))
                        .append("</span></td><td>");
                if (i.measures().isEmpty()) {
                    b.append(escape(PublicWording.noMeasures(lang)));
                } else {
                    HtmlCells.measures(b, i.measures());
                }
                b.append("</td><td>").append(escape(PublicWording.status(lang, i.status()))).append("</td>");
                HtmlCells.deadline(b, i.deadline(), lang);
                b.append("<td>").append(escape(PublicWording.responsible(lang, i.responsible()))).append("</td></tr>\n");
            }
            b.append("</tbody>\n</table>\n</section>\n");
        }
        int folded = map.items().size() - listed.size();
        if (folded > 0) {
            b.append("<p class=\"folded\">").append(escape(PublicWording.folded(lang, folded))).append("</p>\n");
        }
        b.append("<p class=\"note\">").append(escape(PublicWording.figuresNote(lang, map.minCell()))).append("</p>\n</div>\n");
    }
}
