package io.github.otklik.report;

import io.github.otklik.metrics.report.MetricsReport;
import io.github.otklik.metrics.report.SatisfactionGroup;
import io.github.otklik.metrics.satisfaction.ScaleResult;

import static io.github.otklik.report.Context.esc;

/** The trend table: each group's satisfied share against the previous period, significant changes marked. */
final class Trend {
    private Trend() {
    }

    static void render(StringBuilder h, Context c, MetricsReport r) {
        if (r.comparedWith().isEmpty() || r.satisfaction().stream().noneMatch(g -> g.comparison().isPresent())) {
            return;
        }
        Texts t = c.t();
        h.append("<h3>").append(esc(t.t("trend") + " (" + c.dates().period(r.comparedWith().get()) + ")"))
                .append("</h3>\n<table class=\"data\"><tr><th>").append(esc(t.t("group"))).append("</th><th>").append(esc(t.t("previous")))
                .append("</th><th>").append(esc(t.t("share"))).append("</th><th>").append(esc(t.t("delta"))).append("</th><th>")
                .append(esc(t.t("pValue"))).append("</th></tr>\n");
        for (SatisfactionGroup g : r.satisfaction()) {
            if (g.comparison().isEmpty()) {
                continue;
            }
            var cmp = g.comparison().get();
            ScaleResult now = g.figures().figure().get().overall();
            h.append("<tr").append(cmp.pValue() < 0.05 ? " class=\"significant\"" : "").append("><td>")
                    .append(esc(c.labels().group(g.key(), c.lang()))).append("</td><td>").append(esc(t.percent(cmp.previousShare())))
                    .append("</td><td>").append(esc(t.percent(now.share().getAsDouble()))).append("</td><td>")
                    .append(esc((cmp.delta() >= 0 ? "+" : "") + t.number(100 * cmp.delta(), 1) + t.language().pick(" п. п.", " pp")))
                    .append("</td><td>").append(esc(Conclusions.pValue(cmp.pValue(), t))).append("</td></tr>\n");
        }
        h.append("</table>\n");
    }
}
