package io.github.otklik.report;

import io.github.otklik.core.text.Language;
import io.github.otklik.metrics.Cell;
import io.github.otklik.metrics.Dimension;
import io.github.otklik.metrics.appeal.AppealFigures;
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

/**
 * The report's main conclusions, each a sentence generated from the figures and quoting them: of
 * external clients first (headline, weakest aspects, most frequent problem, least satisfying
 * process, significant changes), then appeals, then — in the agency edition — a sentence on
 * internal clients, never mixed into the others.
 */
final class Conclusions {
    /** Aspects and processes with fewer answers are not ranked among the weakest. */
    static final long MIN_ANSWERS_TO_RANK = 10;

    private Conclusions() {
    }

    static List<String> of(Context c) {
        Texts t = c.t();
        boolean en = t.language() == Language.EN;
        MetricsReport r = c.external();
        List<String> out = new ArrayList<>();
        Optional<SatisfactionFigures> total = r.satisfactionTotal();
        String who = c.internal().isPresent() ? (en ? " of external clients" : " внешних клиентов") : "";
        if (total.isPresent() && total.get().overall().share().isPresent()) {
            ScaleResult o = total.get().overall();
            out.add((en ? "Overall satisfaction" + who + " is " : "Общая удовлетворённость" + who + " составляет ") + t.percent(o.share().getAsDouble())
                    + (en ? " (95% CI " : " (95% ДИ ") + t.percent(o.ci95().get().low()) + " — " + t.percent(o.ci95().get().high())
                    + ", n\u00a0=\u00a0" + t.integer(o.answered()) + ").");
            List<String> weakest = weakestAspects(total.get(), 3);
            if (!weakest.isEmpty()) {
                List<String> parts = new ArrayList<>();
                for (String code : weakest) {
                    ScaleResult s = total.get().aspects().get(code).figure().get();
                    parts.add(c.quoted(c.labels().aspect(code, c.lang())) + " — " + t.percent(s.share().getAsDouble()) + " (n\u00a0=\u00a0" + t.integer(s.answered()) + ")");
                }
                out.add((en ? "The weakest aspects: " : "Наиболее низкая удовлетворённость по параметрам: ") + String.join("; ", parts) + ".");
            }
            total.get().problems().entrySet().stream()
                    .filter(e -> e.getValue().figure().isPresent())
                    .max(Comparator.comparingLong((Map.Entry<String, Cell<ProblemResult>> e) -> e.getValue().figure().get().count())
                            .thenComparing(Map.Entry::getKey, Comparator.reverseOrder()))
                    .ifPresent(e -> {
                        ProblemResult p = e.getValue().figure().get();
                        out.add((en ? "The most frequent problem is " : "Чаще всего клиенты отмечают проблему ") + c.quoted(c.labels().problem(e.getKey(), c.lang()))
                                + ": " + t.integer(p.count()) + (en ? " of " : " из ") + t.integer(p.base()) + " ("
                                + t.percent(p.share().getAsDouble()) + ").");
                    });
        }
        weakestProcess(c).ifPresent(out::add);
        for (SatisfactionGroup g : r.satisfaction()) {
            if (g.comparison().isPresent() && g.comparison().get().pValue() < 0.05) {
                var cmp = g.comparison().get();
                String group = g.key().isTotal() ? (en ? "overall" : "в целом") : c.labels().group(g.key(), c.lang());
                out.add((en ? "Significant change, " : "Значимое изменение, ") + group + ": " + (cmp.delta() >= 0 ? "+" : "")
                        + t.number(100 * cmp.delta(), 1) + (en ? " pp (" : " п. п. (") + pValue(cmp.pValue(), t) + ").");
            }
        }
        if (!c.all().appeals().isEmpty()) {
            AppealFigures a = c.all().appeals().get(0).figures();
            out.add((en ? "Appeals registered: " : "Зарегистрировано обращений: ") + t.integer(a.total())
                    + (en ? ", overdue: " : ", с нарушением срока: ") + t.integer(a.overdue())
                    + (a.overdueShare().isPresent() ? " (" + t.percent(a.overdueShare().getAsDouble()) + ")" : "")
                    + (en ? "; complaints: " : "; жалоб: ") + t.integer(a.complaints()) + ".");
        }
        int alerts = r.alerts().size() + c.internal().map(i -> i.alerts().size()).orElse(0);
        if (alerts > 0) {
            out.add((en ? "Alerts for an extra round of feedback collection: " : "Сигналов для дополнительного сбора обратной связи: ") + alerts + ".");
        }
        c.internal().flatMap(MetricsReport::satisfactionTotal).filter(f -> f.overall().share().isPresent()).ifPresent(f -> {
            ScaleResult o = f.overall();
            out.add((en ? "Internal clients (employees), apart: satisfaction " : "Внутренние клиенты (сотрудники), отдельно: удовлетворённость ")
                    + t.percent(o.share().getAsDouble()) + " (n\u00a0=\u00a0" + t.integer(o.answered()) + ").");
        });
        if (out.isEmpty()) {
            out.add(en ? "No figures for this period." : "За период нет данных.");
        }
        return out;
    }

    static String pValue(double p, Texts t) {
        return p < 0.001 ? "p < " + t.number(0.001, 3) : "p = " + t.number(p, 3);
    }

    /** Up to {@code n} aspect codes with the lowest satisfied share among those with enough answers. */
    static List<String> weakestAspects(SatisfactionFigures f, int n) {
        List<Map.Entry<String, Cell<ScaleResult>>> ranked = new ArrayList<>();
        for (Map.Entry<String, Cell<ScaleResult>> e : f.aspects().entrySet()) {
            if (e.getValue().figure().filter(s -> s.answered() >= MIN_ANSWERS_TO_RANK).isPresent()) {
                ranked.add(e);
            }
        }
        ranked.sort(Comparator.comparingDouble((Map.Entry<String, Cell<ScaleResult>> e) -> e.getValue().figure().get().share().getAsDouble())
                .thenComparing(Map.Entry::getKey));
        return ranked.stream().limit(n).map(Map.Entry::getKey).toList();
    }

    private static Optional<String> weakestProcess(Context c) {
        boolean en = c.t().language() == Language.EN;
        return c.external().satisfaction().stream()
                .filter(g -> !g.key().isTotal() && g.key().value(Dimension.PROCESS) != null)
                .filter(g -> !Dimension.UNSPECIFIED.equals(g.key().value(Dimension.PROCESS)))
                .filter(g -> g.figures().figure().filter(f -> f.overall().answered() >= MIN_ANSWERS_TO_RANK).isPresent())
                .min(Comparator.comparingDouble(g -> g.figures().figure().get().overall().share().getAsDouble()))
                .map(g -> {
                    ScaleResult o = g.figures().figure().get().overall();
                    return (en ? "The least satisfying process is " : "Наименьшая удовлетворённость — процесс ")
                            + c.quoted(c.labels().process(g.key().value(Dimension.PROCESS), c.lang())) + ": "
                            + c.t().percent(o.share().getAsDouble()) + " (n\u00a0=\u00a0" + c.t().integer(o.answered()) + ").";
                });
    }
}
