package io.github.otklik.report;

import io.github.otklik.core.text.Html;
import io.github.otklik.core.text.Language;
import io.github.otklik.core.text.LocalizedText;
import io.github.otklik.metrics.Cell;
import io.github.otklik.metrics.Dimension;
import io.github.otklik.metrics.GroupKey;
import io.github.otklik.metrics.appeal.AppealFigures;
import io.github.otklik.metrics.process.ProcessFigures;
import io.github.otklik.metrics.alert.Alert;
import io.github.otklik.metrics.alert.ComplaintsGrowthAlert;
import io.github.otklik.metrics.alert.DissatisfiedShareAlert;
import io.github.otklik.metrics.target.Deviation;
import io.github.otklik.metrics.report.Keyed;
import io.github.otklik.metrics.report.MetricsReport;
import io.github.otklik.metrics.disclosure.Edition;
import io.github.otklik.metrics.report.SatisfactionGroup;
import io.github.otklik.metrics.satisfaction.ProblemResult;
import io.github.otklik.metrics.satisfaction.SatisfactionFigures;
import io.github.otklik.metrics.satisfaction.ScaleResult;
import io.github.otklik.metrics.stats.ParetoEntry;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The analytic report of a period (seed 002: results as of the date with infographics, main
 * conclusions, the pain map, the survey link, the dates, the number of respondents and the
 * instruments) as one self-contained HTML page: inline CSS and SVG, no script, no network, A4
 * print layout. The edition follows the metrics' audience: a public report carries no appeal or
 * process figures, nothing from internal forms, and hides small cells — those figures are not in
 * a public {@link MetricsReport} at all. Every text from data is escaped.
 *
 * <pre>{@code
 * String html = AnalyticReport.builder(byProcess)
 *     .segment(Dimension.CHANNEL, byChannel)
 *     .agency("Министерство социальной политики")
 *     .surveyUrl("https://example.org/survey")
 *     .lang(Language.RU)
 *     .build().render();
 * }</pre>
 */
public final class AnalyticReport {
    private final MetricsReport main;
    private final Map<Dimension, List<SatisfactionGroup>> segments;
    private final Map<String, LocalizedText> processNames;
    private final String agency;
    private final String surveyUrl;
    private final Texts t;
    private final List<ReportSection> sections;

    private AnalyticReport(Builder b) {
        this.main = b.main;
        this.segments = new LinkedHashMap<>();
        // breakdowns computed in the main pass first, then any separate reports given
        b.main.segments().forEach((d, groups) -> segments.put(d, groups));
        b.segments.forEach((d, report) -> segments.put(d, report.satisfaction()));
        this.processNames = Map.copyOf(b.processNames);
        this.agency = b.agency;
        this.surveyUrl = b.surveyUrl;
        this.t = new Texts(b.lang);
        this.sections = List.copyOf(b.sections);
    }

    /**
     * A builder for the report of {@code byProcess}, the period's metrics grouped by process
     * (its total group gives the headline figures).
     */
    public static Builder builder(MetricsReport byProcess) {
        return new Builder(byProcess);
    }

    /** The complete HTML document. */
    public String render() {
        StringBuilder h = new StringBuilder(64 * 1024);
        boolean pub = main.edition() == Edition.PUBLIC;
        h.append("<!DOCTYPE html>\n<html lang=\"").append(t.lang()).append("\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>")
                .append(esc(t.t("title") + " — " + main.period().label())).append("</title>\n<style>").append(Style.CSS)
                .append("</style>\n</head>\n<body>\n");
        titlePage(h, pub);
        conclusions(h);
        satisfaction(h);
        if (!pub) {
            appeals(h);
            processes(h);
        }
        deviations(h);
        for (ReportSection s : sections) {
            h.append("<section class=\"extra\"><h2>").append(esc(s.title())).append("</h2>\n").append(s.html()).append("</section>\n");
        }
        h.append("<footer>").append(esc(t.t("footer"))).append("</footer>\n</body>\n</html>\n");
        return h.toString();
    }

