package io.github.otklik.cli;


import io.github.otklik.metrics.Dimension;
import io.github.otklik.metrics.MetricsEngine;
import io.github.otklik.metrics.MetricsSpec;
import io.github.otklik.metrics.MetricsSpecBuilder;
import io.github.otklik.metrics.alert.AlertRules;
import io.github.otklik.metrics.report.MetricsJson;
import io.github.otklik.metrics.report.MetricsReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

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
            description = "Dimensions: agency, process, channel, form, category, clientKind, kind, topic, lifeSituation (needs --registry).")
    List<String> groupBy = new ArrayList<>();

    @Mixin
    RunOptions options;

    @Option(names = "--alert-dissatisfied", paramLabel = "L", defaultValue = "0.25",
            description = "Alert when the dissatisfied share's 95%% lower bound is at least L (default ${DEFAULT-VALUE}).")
    double alertDissatisfied;

    @Option(names = "--alert-complaints-growth", paramLabel = "G", defaultValue = "0.5",
            description = "With --compare, alert when complaints grew by at least G, 0.5 = +50%% (default ${DEFAULT-VALUE}).")
    double alertComplaintsGrowth;

    @Option(names = "--format", paramLabel = "F", defaultValue = "json", description = "json or table (default ${DEFAULT-VALUE}).")
    String format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write to FILE instead of stdout.")
    Path output;

    @Spec
    picocli.CommandLine.Model.CommandSpec command;

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
        MetricsSpec spec = spec(data.spec().groupBy(dimensions(groupBy)).alertRules(alertRules(alertDissatisfied, alertComplaintsGrowth)), options);
        MetricsEngine engine = MetricsEngine.from(spec);
        try (RejectSink rejects = new RejectSink(data.rejects)) {
            MetricsReport report = DataInputs.guarded(() -> engine.run(data.inputs(), rejects));
            String text = "json".equals(format) ? MetricsJson.toJson(report) : MetricsTable.render(report);
            Cli.write(command.commandLine().getOut(), output, text);
            rejects.report(command.commandLine().getErr());
            return report.rejected() > 0 ? Otklik.REJECTED : Otklik.OK;
        }
    }

    /** The spec of {@code builder} with the run options (when given), a settings conflict being a usage error. */
    static MetricsSpec spec(MetricsSpecBuilder builder, RunOptions options) {
        return spec(builder, options, false);
    }

    /** As {@link #spec(MetricsSpecBuilder, RunOptions)}, with complementary suppression forced on when asked. */
    static MetricsSpec spec(MetricsSpecBuilder builder, RunOptions options, boolean complementaryAlways) {
        try {
            return (options == null ? builder : options.apply(builder, complementaryAlways)).build();
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw new UsageException(e.getMessage());
        }
    }

    static AlertRules alertRules(double dissatisfied, double complaintsGrowth) {
        try {
            return new AlertRules(dissatisfied, AlertRules.DEFAULT.minAnswered(), complaintsGrowth, AlertRules.DEFAULT.minComplaints());
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
    }

    static List<Dimension> dimensions(List<String> groupBy) {
        List<Dimension> dims = new ArrayList<>();
        for (String name : groupBy) {
            String n = name.strip();
            if (n.isEmpty()) {
                continue;
            }
            Dimension d = Dimension.fromWireName(n).orElseThrow(() -> new UsageException("unknown --group-by dimension \"" + n
                    + "\" (expected agency, process, channel, form, category, clientKind, kind, topic or lifeSituation)"));
            if (dims.contains(d)) {
                throw new UsageException("--group-by repeats " + n);
            }
            dims.add(d);
        }
        return dims;
    }
}
