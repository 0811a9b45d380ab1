package io.github.otklik.report;

import io.github.otklik.forms.Form;
import io.github.otklik.metrics.Dimension;
import io.github.otklik.metrics.report.MetricsReport;
import io.github.otklik.metrics.report.SatisfactionGroup;
import io.github.otklik.metrics.satisfaction.SatisfactionFigures;

import java.util.ArrayList;
import java.util.List;

import static io.github.otklik.report.Context.esc;

/**
 * The title page (seed 002): edition, agency, the period in words with its dates and zone, the
 * dates of collection, the instant the data are as of, the survey link, the instruments and the
 * number of respondents — external clients and employees apart — by form and by channel.
 */
final class TitlePage {
    private TitlePage() {
    }

    static void render(StringBuilder h, Context c) {
        Texts t = c.t();
        MetricsReport all = c.all();
        h.append("<header class=\"title\">\n<p class=\"edition\">").append(esc(t.t(c.isPublic() ? "public" : "internal")))
                .append("</p>\n<h1>").append(esc(t.t("title"))).append("</h1>\n<table class=\"facts\">\n");
        if (c.agency() != null) {
            fact(h, t.t("agency"), esc(c.agency()));
        }
        var p = all.period();
        fact(h, t.t("period"), esc(c.dates().period(p) + " (" + c.dates().range(p.from(), p.to()) + "; " + t.t("zone") + " " + all.zone() + ")"));
        fact(h, t.t("collection"), esc(c.dates().range(p.from(), p.to())));
        fact(h, t.t("asOf"), esc(c.dates().instant(all.asOf(), all.zone())));
        if (c.surveyUrl() != null) {
            fact(h, t.t("surveyUrl"), "<a href=\"" + esc(c.surveyUrl()) + "\">" + esc(c.surveyUrl()) + "</a>");
        }
        List<String> instruments = new ArrayList<>();
        if (all.inputs().responses().read() > 0) {
            instruments.add(c.t().language().pick("анкетирование", "survey (questionnaires)"));
        }
        if (!c.isPublic() && all.inputs().appeals().read() > 0) {
            instruments.add(c.t().language().pick("анализ обращений", "analysis of appeals"));
        }
        if (!c.isPublic() && all.inputs().processes().read() > 0) {
            instruments.add(c.t().language().pick("мониторинг процессов", "process monitoring"));
        }
        fact(h, t.t("instruments"), esc(String.join(", ", instruments)));
        fact(h, t.t("respondents"), respondents(c));
        h.append("</table>\n</header>\n");
    }

    private static String respondents(Context c) {
        Texts t = c.t();
        StringBuilder r = new StringBuilder();
        long external = responses(c.external());
        r.append(esc(t.integer(external) + (c.internal().isPresent() ? " — " + t.t("respondentsExternal") : "")));
        c.internal().ifPresent(i -> r.append("; ").append(esc(t.integer(responses(i)) + " — " + t.t("respondentsInternal"))));
        counts(r, c, c.external(), Dimension.FORM, "byForm");
        c.internal().ifPresent(i -> counts(r, c, i, Dimension.FORM, null));
        counts(r, c, c.external(), Dimension.CHANNEL, "byChannel");
        return r.toString();
    }

    private static long responses(MetricsReport r) {
        return r.satisfactionTotal().map(SatisfactionFigures::responses).orElse(0L);
    }

    private static void counts(StringBuilder r, Context c, MetricsReport report, Dimension d, String heading) {
        List<SatisfactionGroup> groups = report.segments().get(d);
        if (groups == null || groups.isEmpty()) {
            return;
        }
        List<String> parts = new ArrayList<>();
        for (SatisfactionGroup g : groups) {
            String value = g.key().value(d);
            String name = d == Dimension.FORM ? formTitle(c, report, value) : c.labels().value(d, value, c.lang());
            parts.add(name + ": " + g.figures().figure().map(f -> c.t().integer(f.responses())).orElse("—"));
        }
        r.append("<br><span class=\"small\">").append(heading == null ? "" : esc(c.t().t(heading)) + ": ")
                .append(esc(String.join("; ", parts))).append("</span>");
    }

    private static String formTitle(Context c, MetricsReport report, String id) {
        List<String> versions = report.spec().forms().versions(id);
        return versions.isEmpty() ? id : report.spec().forms().find(id, versions.get(versions.size() - 1)).map(Form::title)
                .map(title -> title.in(c.t().lang())).orElse(id);
    }

    private static void fact(StringBuilder h, String key, String valueHtml) {
        h.append("<tr><th>").append(esc(key)).append("</th><td>").append(valueHtml).append("</td></tr>\n");
    }
}