    // ------------------------------------------------------------------ title page

    private void titlePage(StringBuilder h, boolean pub) {
        h.append("<header class=\"title\">\n<p class=\"edition\">").append(esc(t.t(pub ? "public" : "internal"))).append("</p>\n<h1>")
                .append(esc(t.t("title"))).append("</h1>\n<table class=\"facts\">\n");
        if (agency != null) {
            fact(h, "agency", esc(agency));
        }
        fact(h, "period", esc(main.period().label() + " (" + main.period().from() + " — " + main.period().to() + ", " + main.zone() + ")"));
        fact(h, "collection", esc(main.period().from() + " — " + main.period().to()));
        fact(h, "asOf", esc(main.asOf().toString()));
        if (surveyUrl != null) {
            fact(h, "surveyUrl", "<a href=\"" + esc(surveyUrl) + "\">" + esc(surveyUrl) + "</a>");
        }
        List<String> instruments = new ArrayList<>();
        if (main.inputs().responses().read() > 0) {
            instruments.add(t.lang().equals("en") ? "survey (questionnaires)" : "анкетирование");
        }
        if (!pub && main.inputs().appeals().read() > 0) {
            instruments.add(t.lang().equals("en") ? "analysis of appeals" : "анализ обращений");
        }
        if (!pub && main.inputs().processes().read() > 0) {
            instruments.add(t.lang().equals("en") ? "process monitoring" : "мониторинг процессов");
        }
        fact(h, "instruments", esc(String.join(", ", instruments)));
        long respondents = main.satisfaction().isEmpty() ? 0 : main.satisfaction().get(0).figures().figure()
                .map(SatisfactionFigures::responses).orElse(0L);
        StringBuilder r = new StringBuilder(esc(t.integer(respondents)));
        appendCounts(r, Dimension.FORM, "byForm");
        appendCounts(r, Dimension.CHANNEL, "byChannel");
        fact(h, "respondents", r.toString());
        h.append("</table>\n</header>\n");
    }

    private void appendCounts(StringBuilder r, Dimension d, String label) {
        List<SatisfactionGroup> groups = segments.get(d);
        if (groups == null) {
            return;
        }
        List<String> parts = new ArrayList<>();
        for (SatisfactionGroup g : groups) {
            if (g.key().isTotal()) {
                continue;
            }
            parts.add(g.key().value(d) + ": " + g.figures().figure().map(f -> t.integer(f.responses())).orElse("—"));
        }
        if (!parts.isEmpty()) {
            r.append("<br><span class=\"small\">").append(esc(t.t(label) + ": " + String.join("; ", parts))).append("</span>");
        }
    }

    private void fact(StringBuilder h, String key, String valueHtml) {
        h.append("<tr><th>").append(esc(t.t(key))).append("</th><td>").append(valueHtml).append("</td></tr>\n");
    }

    // ------------------------------------------------------------------ conclusions

    private void conclusions(StringBuilder h) {
        List<String> lines = Conclusions.of(main, t, this::processName);
        h.append("<section class=\"conclusions\"><h2>").append(esc(t.t("conclusions"))).append("</h2>\n<ul>\n");
        for (String line : lines) {
            h.append("<li>").append(esc(line)).append("</li>\n");
        }
        h.append("</ul>\n");
        if (!main.alerts().isEmpty()) {
            h.append("<h3>").append(esc(t.t("alerts"))).append("</h3>\n<ul class=\"alerts\">\n");
            for (Alert a : main.alerts()) {
                h.append("<li>").append(esc(groupLabel(a.key()) + ": " + alertText(a))).append("</li>\n");
            }
            h.append("</ul>\n");
        }
        h.append("</section>\n");
    }

