package io.github.otklik.report;

import io.github.otklik.metrics.Dimension;
import io.github.otklik.metrics.appeal.AppealFigures;
import io.github.otklik.metrics.disclosure.Content;
import io.github.otklik.metrics.stats.ParetoEntry;

import java.util.Map;

import static io.github.otklik.report.Context.esc;

/** Appeals and complaints (internal only, {@code spec/metrics.md}): totals, terms, complaints, channels, kinds, the reasons' Pareto. */
final class AppealsSection implements ReportSection {
    private final Context c;

    AppealsSection(Context c) {
        this.c = c;
    }

    @Override
    public String title() {
        return c.t().t("appeals");
    }

    @Override
    public String id() {
        return "appeals";
    }

    @Override
    public String html() {
        if (!c.all().disclosure().shows(Content.APPEALS) || c.all().appeals().isEmpty()) {
            return "";
        }
        Texts t = c.t();
        AppealFigures a = c.all().appeals().get(0).figures();
        StringBuilder h = new StringBuilder("<table class=\"data\">\n");
        row(h, t.t("total"), t.integer(a.total()));
        row(h, t.t("waitDays"), a.waitDays().map(w -> w.p50() + " / " + w.p90() + " / " + w.max()).orElse("—"));
        row(h, t.t("overdue"), t.integer(a.overdue()) + a.overdueShare().stream().mapToObj(s -> " (" + t.percent(s) + ")").findFirst().orElse(""));
        row(h, t.t("complaints"), t.integer(a.complaints()) + ": " + t.integer(a.complaintsResolved())
                + a.resolvedShare().stream().mapToObj(s -> " (" + t.percent(s) + ")").findFirst().orElse("") + " / "
                + t.integer(a.complaintsRefused()) + a.refusedShare().stream().mapToObj(s -> " (" + t.percent(s) + ")").findFirst().orElse(""));
        h.append("</table>\n");
        counts(h, a, a.byChannel(), Dimension.CHANNEL, "appealsByChannel");
        counts(h, a, a.byKind(), Dimension.KIND, "appealsByKind");
        if (!a.reasons().isEmpty()) {
            BarChart reasons = new BarChart(t.t("reasons"));
            for (int i = 0; i < a.reasons().size(); i++) {
                ParetoEntry e = a.reasons().get(i);
                reasons.bar(c.labels().reason(e.code(), c.lang()), e.share(), t.percent(e.share()),
                        "n = " + t.integer(e.count()) + " · Σ " + t.percent(e.cumulativeShare()));
            }
            SatisfactionSection.figure(h, t.t("reasons"), reasons, null);
        }
        return h.toString();
    }

    private void counts(StringBuilder h, AppealFigures a, Map<String, Long> counts, Dimension d, String heading) {
        BarChart chart = new BarChart(c.t().t(heading));
        counts.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()).forEach(e -> {
            double share = a.shareOfTotal(e.getValue()).orElse(0);
            chart.bar(c.labels().value(d, e.getKey(), c.lang()), share, c.t().percent(share), "n = " + c.t().integer(e.getValue()));
        });
        SatisfactionSection.figure(h, c.t().t(heading), chart, null);
    }

    private static void row(StringBuilder h, String label, String value) {
        h.append("<tr><th>").append(esc(label)).append("</th><td>").append(esc(value)).append("</td></tr>\n");
    }
}
