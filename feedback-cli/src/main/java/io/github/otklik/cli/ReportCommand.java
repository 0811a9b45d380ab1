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
import io.github.otklik.report.text.TextSection;
import io.github.otklik.metrics.disclosure.Content;
import io.github.otklik.metrics.disclosure.Disclosure;
import io.github.otklik.text.phrase.Grouping;
import io.github.otklik.text.phrase.PhraseFinder;
import io.github.otklik.text.theme.ThemeCatalog;
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

    /** The phrases of the report's text section: per process, the top five, quotes from minCell dissatisfied texts. */
    private PhraseFinder finder(ThemeCatalog themes, Disclosure disclosure) {
        return PhraseFinder.builder(themes.language()).outputLanguage(Cli.lang(lang)).grouping(Grouping.PROCESS).top(5)
                .minCell((int) Math.min(Integer.MAX_VALUE, disclosure.minCell())).period(data.period(), data.zone()).build();
    }

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
        MetricsEngine main = MetricsEngine.from(MetricsCommand.spec(data.spec().groupBy(Dimension.PROCESS).segments(segments), options, true));
        ThemeCatalog themes = painMap.themeCatalog(); // an invalid --themes file exits 2 before anything is read
        painMap.classifier(); // and so does an invalid --classifier file
        try (RejectSink rejects = new RejectSink(data.rejects)) {
            MetricsInputs inputs = DataInputs.guarded(data::inputs);
            // the agency edition counts themes and sketches phrases in the metrics pass; the public one reads no text
            TextAnalysis texts = main.spec().disclosure().shows(Content.FREE_TEXT)
                    ? TextAnalysis.withPhrases(themes, data.catalog(), inputs, data.period(), data.zone(), finder(themes, main.spec().disclosure()))
                    : null;
            ClientSplit split = DataInputs.guarded(() -> main.runByClients(texts == null ? inputs : texts.tapped(), rejects));
            AnalyticReport.Builder b = AnalyticReport.builder(split).lang(language).labels(painMap.labels(data));
            data.registry().processes().forEach(p -> b.processName(p.id(), p.name()));
            if (agency != null) {
                b.agency(agency);
            }
            if (surveyUrl != null) {
                b.surveyUrl(surveyUrl);
            }
            MetricsReport working = null;
            TextAnalysis counted = texts;
            if (!split.all().disclosure().shows(Content.WORKING_PAIN_MAP)) {
                // the public edition's "you said, we did": a working map from the agency's figures (a second pass, nothing of it
                // is shown but what the public edition allows), its figures from the public report's own cells
                MetricsEngine agency = MetricsEngine.from(MetricsCommand.spec(data.spec().groupBy(Dimension.PROCESS), null));
                // theme counts only (figures, no text), for the TEXT evidence of the working map
                TextAnalysis themeCounts = painMap.texts(data, DataInputs.guarded(data::inputs));
                working = DataInputs.guarded(() -> agency.run(themeCounts.tapped(), reject -> { }));
                counted = themeCounts;
            }
            painMap.section(split, working, lang, data, counted).ifPresent(b::section);
            if (texts != null && texts.anyTexts()) {
                TextSection.Builder section = TextSection.builder(themes, texts.themeFigures())
                        .phrases(DataInputs.guarded(texts::phrases)).disclosure(split.all().disclosure()).lang(language);
                data.registry().processes().forEach(p -> section.processName(p.id(), p.name()));
                section.build().ifPresent(b::section);
            }
            Cli.write(spec.commandLine().getOut(), output, b.build().render());
            rejects.report(spec.commandLine().getErr());
            return split.all().rejected() > 0 ? Otklik.REJECTED : Otklik.OK;
        }
    }
}