    private String alertText(Alert a) {
        boolean en = t.language() == Language.EN;
        String extra = en ? "): hold an extra round of feedback collection" : "): рекомендуется дополнительный сбор обратной связи";
        if (a instanceof DissatisfiedShareAlert d) {
            return (en ? "dissatisfied " : "не удовлетворены ") + t.integer(d.dissatisfied()) + (en ? " of " : " из ")
                    + t.integer(d.answered()) + " (" + t.percent(d.dissatisfiedShare())
                    + (en ? ", 95% lower bound " : ", нижняя граница 95% ДИ ") + t.number(d.lowerBound(), 3) + " ≥ "
                    + t.number(d.threshold(), 3) + extra;
        }
        ComplaintsGrowthAlert c = (ComplaintsGrowthAlert) a; // the set of alerts is sealed
        return (en ? "complaints rose from " : "число жалоб выросло с ") + t.integer(c.previousComplaints())
                + (en ? " to " : " до ") + t.integer(c.complaints()) + " (+" + t.percent(c.growth()) + extra;
    }

    // ------------------------------------------------------------------ satisfaction

    private void satisfaction(StringBuilder h) {
        if (main.satisfaction().isEmpty()) {
            return;
        }
        h.append("<section class=\"satisfaction\"><h2>").append(esc(t.t("satisfaction"))).append("</h2>\n");
        SatisfactionGroup total = main.satisfaction().get(0);
        Optional<SatisfactionFigures> tf = total.figures().figure();
        if (tf.isEmpty()) {
            h.append("<p class=\"suppressed\">").append(esc(t.t("suppressed"))).append("</p></section>\n");
            return;
        }
        ScaleResult o = tf.get().overall();
        h.append("<div class=\"headline\" data-figure=\"overall-share\">").append(o.share().isPresent() ? esc(t.percent(o.share().getAsDouble())) : "—")
                .append("</div><p class=\"small\">").append(esc(t.t("overall") + ": " + t.t("answered").toLowerCase() + " "
                        + t.integer(o.answered()) + (o.ci95().isPresent() ? "; " + t.t("ci") + " " + t.percent(o.ci95().get().low()) + " — "
                        + t.percent(o.ci95().get().high()) : "") + (o.mean().isPresent() ? "; " + t.t("mean").toLowerCase() + " "
                        + t.number(o.mean().getAsDouble(), 2) : ""))).append("</p>\n");
        BarChart aspects = new BarChart(t.t("aspects"));
        List<Map.Entry<String, Cell<ScaleResult>>> sorted = new ArrayList<>(tf.get().aspects().entrySet());
        sorted.sort(Comparator.comparingDouble(e -> e.getValue().figure().flatMap(s -> box(s.share())).orElse(2.0)));
        List<String> weakest = Conclusions.weakestAspects(tf.get(), 3);
        for (Map.Entry<String, Cell<ScaleResult>> e : sorted) {
            addScaleRow(aspects, e.getKey(), e.getValue(), weakest.contains(e.getKey()));
        }
        if (!aspects.isEmpty()) {
            h.append("<h3>").append(esc(t.t("aspects"))).append("</h3>\n<figure>").append(aspects.svg()).append("</figure>\n");
        }
        BarChart byProcess = new BarChart(t.t("byProcess"));
        for (SatisfactionGroup g : main.satisfaction()) {
            if (!g.key().isTotal()) {
                addScaleRow(byProcess, groupLabel(g.key()), g.figures().figure().<Cell<ScaleResult>>map(f -> Cell.shown(f.overall()))
                        .orElse(Cell.suppressed()), false);
            }
        }
        if (!byProcess.isEmpty()) {
            h.append("<h3>").append(esc(t.t("byProcess"))).append("</h3>\n<figure>").append(byProcess.svg()).append("</figure>\n");
        }
        trend(h);
        for (Map.Entry<Dimension, List<SatisfactionGroup>> e : segments.entrySet()) {
            if (e.getKey() == Dimension.PROCESS || e.getKey() == Dimension.FORM) {
                continue;
            }
            BarChart chart = new BarChart(t.t("segments") + ": " + e.getKey().wireName());
            for (SatisfactionGroup g : e.getValue()) {
                if (!g.key().isTotal()) {
                    addScaleRow(chart, g.key().value(e.getKey()), g.figures().figure().<Cell<ScaleResult>>map(f -> Cell.shown(f.overall()))
                            .orElse(Cell.suppressed()), false);
                }
            }
            if (!chart.isEmpty()) {
                h.append("<h3>").append(esc(t.t("segments") + ": " + e.getKey().wireName())).append("</h3>\n<figure>").append(chart.svg())
                        .append("</figure>\n");
            }
        }
        problems(h, tf.get());
        h.append("</section>\n");
    }

