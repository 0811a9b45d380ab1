package io.github.otklik.cli;

import io.github.otklik.core.process.Process;
import io.github.otklik.metrics.Dimension;
import io.github.otklik.metrics.ClientSplit;
import io.github.otklik.metrics.MetricsEngine;
import io.github.otklik.core.text.Language;
import io.github.otklik.metrics.MetricsInputs;
import io.github.otklik.metrics.alert.AlertRules;
import io.github.otklik.metrics.report.MetricsReport;
import io.github.otklik.report.AnalyticReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code otklik report}: the analytic report of the period as one self-contained HTML file. */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = "Writes the analytic report of the period (seed 002): results with charts, conclusions, the pain map, "
                + "survey link, dates, respondents, instruments; one self-contained HTML file that prints well.")
final class ReportCommand implements Callable<Integer> {
    @Mixin
    DataInputs data;

    @Mixin
    PainMapOptions painMap;

    @Mixin
    RunOptions options;

    @Option(names = "--survey-url", paramLabel = "URL", description = "The permanent survey link shown on the title page.")
    String surveyUrl;

    @Option(names = "--agency", paramLabel = "NAME", description = "The agency's name for the title page.")
    String agency;

    @Option(names = "--lang", paramLabel = "LANG", defaultValue = "ru", description = "ru or en (default ${DEFAULT-VALUE}).")
    String lang;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "FILE.html", description = "Where to write the report.")
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
        Language language = Cli.lang(lang);
        if (surveyUrl != null) {
            try {
                AnalyticReport.checkSurveyUrl(surveyUrl);
            } catch (IllegalArgumentException e) {
                throw new UsageException("--survey-url: " + e.getMessage());
            }
        }
        List<Dimension> segments = new ArrayList<>(List.of(Dimension.CHANNEL, Dimension.CATEGORY, Dimension.FORM));
        if (data.registry().processes().stream().anyMatch(p -> !p.lifeSituations().isEmpty())) {
            segments.add(Dimension.LIFE_SITUATION);
        }
        MetricsEngine main = MetricsEngine.from(MetricsCommand.spec(data.spec().groupBy(Dimension.PROCESS).segments(segments), options));
        try (RejectSink rejects = new RejectSink(data.rejects)) {
            MetricsInputs inputs = DataInputs.guarded(data::inputs);
            ClientSplit split = DataInputs.guarded(() -> main.runByClients(inputs, rejects));
            AnalyticReport.Builder b = AnalyticReport.builder(split).lang(language);
            data.registry().processes().forEach(p -> b.processName(p.id(), p.name()));
            if (agency != null) {
                b.agency(agency);
            }
            if (surveyUrl != null) {
                b.surveyUrl(surveyUrl);
            }
            painMap.section(split.all(), lang, data).ifPresent(b::section);
            Cli.write(spec.commandLine().getOut(), output, b.build().render());
            rejects.report(spec.commandLine().getErr());
            return split.all().rejected() > 0 ? Otklik.REJECTED : Otklik.OK;
        }
    }
}
