package io.github.otklik.report;

import io.github.otklik.metrics.Cell;
import io.github.otklik.metrics.satisfaction.ScaleResult;

/** The rows the report's charts share: a scale as its satisfied share with the Wilson interval. */
final class Rows {
    private Rows() {
    }

    /** Adds {@code cell} as a bar of its satisfied share, or as a note when it is suppressed or unanswered. */
    static void scale(BarChart chart, String label, Cell<ScaleResult> cell, boolean weakest, Texts t) {
        if (cell.isSuppressed()) {
            chart.empty(label, t.t("suppressed"));
            return;
        }
        ScaleResult s = cell.figure().orElseThrow();
        if (s.share().isEmpty()) {
            chart.empty(label, t.t("none"));
            return;
        }
        double share = s.share().getAsDouble();
        chart.bar(label, share, s.ci95().orElseThrow().low(), s.ci95().orElseThrow().high(), t.percent(share), "n = " + t.integer(s.answered()),
                weakest);
    }
}