    private void addScaleRow(BarChart chart, String label, Cell<ScaleResult> cell, boolean highlight) {
        if (cell.isSuppressed()) {
            chart.row(label, OptionalDouble.empty(), t.t("suppressed"));
            return;
        }
        ScaleResult s = cell.figure().get();
        if (s.share().isEmpty()) {
            chart.row(label, OptionalDouble.empty(), t.t("none"));
            return;
        }
        chart.row(label, s.share(), s.ci95().get().low(), s.ci95().get().high(),
                t.percent(s.share().getAsDouble()) + " (n=" + s.answered() + ")", highlight);
    }

    private void trend(StringBuilder h) {
        if (main.comparedWith().isEmpty()) {
            return;
        }
        h.append("<h3>").append(esc(t.t("trend") + " (" + main.comparedWith().get().label() + ")")).append("</h3>\n<table class=\"data\"><tr><th>")
                .append(esc(t.t("group"))).append("</th><th>").append(esc(t.t("previous"))).append("</th><th>").append(esc(t.t("share")))
                .append("</th><th>").append(esc(t.t("delta"))).append("</th><th>").append(esc(t.t("pValue"))).append("</th></tr>\n");
        for (SatisfactionGroup g : main.satisfaction()) {
            if (g.comparison().isEmpty()) {
                continue;
            }
            var c = g.comparison().get();
            ScaleResult now = g.figures().figure().get().overall();
            h.append("<tr").append(c.pValue() < 0.05 ? " class=\"significant\"" : "").append("><td>").append(esc(groupLabel(g.key())))
                    .append("</td><td>").append(esc(t.percent(c.previousShare()))).append("</td><td>")
                    .append(esc(t.percent(now.share().getAsDouble()))).append("</td><td>")
                    .append(esc((c.delta() >= 0 ? "+" : "") + t.number(100 * c.delta(), 1))).append("</td><td>")
                    .append(esc(Conclusions.pValue(c.pValue(), t))).append("</td></tr>\n");
        }
        h.append("</table>\n");
    }

    private void problems(StringBuilder h, SatisfactionFigures f) {
        List<Map.Entry<String, Cell<ProblemResult>>> items = new ArrayList<>(f.problems().entrySet());
        if (items.isEmpty()) {
            return;
        }
        items.sort(Comparator.comparingLong((Map.Entry<String, Cell<ProblemResult>> e) -> -e.getValue().figure().map(ProblemResult::count).orElse(0L))
                .thenComparing(Map.Entry::getKey));
        long total = 0;
        for (Map.Entry<String, Cell<ProblemResult>> e : items) {
            total += e.getValue().figure().map(ProblemResult::count).orElse(0L);
        }
        BarChart chart = new BarChart(t.t("problems"));
        long running = 0;
        for (Map.Entry<String, Cell<ProblemResult>> e : items) {
            if (e.getValue().isSuppressed()) {
                chart.row(e.getKey(), OptionalDouble.empty(), t.t("suppressed"));
                continue;
            }
            ProblemResult p = e.getValue().figure().get();
            running += p.count();
            chart.row(e.getKey(), p.share(), (p.share().isPresent() ? t.percent(p.share().getAsDouble()) : "—") + " · Σ "
                    + t.percent((double) running / total));
        }
        h.append("<h3>").append(esc(t.t("problems"))).append("</h3>\n<figure>").append(chart.svg()).append("</figure>\n");
    }

