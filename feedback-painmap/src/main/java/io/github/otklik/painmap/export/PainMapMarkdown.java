package io.github.otklik.painmap.export;

import io.github.otklik.painmap.PainMap;
import io.github.otklik.painmap.PainPoint;

import java.util.List;

/**
 * Writes a {@link PainMap} as a Markdown (GitHub-flavoured) table with the template's eight columns
 * (seed 004), headers in the map's language, one row per point, LF line ends and a final newline.
 * In every cell a backslash and the characters {@code | ` * _ [ ] < > & ~ # !} are escaped with a
 * backslash (so no text becomes markup, a link or raw HTML), and line breaks become {@code <br>}.
 * Thread-safe.
 */
public final class PainMapMarkdown {
    private static final String SPECIAL = "\\|`*_[]<>&~#!";

    private PainMapMarkdown() {
    }

    /** The Markdown table. */
    public static String toMarkdown(PainMap map) {
        StringBuilder b = new StringBuilder();
        row(b, ExportWording.headers(map.lang()));
        b.append('|');
        for (int i = 0; i < Columns.COUNT; i++) {
            b.append(" --- |");
        }
        b.append('\n');
        for (PainPoint p : map.items()) {
            row(b, Columns.cells(p, map.lang()));
        }
        return b.toString();
    }

    /**
     * The focused human view in Markdown: a heading per part (external, then internal processes), a
     * table of the eight columns with the rows of each process together, and a line counting the
     * points {@code focus} does not list, with a pointer to the full export.
     *
     * @param map the map
     * @param focus which points are listed row by row
     * @return the Markdown text
     */
    public static String toMarkdown(PainMap map, Focus focus) {
        return FocusedMarkdown.render(map, java.util.Objects.requireNonNull(focus, "focus"), null, ClientSides.byProcessType());
    }

    /**
     * The focused human view in Markdown, the points parted by {@code sides}.
     *
     * @param map the map
     * @param focus which points are listed row by row
     * @param sides which points are the internal clients'
     * @return the Markdown text
     */
    public static String toMarkdown(PainMap map, Focus focus, ClientSides sides) {
        return FocusedMarkdown.render(map, java.util.Objects.requireNonNull(focus, "focus"), null, ClientSides.require(sides));
    }

    /**
     * The focused human view in Markdown, the points parted by {@code sides}, each part grouped {@code by} the registry.
     *
     * @param map the map
     * @param focus which points are listed row by row
     * @param by the grouping
     * @param sides which points are the internal clients'
     * @return the Markdown text
     */
    public static String toMarkdown(PainMap map, Focus focus, io.github.otklik.painmap.Grouping by, ClientSides sides) {
        return FocusedMarkdown.render(map, java.util.Objects.requireNonNull(focus, "focus"), java.util.Objects.requireNonNull(by, "by"),
                ClientSides.require(sides));
    }

    /**
     * The focused human view in Markdown, each part grouped {@code by} the registry.
     *
     * @param map the map
     * @param focus which points are listed row by row
     * @param by the grouping
     * @return the Markdown text
     */
    public static String toMarkdown(PainMap map, Focus focus, io.github.otklik.painmap.Grouping by) {
        return FocusedMarkdown.render(map, java.util.Objects.requireNonNull(focus, "focus"), java.util.Objects.requireNonNull(by, "by"),
                ClientSides.byProcessType());
    }

    private static void row(StringBuilder b, List<String> cells) {
        b.append('|');
        for (String c : cells) {
            b.append(' ').append(escape(c)).append(" |");
        }
        b.append('\n');
    }

    /** {@code text} safe inside a table cell. */
    static String escape(String text) {
        StringBuilder b = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\r') {
                if (i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                b.append("<br>");
            } else if (c == '\n') {
                b.append("<br>");
            } else if (SPECIAL.indexOf(c) >= 0) {
                b.append('\\').append(c);
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }
}
