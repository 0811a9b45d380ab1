package io.github.otklik.report;

import io.github.otklik.core.text.Language;
import io.github.otklik.metrics.alert.Alert;
import io.github.otklik.metrics.alert.ComplaintsGrowthAlert;
import io.github.otklik.metrics.alert.DissatisfiedShareAlert;
import io.github.otklik.metrics.report.MetricsReport;

import java.util.ArrayList;
import java.util.List;

import static io.github.otklik.report.Context.esc;

/** The main conclusions and the alerts for an extra round of collection, each alert in words of its own kind. */
final class ConclusionsSection implements ReportSection {
    private final Context c;

    ConclusionsSection(Context c) {
        this.c = c;
    }

    @Override
    public String title() {
        return c.t().t("conclusions");
    }

    @Override
    public String id() {
        return "conclusions";
    }

    @Override
    public String html() {
        StringBuilder h = new StringBuilder("<ul>\n");
        for (String line : Conclusions.of(c)) {
            h.append("<li>").append(esc(line)).append("</li>\n");
        }
        h.append("</ul>\n");
        List<String> alerts = new ArrayList<>();
        alerts(alerts, c.external(), "");
        c.internal().ifPresent(i -> alerts(alerts, i, c.t().language().pick("Сотрудники — ", "Employees — ")));
        if (!alerts.isEmpty()) {
            h.append("<h3>").append(esc(c.t().t("alerts"))).append("</h3>\n<ul class=\"alerts\">\n");
            alerts.forEach(a -> h.append("<li>").append(esc(a)).append("</li>\n"));
            h.append("</ul>\n");
        }
        return h.toString();
    }

    private void alerts(List<String> out, MetricsReport r, String prefix) {
        for (Alert a : r.alerts()) {
            out.add(prefix + c.labels().group(a.key(), c.lang()) + ": " + text(a));
        }
    }

    private String text(Alert a) {
        Texts t = c.t();
        boolean en = t.language() == Language.EN;
        String extra = en ? "): hold an extra round of feedback collection" : "): рекомендуется дополнительный сбор обратной связи";
        if (a instanceof DissatisfiedShareAlert d) {
            return (en ? "dissatisfied " : "не удовлетворены ") + t.integer(d.dissatisfied()) + (en ? " of " : " из ")
                    + t.integer(d.answered()) + " (" + t.percent(d.dissatisfiedShare())
                    + (en ? ", 95% lower bound " : ", нижняя граница 95% ДИ ") + t.percent(d.lowerBound()) + " ≥ "
                    + t.percent(d.threshold()) + extra;
        }
        ComplaintsGrowthAlert g = (ComplaintsGrowthAlert) a; // the set of alerts is sealed
        return (en ? "complaints rose from " : "число жалоб выросло с ") + t.integer(g.previousComplaints())
                + (en ? " to " : " до ") + t.integer(g.complaints()) + " (+" + t.percent(g.growth()) + extra;
    }
}