    // ------------------------------------------------------------------ appeals and processes (internal)

    private void appeals(StringBuilder h) {
        if (main.appeals().isEmpty()) {
            return;
        }
        AppealFigures a = main.appeals().get(0).figures();
        h.append("<section class=\"appeals\"><h2>").append(esc(t.t("appeals"))).append("</h2>\n<table class=\"data\">\n");
        row(h, t.t("total"), t.integer(a.total()));
        row(h, t.t("waitDays"), a.waitDays().map(w -> w.p50() + " / " + w.p90() + " / " + w.max()).orElse("—"));
        row(h, t.t("overdue"), t.integer(a.overdue()) + (a.overdueShare().isPresent() ? " (" + t.percent(a.overdueShare().getAsDouble()) + ")" : ""));
        row(h, t.t("complaints"), t.integer(a.complaints()) + ": " + t.integer(a.complaintsResolved())
                + (a.resolvedShare().isPresent() ? " (" + t.percent(a.resolvedShare().getAsDouble()) + ")" : "") + " / "
                + t.integer(a.complaintsRefused()) + (a.refusedShare().isPresent() ? " (" + t.percent(a.refusedShare().getAsDouble()) + ")" : ""));
        h.append("</table>\n");
        BarChart channels = new BarChart(t.t("byChannel"));
        a.byChannel().forEach((c, n) -> channels.row(c, a.shareOfTotal(n), t.integer(n) + " (" + t.percent(a.shareOfTotal(n).getAsDouble()) + ")"));
        h.append("<figure>").append(channels.svg()).append("</figure>\n");
        if (!a.reasons().isEmpty()) {
            BarChart reasons = new BarChart(t.t("reason"));
            for (ParetoEntry e : a.reasons()) {
                reasons.row(e.code(), OptionalDouble.of(e.share()), t.integer(e.count()) + " · Σ " + t.percent(e.cumulativeShare()));
            }
            h.append("<h3>").append(esc(t.t("reason"))).append("</h3>\n<figure>").append(reasons.svg()).append("</figure>\n");
        }
        h.append("</section>\n");
    }

    private void processes(StringBuilder h) {
        if (main.processes().isEmpty()) {
            return;
        }
        h.append("<section class=\"processes\"><h2>").append(esc(t.t("processes"))).append("</h2>\n<table class=\"data\"><tr><th>")
                .append(esc(t.t("process"))).append("</th><th>").append(esc(t.t("instances"))).append("</th><th>").append(esc(t.t("finished")))
                .append("</th><th>").append(esc(t.t("hours"))).append("</th><th>").append(esc(t.t("negative"))).append("</th></tr>\n");
        for (Keyed<ProcessFigures> g : main.processes()) {
            ProcessFigures p = g.figures();
            h.append("<tr><td>").append(esc(groupLabel(g.key()))).append("</td><td>").append(esc(t.integer(p.instances())))
                    .append("</td><td>").append(esc(t.integer(p.finished()))).append("</td><td>")
                    .append(esc(p.durationHours().map(d -> t.number(d.p50(), 1) + " / " + t.number(d.p90(), 1)).orElse("—")))
                    .append("</td><td>").append(esc(p.negativeShare().isPresent() ? t.percent(p.negativeShare().getAsDouble()) : "—"))
                    .append("</td></tr>\n");
        }
        h.append("</table>\n</section>\n");
    }

