package io.github.otklik.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.otklik.core.process.TargetIndicator;
import io.github.otklik.metrics.Dimension;
import io.github.otklik.metrics.MetricsEngine;
import io.github.otklik.metrics.report.AlertRules;
import io.github.otklik.metrics.report.MetricsJson;
import io.github.otklik.metrics.report.MetricsReport;
import io.github.otklik.metrics.report.ReportAudience;
import io.github.otklik.metrics.report.Target;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code otklik metrics}: the {@code otklik-metrics/1} figures of a period. */
@Command(name = "metrics", mixinStandardHelpOptions = true,
        description = "Computes satisfaction, appeal and process metrics of a period (otklik-metrics/1 JSON or a table).")
final class MetricsCommand implements Callable<Integer> {
    @Mixin
    DataInputs data;

    @Option(names = "--group-by", paramLabel = "D,…", split = ",",
            description = "Dimensions: agency, process, channel, form, category, clientKind, kind, topic.")
    List<String> groupBy = new ArrayList<>();

    @Option(names = "--audience", paramLabel = "A", defaultValue = "internal", description = "internal or public (default ${DEFAULT-VALUE}).")
    String audience;

    @Option(names = "--min-cell", paramLabel = "K", defaultValue = "5", description = "Smallest group shown publicly (default ${DEFAULT-VALUE}).")
    long minCell;

    @Option(names = "--targets", paramLabel = "FILE", description = "Target-state indicators (JSON).")
    Path targets;

    @Option(names = "--compare", paramLabel = "PERIOD", description = "Compare satisfaction with a previous period.")
    String compare;

    @Option(names = "--alert-dissatisfied", paramLabel = "L", defaultValue = "0.25",
            description = "Alert when the dissatisfied share's 95% lower bound is at least L (default ${DEFAULT-VALUE}).")
    double alertDissatisfied;

    @Option(names = "--alert-complaints-growth", paramLabel = "G", defaultValue = "0.5",
            description = "With --compare, alert when complaints grew by at least G, 0.5 = +50% (default ${DEFAULT-VALUE}).")
    double alertComplaintsGrowth;

    @Option(names = "--format", paramLabel = "F", defaultValue = "json", description = "json or table (default ${DEFAULT-VALUE}).")
    String format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write to FILE instead of stdout.")
    Path output;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        try {
            return run();
        } finally {
            data.close();
        }
    }

    private Integer run() {
        if (!"json".equals(format) && !"table".equals(format)) {
            throw new UsageException("unknown format \"" + format + "\" (expected json or table)");
        }
        MetricsEngine engine = engine(data, groupBy, audience, minCell, targets, compare, alertRules(alertDissatisfied, alertComplaintsGrowth));
        try (RejectSink rejects = new RejectSink(data.rejects)) {
            MetricsReport report = DataInputs.guarded(() -> engine.run(data.inputs(), rejects));
            String text = "json".equals(format) ? MetricsJson.toJson(report) : MetricsTable.render(report);
            Cli.write(spec.commandLine().getOut(), output, text);
            rejects.report(spec.commandLine().getErr());
            return report.rejected() > 0 ? Otklik.REJECTED : Otklik.OK;
        }
    }

    static AlertRules alertRules(double dissatisfied, double complaintsGrowth) {
        try {
            return new AlertRules(dissatisfied, AlertRules.DEFAULT.minAnswered(), complaintsGrowth, AlertRules.DEFAULT.minComplaints());
        } catch (IllegalArgumentException e) {
            throw new UsageException("alert thresholds out of range: the lower bound must be in (0, 1], the growth above 0");
        }
    }

    static MetricsEngine engine(DataInputs data, List<String> groupBy, String audience, long minCell, Path targets, String compare,
            AlertRules alerts) {
        return engine(data, groupBy, audience, minCell, targets, compare, alerts, List.of());
    }

    static MetricsEngine engine(DataInputs data, List<String> groupBy, String audience, long minCell, Path targets, String compare,
            AlertRules alerts, List<Dimension> segments) {
        List<Dimension> dims = new ArrayList<>();
        for (String name : groupBy) {
            String n = name.strip();
            if (n.isEmpty()) {
                continue;
            }
            Dimension d = Dimension.fromWireName(n).orElseThrow(() -> new UsageException("unknown --group-by dimension \"" + n
                    + "\" (expected agency, process, channel, form, category, clientKind, kind or topic)"));
            if (dims.contains(d)) {
                throw new UsageException("--group-by repeats " + n);
            }
            dims.add(d);
        }
        if (minCell < 0) {
            throw new UsageException("--min-cell must not be negative");
        }
        ReportAudience a;
        try {
            a = ReportAudience.fromWireName(audience);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        MetricsEngine.Builder b = MetricsEngine.builder(data.catalog(), data.period()).zone(data.zone()).groupBy(dims)
                .audience(a).minCell(minCell).alertRules(alerts).segments(segments);
        if (data.asOfOrNull() != null) {
            b.asOf(data.asOfOrNull());
        }
        if (targets != null) {
            b.targets(readTargets(targets));
        }
        if (compare != null) {
            b.compareWith(Cli.period(compare));
        }
        return b.build();
    }

    static List<Target> readTargets(Path file) {
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(file.toFile());
        } catch (IOException e) {
            throw new UsageException("invalid targets file " + file + ": " + e.getMessage().lines().findFirst().orElse(""));
        }
        if (root == null || !root.isArray()) {
            throw new UsageException("invalid targets file " + file + ": expected a JSON array of {process, metric, target, direction}");
        }
        List<Target> out = new ArrayList<>();
        for (int i = 0; i < root.size(); i++) {
            JsonNode t = root.get(i);
            String where = "invalid targets file " + file + ": entry " + (i + 1);
            if (!t.isObject() || !t.path("process").isTextual() || !t.path("metric").isTextual() || !t.path("target").isNumber()
                    || !t.path("direction").isTextual()) {
                throw new UsageException(where + " needs process, metric (strings), target (number) and direction");
            }
            try {
                out.add(new Target(t.get("process").asText(), new TargetIndicator(t.get("metric").asText(), t.get("target").asDouble(),
                        TargetIndicator.Direction.fromWireName(t.get("direction").asText()))));
            } catch (IllegalArgumentException e) {
                throw new UsageException(where + ": " + e.getMessage());
            }
        }
        return out;
    }
}
