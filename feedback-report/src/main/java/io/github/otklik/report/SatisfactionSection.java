package io.github.otklik.report;

import io.github.otklik.metrics.Cell;
import io.github.otklik.metrics.Dimension;
import io.github.otklik.metrics.report.MetricsReport;
import io.github.otklik.metrics.report.SatisfactionGroup;
import io.github.otklik.metrics.satisfaction.ProblemResult;
import io.github.otklik.metrics.satisfaction.SatisfactionFigures;
import io.github.otklik.metrics.satisfaction.ScaleResult;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static io.github.otklik.report.Context.esc;

/**
 * The satisfaction of one kind of clients: the headline share with its interval, the aspects with
 * the three weakest marked, the processes, the segments (channel, client category), the typical
 * problems as a Pareto chart that draws what it orders, and the trend against the previous period.
 * The report shows it once for external clients and, in the agency edition, once for internal
 * clients — never one figure of both.
 */
final class SatisfactionSection implements ReportSection {
    private final Context c;
    private final MetricsReport r;
    private final String title;
    private final String note;
    private final String css;
    private final boolean segments;

    private SatisfactionSection(Context c, MetricsReport r, String title, String note, String css, boolean segments) {
        this.c = c;
        this.r = r;
        this.title = title;
        this.note = note;
        this.css = css;
        this.segments = segments;
    }

    /** External clients' satisfaction (every client's, when the report was given no split). */
    static SatisfactionSection external(Context c) {
        boolean split = c.internal().isPresent();
        return new SatisfactionSection(c, c.external(), c.t().t(split ? "satisfactionExternal" : "satisfaction"),
                split ? c.t().t("externalNote") : null, "satisfaction", true);
    }

    /** Internal clients' satisfaction, when the edition shows it. */
    static Optional<ReportSection> internal(Context c) {
        return c.internal().filter(i -> !i.satisfaction().isEmpty() && i.satisfactionTotal().map(f -> f.responses() > 0).orElse(false))
                .map(i -> new SatisfactionSection(c, i, c.t().t("internalClients"), c.t().t("internalNote"), "internal-clients", false));
    }

    @Override
    public String title() {
        return title;
    }

    @Override
    public String id() {
        return css;
    }

    @Override
    public String html() {
        if (r.satisfaction().isEmpty()) {
            return "";
        }
        Texts t = c.t();
        StringBuilder h = new StringBuilder();
        if (note != null) {
            h.append("<p class=\"small\">").append(esc(note)).append("</p>\n");
        }
        Optional<SatisfactionFigures> total = r.satisfactionTotal();
        if (total.isEmpty()) {
            return h.append("<p class=\"suppressed\">").append(esc(t.t("suppressed"))).append("</p>\n").toString();
        }
        headline(h, total.get().overall());
        aspects(h, total.get());
        processes(h);
        if (segments) {
            segment(h, Dimension.CHANNEL, "segmentChannel");
            segment(h, Dimension.CATEGORY, "segmentCategory");
        }
        problems(h, total.get());
        Trend.render(h, c, r);
        return h.toString();
    }

    private void headline(StringBuilder h, ScaleResult o) {
        Texts t = c.t();
        h.append("<div class=\"headline\" data-figure=\"").append(css.equals("satisfaction") ? "overall-share" : css + "-share").append("\">")
                .append(o.share().isPresent() ? esc(t.percent(o.share().getAsDouble())) : "—").append("</div><p class=\"small\">")
                .append(esc(t.t("overall") + ": " + t.t("answered").toLowerCase() + " " + t.integer(o.answered())
                        + (o.ci95().isPresent() ? "; " + t.t("ci") + " " + t.percent(o.ci95().get().low()) + " — "
                        + t.percent(o.ci95().get().high()) : "")
                        + (o.mean().isPresent() ? "; " + t.t("mean").toLowerCase() + " " + t.number(o.mean().getAsDouble(), 2) : "")))
                .append("</p>\n");
    }