    private void deviations(StringBuilder h) {
        if (main.deviations().isEmpty()) {
            return;
        }
        h.append("<section class=\"targets\"><h2>").append(esc(t.t("targets"))).append("</h2>\n<table class=\"data\"><tr><th>")
                .append(esc(t.t("process"))).append("</th><th>").append(esc(t.t("metric"))).append("</th><th>").append(esc(t.t("target")))
                .append("</th><th>").append(esc(t.t("actual"))).append("</th><th>").append(esc(t.t("met"))).append("</th></tr>\n");
        for (Deviation d : main.deviations()) {
            h.append("<tr class=\"").append(d.met() ? "met" : "missed").append("\"><td>").append(esc(processName(d.target().process())))
                    .append("</td><td>").append(esc(d.target().indicator().metric())).append("</td><td>")
                    .append(esc((d.target().indicator().direction().wireName().equals("atLeast") ? "≥ " : "≤ ")
                            + t.number(d.target().indicator().target(), 3))).append("</td><td>")
                    .append(esc(d.actual().isPresent() ? t.number(d.actual().getAsDouble(), 3) : "—")).append("</td><td>")
                    .append(esc(t.t(d.met() ? "yes" : "no"))).append("</td></tr>\n");
        }
        h.append("</table>\n</section>\n");
    }

    private void row(StringBuilder h, String label, String value) {
        h.append("<tr><th>").append(esc(label)).append("</th><td>").append(esc(value)).append("</td></tr>\n");
    }

    // ------------------------------------------------------------------ helpers

    String processName(String id) {
        LocalizedText name = processNames.get(id);
        return name == null ? id : name.in(t.lang());
    }

    private String groupLabel(GroupKey key) {
        if (key.isTotal()) {
            return t.t("total");
        }
        List<String> parts = new ArrayList<>();
        key.asMap().forEach((d, v) -> parts.add("process".equals(d) ? processName(v) : v));
        return String.join(" · ", parts);
    }

    private static Optional<Double> box(OptionalDouble d) {
        return d.isPresent() ? Optional.of(d.getAsDouble()) : Optional.empty();
    }

    private static String esc(String s) {
        return Html.escape(s);
    }

    /** Builder of {@link AnalyticReport}; not thread-safe. */
    public static final class Builder {
        private final MetricsReport main;
        private final Map<Dimension, MetricsReport> segments = new LinkedHashMap<>();
        private final Map<String, LocalizedText> processNames = new LinkedHashMap<>();
        private String agency;
        private String surveyUrl;
        private Language lang = Language.RU;
        private final List<ReportSection> sections = new ArrayList<>();

        private Builder(MetricsReport main) {
            this.main = Objects.requireNonNull(main, "main");
        }

        /**
         * Adds the period's metrics grouped by {@code dimension} (channel, category, form …) for
         * segment breakdowns and respondent counts.
         *
         * @throws IllegalArgumentException when the report is of another audience or period
         */
        public Builder segment(Dimension dimension, MetricsReport report) {
            if (report.edition() != main.edition() || !report.period().equals(main.period())) {
                throw new IllegalArgumentException("segment report must have the same audience and period as the main report");
            }
            segments.put(Objects.requireNonNull(dimension), report);
            return this;
        }

        /** A display name for process {@code id} (from the process registry). */
        public Builder processName(String id, LocalizedText name) {
            processNames.put(Objects.requireNonNull(id), Objects.requireNonNull(name));
            return this;
        }

        /** The agency's name for the title page. */
        public Builder agency(String name) { this.agency = Objects.requireNonNull(name); return this; }

        /** The permanent survey link for the title page. */
        public Builder surveyUrl(String url) { this.surveyUrl = Objects.requireNonNull(url); return this; }

        /** The report's language (default Russian). */
        public Builder lang(Language lang) {
            this.lang = Objects.requireNonNull(lang, "lang");
            return this;
        }

        /** Appends an extra section, such as the pain map. */
        public Builder section(ReportSection section) { sections.add(Objects.requireNonNull(section)); return this; }

        /** Builds the report. */
        public AnalyticReport build() { return new AnalyticReport(this); }
    }
}
