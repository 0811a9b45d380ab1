package io.github.otklik.cli;

import io.github.otklik.core.io.InputFileException;
import io.github.otklik.core.process.Process;
import io.github.otklik.metrics.report.MetricsReport;
import io.github.otklik.metrics.disclosure.Content;
import io.github.otklik.core.text.Language;
import io.github.otklik.painmap.PainMap;
import io.github.otklik.painmap.build.PainMapBuilder;
import io.github.otklik.painmap.build.ProblemTitles;
import io.github.otklik.painmap.Level;
import io.github.otklik.painmap.evidence.TextCounts;
import io.github.otklik.painmap.export.ClientSides;
import io.github.otklik.painmap.export.Focus;
import io.github.otklik.metrics.ClientSplit;
import io.github.otklik.painmap.export.PainMapHtml;
import io.github.otklik.painmap.export.PublicPainMap;
import io.github.otklik.painmap.export.PublicPainMapHtml;
import io.github.otklik.core.text.LocalizedText;
import io.github.otklik.metrics.Dimension;
import io.github.otklik.text.theme.Theme;
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
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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

    @Option(names = "--min-priority", paramLabel = "LEVEL",
            description = "Human views (HTML, Markdown, the report): list points of this priority or higher row by row and count "
                    + "the rest (high, medium or low; default medium for HTML and the report; Markdown lists every point unless "
                    + "--min-priority or --min-evidence is given). JSON and CSV keep every point.")
    String minPriority;

    @Option(names = "--min-evidence", paramLabel = "X",
            description = "Human views: list only points resting on at least X mentions (the largest x of their evidence: "
                    + "respondents, appeals, results or texts showing the problem; default 0).")
    Long minEvidence;

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

    /** Whether {@code --min-priority} or {@code --min-evidence} was given. */
    boolean focusGiven() {
        return minPriority != null || minEvidence != null;
    }

    /**
     * The focus of the human views: {@code --min-priority} (default medium) and {@code --min-evidence} (default 0).
     *
     * @throws UsageException when a value is invalid
     */
    Focus focus() {
        Level level = Level.MEDIUM;
        if (minPriority != null) {
            level = switch (minPriority.toLowerCase(java.util.Locale.ROOT)) {
                case "high" -> Level.HIGH;
                case "medium" -> Level.MEDIUM;
                case "low" -> Level.LOW;
                default -> throw new UsageException("unknown --min-priority \"" + minPriority + "\" (expected high, medium or low)");
            };
        }
        long evidence = minEvidence == null ? 0 : minEvidence;
        if (evidence < 0) {
            throw new UsageException("--min-evidence must be at least 0 (was " + evidence + ")");
        }
        return new Focus(level, evidence);
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
        PainMapBuilder b = PainMapBuilder.from(byProcess).registry(data.registry().processes()).lang(Language.of(lang));
        ProblemTitles titles = ProblemTitles.of(labels(data));
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
        if (texts != null) {
            b.texts(textCounts(texts.themeFigures()));
            titles = titles.orElse(themeTitles(texts.themeCatalog()));
        }
        return b.titles(titles).build();
    }

    /** The per-process theme counts as the pain map takes them ({@code TEXT} evidence). */
    static Map<String, TextCounts> textCounts(ThemeFigures figures) {
        Map<String, TextCounts> out = new LinkedHashMap<>();
        figures.byProcess().forEach((process, counts) -> {
            if (!Dimension.UNSPECIFIED.equals(process)) {
                out.put(process, new TextCounts(counts.texts(), counts.matched()));
            }
        });
        return out;
    }

    /** The titles of the catalogue's themes, for theme codes no form names. */
    static ProblemTitles themeTitles(ThemeCatalog catalog) {
        Map<String, LocalizedText> titles = new HashMap<>();
        for (Theme t : catalog.themes()) {
            t.title().ifPresent(title -> titles.put(t.code(), title));
        }
        return ProblemTitles.of(titles);
    }

    /**
     * The pain-map section of the report: in the agency edition the focused working map (external and
     * internal processes apart, LOW points counted); in the public edition "you said, we did", built
     * from a working map of {@code working} and the figures the public report {@code byProcess} shows.
     *
     * @param split the report's metrics grouped by process (agency or public), every client's and external clients'
     * @param working internal metrics grouped by process, for the public edition's working map; null in the agency edition
     */
    Optional<ReportSection> section(ClientSplit split, MetricsReport working, String lang, DataInputs data, TextAnalysis texts) {
        Language language = Language.of(lang);
        MetricsReport byProcess = split.all();
        if (byProcess.disclosure().shows(Content.WORKING_PAIN_MAP)) {
            PainMap map = build(byProcess, lang, data, texts);
            return Optional.of(section(language.pick("Карта болей", "Pain map"),
                    PainMapHtml.view(map, focus(), ClientSides.heardFrom(split.external()))));
        }
        if (working == null) {
            return Optional.empty();
        }
        PublicPainMap map = PublicPainMap.of(build(working, lang, data, texts), byProcess);
        return Optional.of(section(language.pick("Вы сказали — мы сделали", "You said, we did"),
                PublicPainMapHtml.view(map, focus().minPriority())));
    }

    private static ReportSection section(String title, String html) {
        return new ReportSection() {
            @Override
            public String title() {
                return title;
            }

            @Override
            public String html() {
                return html;
            }

            @Override
            public String id() {
                return "painmap";
            }
        };
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
