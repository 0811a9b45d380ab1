package io.github.otklik.report;

import io.github.otklik.core.text.Html;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;

/**
 * A horizontal bar chart drawn as inline SVG: one row per item, a bar for a share in [0, 1] with
 * its value written at the bar's end, an optional confidence-interval whisker, and a note (the
 * count) in the right-hand column. Long labels wrap onto a second line and are cut by code point,
 * never inside a character. Needs no script, prints as vector graphics. Every text is escaped.
 */
final class BarChart {
    private static final int WIDTH = 720;
    private static final int LABEL = 270;
    private static final int NOTE = 120;
    private static final int LINE = 34; // characters per label line
    private static final int ROW = 30;

    private record Row(String label, OptionalDouble value, double low, double high, String valueText, String note, boolean highlight) {
    }

    private final String title;
    private final List<Row> rows = new ArrayList<>();

    BarChart(String title) {
        this.title = title;
    }

    /** A row without a bar (a suppressed or empty item): the note says why. */
    BarChart empty(String label, String note) {
        rows.add(new Row(label, OptionalDouble.empty(), Double.NaN, Double.NaN, "", note, false));
        return this;
    }

    /** A bar of {@code value} with its text, no interval. */
    BarChart bar(String label, double value, String valueText, String note) {
        rows.add(new Row(label, OptionalDouble.of(value), Double.NaN, Double.NaN, valueText, note, false));
        return this;
    }

    /** A bar with its 95 % interval, highlighted when it is among the weakest. */
    BarChart bar(String label, double value, double low, double high, String valueText, String note, boolean highlight) {
        rows.add(new Row(label, OptionalDouble.of(value), low, high, valueText, note, highlight));
        return this;
    }

    boolean isEmpty() {
        return rows.isEmpty();
    }

    String svg() {
        int plot = WIDTH - LABEL - NOTE - 55;
        int height = rows.size() * ROW + 22;
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "<svg class=\"chart\" role=\"img\" viewBox=\"0 0 %d %d\" width=\"%d\" height=\"%d\" "
                + "xmlns=\"http://www.w3.org/2000/svg\"><title>%s</title>", WIDTH, height, WIDTH, height, Html.escape(title)));
        int bottom = rows.size() * ROW;
        for (int tick = 0; tick <= 100; tick += 25) {
            double x = LABEL + plot * tick / 100.0;
            sb.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"0\" x2=\"%.1f\" y2=\"%d\" class=\"grid\"/>"
                    + "<text x=\"%.1f\" y=\"%d\" class=\"tick\">%d %%</text>", x, x, bottom, x, bottom + 15, tick));
        }
        for (int i = 0; i < rows.size(); i++) {
            row(sb, rows.get(i), i * ROW, plot);
        }
        return sb.append("</svg>").toString();
    }

    private void row(StringBuilder sb, Row r, int y, int plot) {
        List<String> lines = wrap(r.label);
        sb.append("<g").append(r.highlight ? " class=\"weakest\"" : "").append("><title>").append(Html.escape(r.label)).append("</title>");
        if (lines.size() == 1) {
            sb.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" class=\"label\">%s</text>", LABEL - 8, y + 19,
                    Html.escape(lines.get(0))));
        } else {
            sb.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" class=\"label\"><tspan x=\"%d\" dy=\"0\">%s</tspan>"
                    + "<tspan x=\"%d\" dy=\"12\">%s</tspan></text>", LABEL - 8, y + 13, LABEL - 8, Html.escape(lines.get(0)), LABEL - 8,
                    Html.escape(lines.get(1))));
        }
        if (r.value.isPresent()) {
            double w = plot * clamp(r.value.getAsDouble());
            sb.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"%.1f\" height=\"16\" class=\"%s\"/>", LABEL, y + 7, w,
                    r.highlight ? "bar weak" : "bar"));
            double end = LABEL + w;
            if (!Double.isNaN(r.low)) {
                double x1 = LABEL + plot * clamp(r.low);
                double x2 = LABEL + plot * clamp(r.high);
                sb.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" class=\"ci\"/>"
                        + "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" class=\"ci\"/>"
                        + "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" class=\"ci\"/>",
                        x1, y + 15, x2, y + 15, x1, y + 10, x1, y + 20, x2, y + 10, x2, y + 20));
                end = Math.max(end, x2);
            }
            sb.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" class=\"value\">%s</text>", end + 5, y + 19,
                    Html.escape(r.valueText)));
        }
        sb.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" class=\"note\">%s</text></g>", WIDTH - NOTE + 4, y + 19,
                Html.escape(r.note)));
    }

    /** The label in at most two lines of {@link #LINE} code points, broken between words where possible. */
    static List<String> wrap(String label) {
        if (label.codePointCount(0, label.length()) <= LINE) {
            return List.of(label);
        }
        int cut = cutAt(label, LINE);
        int space = label.lastIndexOf(' ', cut);
        int first = space > 0 ? space : cut;
        String rest = label.substring(first).strip();
        if (rest.codePointCount(0, rest.length()) > LINE) {
            rest = rest.substring(0, cutAt(rest, LINE - 1)).stripTrailing() + "…";
        }
        return List.of(label.substring(0, first).stripTrailing(), rest);
    }

    /** The char index after the first {@code codePoints} code points. */
    private static int cutAt(String s, int codePoints) {
        return s.offsetByCodePoints(0, Math.min(codePoints, s.codePointCount(0, s.length())));
    }

    private static double clamp(double v) {
        return Math.max(0, Math.min(1, v));
    }
}
