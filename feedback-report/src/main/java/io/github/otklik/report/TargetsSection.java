package io.github.otklik.report;

import io.github.otklik.metrics.target.Deviation;

import static io.github.otklik.report.Context.esc;

/** Deviations from the target state (образ целевого состояния): each target of each process in words, with the actual value. */
final class TargetsSection implements ReportSection {
    private final Context c;

    TargetsSection(Context c) {
        this.c = c;
    }

    @Override
    public String title() {
        return c.t().t("targets");
    }

    @Override
    public String id() {
        return "targets";
    }

    @Override
    public String html() {
        if (c.all().deviations().isEmpty()) {
            return "";
        }
        Texts t = c.t();
        StringBuilder h = new StringBuilder("<table class=\"data\"><tr><th>").append(esc(t.t("process"))).append("</th><th>")
                .append(esc(t.t("metric"))).append("</th><th>").append(esc(t.t("actual"))).append("</th><th>").append(esc(t.t("met")))
                .append("</th></tr>\n");
        for (Deviation d : c.all().deviations()) {
            h.append("<tr class=\"").append(d.met() ? "met" : "missed").append("\"><td>").append(esc(c.labels().process(d.target().process(), c.lang())))
                    .append("</td><td>").append(esc(c.labels().target(d.target().indicator(), c.lang()))).append("</td><td>")
                    .append(esc(d.actual().isPresent() ? c.labels().metricValue(d.target().indicator().metric(), d.actual().getAsDouble(), c.lang()) : "—")).append("</td><td>")
                    .append(esc(t.t(d.met() ? "yes" : "no"))).append("</td></tr>\n");
        }
        return h.append("</table>\n").toString();
    }
}
