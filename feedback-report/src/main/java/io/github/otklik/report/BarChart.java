package io.github.otklik.report;

import io.github.otklik.core.text.Html;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;

/**
 * A horizontal bar chart drawn as inline SVG: one row per label, a bar for a share in [0, 1], an
 * optional confidence-interval whisker, and a note at the end of the row. Needs no script to read
 * and prints as vector graphics. Labels and notes are escaped.
 */
final class BarChart {
    private static final int WIDTH = 680;
    private static final int LABEL = 230;
    private static final int NOTE = 150;
    private static final int ROW = 22;

    private record Row(String label, OptionalDouble value, double low, double high, String note, boolean highlight) {
    }

    private final String title;
    private final List<Row> rows = new ArrayList<>();

    BarChart(String title) {
        this.title = title;
    }

    BarChart row(String label, OptionalDouble value, String note) {
        rows.add(new Row(label, value, Double.NaN, Double.NaN, note, false));
        return this;
    }

    BarChart row(String label, OptionalDouble value, double low, double high, String note, boolean highlight) {
        rows.add(new Row(label, value, low, high, note, highlight));
        return this;
    }

    boolean isEmpty() {
        return rows.isEmpty();
    }

    String svg() {
        int plot = WIDTH - LABEL - NOTE;
        int height = rows.size() * ROW + 24;
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "<svg class=\"chart\" role=\"img\" viewBox=\"0 0 %d %d\" width=\"%d\" height=\"%d\" "
                + "xmlns=\"http://www.w3.org/2000/svg\"><title>%s</title>", WIDTH, height, WIDTH, height, Html.escape(title)));
        for (int tick = 0; tick <= 100; tick += 25) {
            double x = LABEL + plot * tick / 100.0;
            sb.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"0\" x2=\"%.1f\" y2=\"%d\" class=\"grid\"/>"
                    + "<text x=\"%.1f\" y=\"%d\" class=\"tick\">%d%%</text>", x, x, rows.size() * ROW, x, rows.size() * ROW + 16, tick));
        }
        for (int i = 0; i < rows.size(); i++) {
            Row r = rows.get(i);
            int y = i * ROW;
            String label = r.label.length() > 32 ? r.label.substring(0, 31) + "…" : r.label;
            sb.append(String.format(Locale.ROOT, "<g><title>%s</title><text x=\"%d\" y=\"%d\" class=\"label\">%s</text>",
                    Html.escape(r.label), LABEL - 6, y + 15, Html.escape(label)));
            if (r.value.isPresent()) {
                double w = plot * clamp(r.value.getAsDouble());
                sb.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"%.1f\" height=\"14\" class=\"%s\"/>", LABEL, y + 4, w,
                        r.highlight ? "bar weak" : "bar"));
                if (!Double.isNaN(r.low)) {
                    double x1 = LABEL + plot * clamp(r.low);
                    double x2 = LABEL + plot * clamp(r.high);
                    sb.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" class=\"ci\"/>"
                            + "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" class=\"ci\"/>"
                            + "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" class=\"ci\"/>",
                            x1, y + 11, x2, y + 11, x1, y + 6, x1, y + 16, x2, y + 6, x2, y + 16));
                }
            }
            sb.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" class=\"note\">%s</text></g>", WIDTH - NOTE + 6, y + 15,
                    Html.escape(r.note)));
        }
        return sb.append("</svg>").toString();
    }

    private static double clamp(double v) {
        return Math.max(0, Math.min(1, v));
    }
}
