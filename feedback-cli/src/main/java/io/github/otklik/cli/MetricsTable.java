package io.github.otklik.cli;

import io.github.otklik.metrics.GroupKey;
import io.github.otklik.metrics.appeal.AppealFigures;
import io.github.otklik.metrics.process.ProcessFigures;
import io.github.otklik.metrics.alert.Alert;
import io.github.otklik.metrics.target.Deviation;
import io.github.otklik.metrics.report.InputCounts;
import io.github.otklik.metrics.report.Keyed;
import io.github.otklik.metrics.report.MetricsReport;
import io.github.otklik.metrics.report.SatisfactionGroup;
import io.github.otklik.metrics.satisfaction.SatisfactionFigures;
import io.github.otklik.metrics.satisfaction.ScaleResult;

import java.util.Locale;
import java.util.OptionalDouble;
import java.util.stream.Collectors;

/** The {@code --format table} rendering of a metrics report: fixed-width text for people. */
final class MetricsTable {
    private MetricsTable() {
    }

    static String render(MetricsReport r) {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "Otklik metrics %s (%s..%s, %s), as of %s, audience %s%n", r.period().label(),
                r.period().from(), r.period().to(), r.zone(), r.asOf(), r.edition().wireName()));
        inputs(sb, "responses", r.inputs().responses());
        inputs(sb, "appeals", r.inputs().appeals());
        inputs(sb, "processes", r.inputs().processes());
        if (!r.satisfaction().isEmpty()) {
            sb.append(String.format(Locale.ROOT, "%nSatisfaction%n%-40s %9s %8s %8s %17s %6s%n", "group", "responses", "answered",
                    "share", "95% CI", "mean"));
            for (SatisfactionGroup g : r.satisfaction()) {
                if (g.figures().isSuppressed()) {
                    sb.append(String.format(Locale.ROOT, "%-40s %s%n", key(g.key()), "(suppressed: fewer answers than the minimum cell)"));
                    continue;
                }
                SatisfactionFigures f = g.figures().figure().get();
                sb.append(scaleLine(key(g.key()), f.responses(), f.overall()));
                f.aspects().forEach((code, cell) -> sb.append(cell.figure().map(s -> scaleLine("  aspect " + code, -1, s))
                        .orElse(String.format(Locale.ROOT, "  %-38s (suppressed)%n", "aspect " + code))));
                if (!f.problems().isEmpty()) {
                    sb.append("  problems: ").append(f.problems().entrySet().stream().map(e -> e.getKey() + " "
                            + e.getValue().figure().map(p -> p.count() + "/" + p.base()).orElse("(suppressed)"))
                            .collect(Collectors.joining(", "))).append('\n');
                }
            }
        }
        if (!r.appeals().isEmpty()) {
            sb.append(String.format(Locale.ROOT, "%nAppeals%n%-40s %7s %8s %6s %20s %8s %10s %9s %8s%n", "group", "total", "answered",
                    "open", "wait days p50/p90/max", "overdue", "complaints", "resolved", "refused"));
            for (Keyed<AppealFigures> g : r.appeals()) {
                AppealFigures a = g.figures();
                String wait = a.waitDays().map(w -> w.p50() + "/" + w.p90() + "/" + w.max()).orElse("-");
                sb.append(String.format(Locale.ROOT, "%-40s %7d %8d %6d %20s %8d %10d %9d %8d%n", key(g.key()), a.total(), a.answered(),
                        a.open(), wait, a.overdue(), a.complaints(), a.complaintsResolved(), a.complaintsRefused()));
            }
        }
        if (!r.processes().isEmpty()) {
            sb.append(String.format(Locale.ROOT, "%nProcess indicators%n%-40s %9s %8s %24s %9s%n", "group", "instances", "finished",
                    "hours p50/p90/max", "negative"));
            for (Keyed<ProcessFigures> g : r.processes()) {
                ProcessFigures p = g.figures();
                String hours = p.durationHours().map(d -> String.format(Locale.ROOT, "%.1f/%.1f/%.1f", d.p50(), d.p90(), d.max())).orElse("-");
                sb.append(String.format(Locale.ROOT, "%-40s %9d %8d %24s %9s%n", key(g.key()), p.instances(), p.finished(), hours,
                        percent(p.negativeShare())));
            }
        }
        if (!r.deviations().isEmpty()) {
            sb.append(String.format(Locale.ROOT, "%nTargets%n"));
            for (Deviation d : r.deviations()) {
                sb.append(String.format(Locale.ROOT, "  %s %s %s %s: actual %s — %s%n", d.target().process(), d.target().indicator().metric(),
                        d.target().indicator().direction().wireName(), d.target().indicator().target(),
                        d.actual().isPresent() ? String.valueOf(d.actual().getAsDouble()) : "unknown", d.met() ? "met" : "NOT met"));
            }
        }
        if (!r.alerts().isEmpty()) {
            sb.append(String.format(Locale.ROOT, "%nAlerts%n"));
            for (Alert a : r.alerts()) {
                sb.append("  ").append(a.section()).append(' ').append(key(a.key())).append(": ").append(a.message()).append('\n');
            }
        }
        return sb.toString();
    }

    private static void inputs(StringBuilder sb, String name, InputCounts c) {
        sb.append(String.format(Locale.ROOT, "  %-10s read %d, accepted %d, rejected %d, in period %d%n", name, c.read(), c.accepted(),
                c.rejected(), c.inPeriod()));
    }

    private static String scaleLine(String label, long responses, ScaleResult s) {
        String ci = s.ci95().map(i -> String.format(Locale.ROOT, "%.3f–%.3f", i.low(), i.high())).orElse("-");
        return String.format(Locale.ROOT, "%-40s %9s %8d %8s %17s %6s%n", label, responses < 0 ? "" : Long.toString(responses),
                s.answered(), percent(s.share()), ci, s.mean().isPresent() ? String.format(Locale.ROOT, "%.2f", s.mean().getAsDouble()) : "-");
    }

    private static String percent(OptionalDouble share) {
        return share.isPresent() ? String.format(Locale.ROOT, "%.1f%%", 100 * share.getAsDouble()) : "-";
    }

    private static String key(GroupKey k) {
        return k.isTotal() ? "(total)" : k.asMap().entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining(" "));
    }
}
