package io.github.otklik.cli;

import io.github.otklik.core.period.ReportingPeriod;
import io.github.otklik.forms.FormCatalog;
import io.github.otklik.metrics.MetricsInputs;
import io.github.otklik.text.TextItem;
import io.github.otklik.text.phrase.CandidateAccumulator;
import io.github.otklik.text.phrase.PhraseFinder;
import io.github.otklik.text.phrase.PhraseRankings;
import io.github.otklik.text.phrase.PhraseSketch;
import io.github.otklik.text.phrase.SketchAccumulator;
import io.github.otklik.text.theme.ThemeAccumulator;
import io.github.otklik.text.theme.ThemeAggregator;
import io.github.otklik.text.theme.ThemeCatalog;
import io.github.otklik.text.theme.ThemeFigures;

import java.time.ZoneId;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * The free text of a {@code painmap} or {@code report} run: the per-process theme counts behind the
 * pain map's {@code TEXT} evidence ({@code spec/painmap.md}) and, for the report's agency edition, the
 * emerging phrases per process. The theme counts — and the phrases' first pass, their sketch — are
 * made <em>in the metrics pass</em>: {@link #tap} wraps the run's sources so that each accepted
 * response and appeal also gives its texts, on the thread that reads it. The phrases need a second
 * pass over the same sources ({@link #phrases}), which reads the texts only. Not thread-safe; one per run.
 */
final class TextAnalysis {
    private final ThemeCatalog themes;
    private final FormCatalog forms;
    private final MetricsInputs inputs;
    private final Fold<ThemeAccumulator, ThemeFigures> themeFold;
    private final PhraseFinder finder;
    private final Fold<SketchAccumulator, PhraseSketch> sketchFold;
    private ThemeFigures themeFigures;

    private TextAnalysis(ThemeCatalog themes, FormCatalog forms, MetricsInputs inputs, ReportingPeriod period, ZoneId zone, PhraseFinder finder) {
        this.themes = Objects.requireNonNull(themes, "themes");
        this.forms = Objects.requireNonNull(forms, "forms");
        this.inputs = Objects.requireNonNull(inputs, "inputs");
        this.themeFold = new Fold<>(ThemeAggregator.builder(themes).period(period, zone).build());
        this.finder = finder;
        this.sketchFold = finder == null ? null : new Fold<>(finder.sketchAggregator());
    }

    /**
     * Theme counts only (the pain map).
     *
     * @param themes the catalogue to count (standard, extended by {@code --themes})
     * @param forms the templates of the responses
     * @param inputs the run's sources
     * @param period the reporting period
     * @param zone the reporting zone
     * @return the analysis, before its pass
     */
    static TextAnalysis themes(ThemeCatalog themes, FormCatalog forms, MetricsInputs inputs, ReportingPeriod period, ZoneId zone) {
        return new TextAnalysis(themes, forms, inputs, period, zone, null);
    }

    /**
     * Theme counts and emerging phrases (the report).
     *
     * @param themes the catalogue to count
     * @param forms the templates of the responses
     * @param inputs the run's sources
     * @param period the reporting period
     * @param zone the reporting zone
     * @param finder the phrase finder (grouped by process, with the period)
     * @return the analysis, before its pass
     */
    static TextAnalysis withPhrases(ThemeCatalog themes, FormCatalog forms, MetricsInputs inputs, ReportingPeriod period, ZoneId zone,
            PhraseFinder finder) {
        return new TextAnalysis(themes, forms, inputs, period, zone, Objects.requireNonNull(finder, "finder"));
    }

    /**
     * The run's sources, tapped: give these to the metrics engine, so that its one pass also counts the themes.
     *
     * @return sources that read exactly as the run's do
     */
    MetricsInputs tapped() {
        return new TextPass(forms, this::sink).tap(inputs);
    }

    private Consumer<TextItem> sink() {
        Consumer<TextItem> themesSink = themeFold.sink();
        if (sketchFold == null) {
            return themesSink;
        }
        Consumer<TextItem> sketchSink = sketchFold.sink();
        return item -> {
            themesSink.accept(item);
            sketchSink.accept(item);
        };
    }

    /** The catalogue counted. */
    ThemeCatalog themeCatalog() {
        return themes;
    }

    /**
     * The per-process theme counts of the period (x of n per theme and process: the pain map's
     * {@code TEXT} evidence), once the metrics engine has read {@link #tapped()}.
     *
     * @return the figures; no process and an empty total when there was no text
     */
    ThemeFigures themeFigures() {
        if (themeFigures == null) {
            themeFigures = themeFold.result();
        }
        return themeFigures;
    }

    /** Whether the period has at least one text (with a word). */
    boolean anyTexts() {
        return themeFigures().total().texts() > 0;
    }

    /**
     * The emerging phrases per process: the second pass over the run's sources (texts only; their
     * rejects were reported by the metrics pass), after the metrics engine has read {@link #tapped()}.
     *
     * @return the rankings
     * @throws IllegalStateException when made by {@link #themes}
     */
    PhraseRankings phrases() {
        if (finder == null) {
            throw new IllegalStateException("no phrase finder");
        }
        Fold<CandidateAccumulator, PhraseRankings> exact = new Fold<>(finder.aggregator(sketchFold.result()));
        new TextPass(forms, exact::sink).read(inputs, reject -> { });
        return exact.result();
    }
}