    private void aspects(StringBuilder h, SatisfactionFigures f) {
        List<Map.Entry<String, Cell<ScaleResult>>> sorted = new ArrayList<>(f.aspects().entrySet());
        sorted.removeIf(e -> e.getValue().figure().map(s -> s.answered() == 0).orElse(false));
        sorted.sort(Comparator.comparingDouble((Map.Entry<String, Cell<ScaleResult>> e) -> e.getValue().figure()
                .map(s -> s.share().getAsDouble()).orElse(2.0)).thenComparing(Map.Entry::getKey));
        List<String> weakest = Conclusions.weakestAspects(f, 3);
        BarChart chart = new BarChart(c.t().t("aspects"));
        for (Map.Entry<String, Cell<ScaleResult>> e : sorted) {
            Rows.scale(chart, c.labels().aspect(e.getKey(), c.lang()), e.getValue(), weakest.contains(e.getKey()), c.t());
        }
        figure(h, c.t().t("aspects"), chart, weakest.isEmpty() ? null : c.t().t("weakestNote"));
    }

    private void processes(StringBuilder h) {
        BarChart chart = new BarChart(c.t().t("byProcess"));
        List<SatisfactionGroup> groups = new ArrayList<>(r.satisfaction().subList(1, r.satisfaction().size()));
        groups.removeIf(g -> g.key().value(Dimension.PROCESS) == null);
        groups.sort(Comparator.comparingDouble(SatisfactionSection::shareOrLast).thenComparing(g -> c.labels().group(g.key(), c.lang())));
        for (SatisfactionGroup g : groups) {
            Rows.scale(chart, c.labels().group(g.key(), c.lang()), g.figures().figure().<Cell<ScaleResult>>map(x -> Cell.shown(x.overall()))
                    .orElse(Cell.suppressed()), false, c.t());
        }
        figure(h, c.t().t("byProcess"), chart, null);
    }

    private void segment(StringBuilder h, Dimension d, String heading) {
        List<SatisfactionGroup> groups = r.segments().get(d);
        if (groups == null) {
            return;
        }
        BarChart chart = new BarChart(c.t().t(heading));
        for (SatisfactionGroup g : groups) {
            Rows.scale(chart, c.labels().value(d, g.key().value(d), c.lang()), g.figures().figure().<Cell<ScaleResult>>map(x -> Cell.shown(x.overall()))
                    .orElse(Cell.suppressed()), false, c.t());
        }
        figure(h, c.t().t(heading), chart, null);
    }

    /** Ordered by how many chose each problem and drawn as the share of all respondents, so the bars fall as they are listed. */
    private void problems(StringBuilder h, SatisfactionFigures f) {
        List<Map.Entry<String, Cell<ProblemResult>>> items = new ArrayList<>(f.problems().entrySet());
        items.sort(Comparator.comparingLong((Map.Entry<String, Cell<ProblemResult>> e) -> -e.getValue().figure().map(ProblemResult::count)
                .orElse(-1L)).thenComparing(Map.Entry::getKey));
        long mentions = 0;
        for (Map.Entry<String, Cell<ProblemResult>> e : items) {
            mentions += e.getValue().figure().map(ProblemResult::count).orElse(0L);
        }
        Texts t = c.t();
        BarChart chart = new BarChart(t.t("problems"));
        long running = 0;
        for (Map.Entry<String, Cell<ProblemResult>> e : items) {
            String label = c.labels().problem(e.getKey(), c.lang());
            if (e.getValue().isSuppressed()) {
                chart.empty(label, t.t("suppressed"));
                continue;
            }
            ProblemResult p = e.getValue().figure().get();
            running += p.count();
            double ofAll = (double) p.count() / f.responses();
            chart.bar(label, ofAll, t.percent(ofAll) + (p.share().isPresent() ? " (" + t.percent(p.share().getAsDouble()) + ")" : ""),
                    "n = " + t.integer(p.count()) + " · Σ " + t.percent((double) running / mentions));
        }
        figure(h, t.t("problems"), chart, t.t("paretoNote"));
    }

    private static double shareOrLast(SatisfactionGroup g) {
        return g.figures().figure().flatMap(f -> f.overall().share().isPresent() ? Optional.of(f.overall().share().getAsDouble())
                : Optional.empty()).orElse(2.0);
    }

    static void figure(StringBuilder h, String heading, BarChart chart, String note) {
        if (chart.isEmpty()) {
            return;
        }
        h.append("<h3>").append(esc(heading)).append("</h3>\n<figure>").append(chart.svg());
        if (note != null) {
            h.append("<figcaption class=\"small\">").append(esc(note)).append("</figcaption>");
        }
        h.append("</figure>\n");
    }
}
