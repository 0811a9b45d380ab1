package io.github.otklik.report;

import io.github.otklik.metrics.disclosure.Content;
import io.github.otklik.metrics.process.ProcessFigures;
import io.github.otklik.metrics.report.Keyed;

import static io.github.otklik.report.Context.esc;

/** Process indicators (internal only): instances, finished, durations, negative results — per process. */
final class ProcessesSection implements ReportSection {
    private final Context c;

    ProcessesSection(Context c) {
        this.c = c;
    }

    @Override
    public String title() {
        return c.t().t("processes");
    }

    @Override
    public String id() {
        return "processes";
    }

    @Override
    public String html() {
        if (!c.all().disclosure().shows(Content.PROCESS_INDICATORS) || c.all().processes().isEmpty()) {
            return "";
        }
        Texts t = c.t();
        StringBuilder h = new StringBuilder("<table class=\"data\"><tr><th>").append(esc(t.t("process"))).append("</th><th>")
                .append(esc(t.t("instances"))).append("</th><th>").append(esc(t.t("finished"))).append("</th><th>").append(esc(t.t("hours")))
                .append("</th><th>").append(esc(t.t("negative"))).append("</th></tr>\n");
        for (Keyed<ProcessFigures> g : c.all().processes()) {
            ProcessFigures p = g.figures();
            h.append("<tr><td>").append(esc(c.labels().group(g.key(), c.lang()))).append("</td><td>").append(esc(t.integer(p.instances())))
                    .append("</td><td>").append(esc(t.integer(p.finished()))).append("</td><td>")
                    .append(esc(p.durationHours().map(d -> t.number(d.p50(), 1) + " / " + t.number(d.p90(), 1)).orElse("—")))
                    .append("</td><td>").append(esc(p.negativeShare().isPresent() ? t.percent(p.negativeShare().getAsDouble()) : "—"))
                    .append("</td></tr>\n");
        }
        return h.append("</table>\n").toString();
    }
}
