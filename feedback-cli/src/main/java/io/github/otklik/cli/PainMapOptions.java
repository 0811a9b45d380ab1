package io.github.otklik.cli;

import io.github.otklik.core.io.InputFileException;
import io.github.otklik.core.process.Process;
import io.github.otklik.metrics.report.MetricsReport;
import io.github.otklik.metrics.disclosure.Content;
import io.github.otklik.core.text.Language;
import io.github.otklik.painmap.PainMap;
import io.github.otklik.painmap.build.PainMapBuilder;
import io.github.otklik.painmap.build.ProblemTitles;
import io.github.otklik.painmap.export.PainMapHtml;
import io.github.otklik.painmap.input.PainMapFiles;
import io.github.otklik.painmap.rules.RuleSet;
import io.github.otklik.report.ReportSection;
import io.github.otklik.metrics.MetricsInputs;
import io.github.otklik.metrics.label.Classifier;
import io.github.otklik.metrics.label.Labels;
import io.github.otklik.text.theme.ThemeCatalog;
import io.github.otklik.text.theme.ThemeFigures;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** The pain-map inputs shared by {@code painmap} and {@code report}. */
final class PainMapOptions {
    @Option(names = "--manual", paramLabel = "FILE", description = "Analysts' manual pain-map entries (JSON).")
    Path manual;

    @Option(names = "--measures", paramLabel = "FILE", description = "Measures catalogue by problem code (JSON).")
    Path measures;

    @Option(names = "--rules", paramLabel = "FILE", description = "Rule set (otklik-painmap-rules/1 JSON; default: the default rule set).")
    Path rules;

    @Option(names = "--themes", paramLabel = "FILE",
            description = "Text themes (otklik-text-themes/1) that extend the standard catalogue; counted per process in comments and appeal texts.")
    Path themes;

    @Option(names = "--classifier", paramLabel = "FILE",
            description = "Labels (otklik-classifier/1): names of topics, appeal reasons, negative-result reasons, aspects, problems and life situations.")
    Path classifier;

    private ThemeCatalog themeCatalog;
    private Classifier classifierFile;

    /**
     * The {@code --classifier} file, read once; an empty classifier without one.
     *
     * @throws UsageException naming the file and each problem when it is unreadable or invalid
     */
    Classifier classifier() {
        if (classifierFile == null) {
            classifierFile = classifier == null ? Classifier.empty() : guarded(() -> Classifier.load(classifier));
        }
        return classifierFile;
    }

    /**
     * The names people read in place of codes: the classifier, the agency's forms, the registry, the built-in names.
     *
     * @param data the run's inputs
     * @return the labels
     * @throws UsageException when the classifier, the forms or the registry is invalid
     */
    Labels labels(DataInputs data) {
        return Labels.builder().classifier(classifier()).forms(data.catalog()).registry(data.registry()).build();
    }

    /**
     * The themes counted: the standard catalogue, extended by {@code --themes} when given (read once).
     *
     * @throws UsageException naming the file and its problems when {@code --themes} is invalid
     */
    ThemeCatalog themeCatalog() {
        if (themeCatalog == null) {
            themeCatalog = ThemesFile.catalog(themes);
        }
        return themeCatalog;
    }

    /**
     * The theme counts of the run, made in the metrics pass over {@code inputs} (run the engine on
     * {@link TextAnalysis#tapped()}).
     *
     * @throws UsageException when {@code --themes}, the period or the zone is invalid
     */
    TextAnalysis texts(DataInputs data, MetricsInputs inputs) {
        return TextAnalysis.themes(themeCatalog(), data.catalog(), inputs, data.period(), data.zone());
    }

    /**
     * The pain map of an internal report grouped by process, with every optional input applied.
     *
     * @param byProcess the period's metrics grouped by process
     * @param lang the output language
     * @param data the run's inputs
     * @param texts the theme counts of the same pass ({@link TextAnalysis#themeFigures()}: the {@code TEXT} evidence)
     * @throws UsageException when an input file is invalid
     */
    PainMap build(MetricsReport byProcess, String lang, DataInputs data, TextAnalysis texts) {
        PainMapBuilder b = PainMapBuilder.from(byProcess).registry(data.registry().processes()).lang(Language.of(lang))
                .titles(ProblemTitles.of(labels(data)));
        if (manual != null) {
            b.manual(guarded(() -> PainMapFiles.manualEntries(manual)));
        }
        if (measures != null) {
            b.measures(guarded(() -> PainMapFiles.measures(measures)));
        }
        if (rules != null) {
            RuleSet set = guarded(() -> PainMapFiles.rules(rules));
            b.rules(set);
        }
        ThemeFigures themeFigures = texts.themeFigures();
        ThemeCatalog themeTitles = texts.themeCatalog();
        // TEXT evidence: pass themeFigures here once PainMapBuilder accepts it (per process:
        // themeFigures.process(id) → counts() → code, x, n; titles from themeTitles.theme(code)).
        return b.build();
    }

    /** The pain-map section of the report; none where the disclosure shows no working pain map (the public edition). */
    Optional<ReportSection> section(MetricsReport byProcess, String lang, DataInputs data, TextAnalysis texts) {
        if (!byProcess.disclosure().shows(Content.WORKING_PAIN_MAP)) {
            return Optional.empty();
        }
        PainMap map = build(byProcess, lang, data, texts);
        String html = PainMapHtml.table(map, null);
        String title = "en".equals(lang) ? "Pain map" : "Карта болей";
        return Optional.of(new ReportSection() {
            @Override
            public String title() {
                return title + " (" + map.items().size() + ")";
            }

            @Override
            public String html() {
                return html;
            }
        });
    }

    static <T> T guarded(java.util.function.Supplier<T> body) {
        try {
            return body.get();
        } catch (InputFileException e) {
            throw new UsageException(e.getMessage());
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
    }
}
