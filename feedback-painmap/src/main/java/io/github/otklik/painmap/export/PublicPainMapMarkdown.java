package io.github.otklik.painmap.export;

import io.github.otklik.core.text.Language;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a {@link PublicPainMap} as Markdown: the title, the introduction, then per process a heading
 * and a table (what you told us, priority, what we decided, status, deadline, responsible), every cell
 * escaped as {@link PainMapMarkdown#escape} does. Thread-safe.
 */
public final class PublicPainMapMarkdown {
    private PublicPainMapMarkdown() {
    }

    /**
     * The public edition as Markdown.
     *
     * @param map the public edition
     * @return the Markdown text
     */
    public static String toMarkdown(PublicPainMap map) {
        Language lang = map.lang();
        StringBuilder b = new StringBuilder();
        b.append("# ").append(PainMapMarkdown.escape(PublicWording.title(lang))).append("\n\n")
                .append(PainMapMarkdown.escape(PublicWording.intro(lang, map))).append('\n');
        if (map.items().isEmpty()) {
            b.append('\n').append(PainMapMarkdown.escape(PublicWording.none(lang))).append('\n');
            return b.toString();
        }
        for (Map.Entry<String, List<PublicPainMap.Item>> e : byProcess(map.items()).entrySet()) {
            b.append("\n## ").append(PainMapMarkdown.escape(e.getKey())).append("\n\n");
            List<String> headers = PublicWording.headers(lang);
            row(b, headers);
            b.append('|');
            for (int i = 0; i < headers.size(); i++) {
                b.append(" --- |");
            }
            b.append('\n');
            for (PublicPainMap.Item i : e.getValue()) {
                List<String> cells = new ArrayList<>();
                cells.add(Integer.toString(i.no()));
                StringBuilder what = new StringBuilder(i.title());
                for (PublicPainMap.Figure f : i.figures()) {
                    what.append(" (").append(PublicWording.figure(lang, f)).append(')');
                }
                cells.add(what.toString());
                cells.add(i.priority().word(lang));
                cells.add(i.measures().isEmpty() ? PublicWording.noMeasures(lang) : String.join("; ", i.measures()));
                cells.add(PublicWording.status(lang, i.status()));
                cells.add(ExportWording.date(i.deadline(), lang));
                cells.add(PublicWording.responsible(lang, i.responsible()));
                row(b, cells);
            }
        }
        b.append('\n').append(PainMapMarkdown.escape(PublicWording.figuresNote(lang, map.minCell()))).append('\n');
        return b.toString();
    }

    /** The items by process name, processes in the order of their first item. */
    static Map<String, List<PublicPainMap.Item>> byProcess(List<PublicPainMap.Item> items) {
        Map<String, List<PublicPainMap.Item>> out = new LinkedHashMap<>();
        for (PublicPainMap.Item i : items) {
            out.computeIfAbsent(i.processName(), k -> new ArrayList<>()).add(i);
        }
        return out;
    }

    private static void row(StringBuilder b, List<String> cells) {
        b.append('|');
        for (String c : cells) {
            b.append(' ').append(PainMapMarkdown.escape(c)).append(" |");
        }
        b.append('\n');
    }
}
