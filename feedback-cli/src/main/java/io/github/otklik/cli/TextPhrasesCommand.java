package io.github.otklik.cli;

import io.github.otklik.core.period.ReportingPeriod;
import io.github.otklik.core.text.Language;
import io.github.otklik.metrics.MetricsInputs;
import io.github.otklik.text.phrase.CandidateAccumulator;
import io.github.otklik.text.phrase.Grouping;
import io.github.otklik.text.phrase.PhraseFinder;
import io.github.otklik.text.phrase.PhraseRankings;
import io.github.otklik.text.phrase.PhraseSketch;
import io.github.otklik.text.phrase.SketchAccumulator;
import io.github.otklik.text.theme.ThemeCatalog;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.Callable;

/**
 * {@code otklik text phrases}: the phrases over-represented in the comments and appeal texts of
 * dissatisfied clients (overall ≤ {@code dissatisfiedTo}, and complaints) against the other texts of
 * the period, overall or per process, with counts on both sides, Dunning's G² and masked quotes
 * ({@code otklik-text-phrases/1}, {@code docs/text.md}). Two passes over the sources (the phrase
 * sketch, then exact counts of the candidates); rejects are reported from the first.
 */
@Command(name = "phrases", mixinStandardHelpOptions = true,
        description = "Lists the phrases over-represented in the texts of dissatisfied clients (otklik-text-phrases/1 JSON or a table); "
                + "internal output: quotes are masked but are clients' words.")
final class TextPhrasesCommand implements Callable<Integer> {
    @Mixin
    DataInputs data;

    @Option(names = "--by", paramLabel = "BY", defaultValue = "none",
            description = "process (a ranking per process) or none (one ranking over all texts; default ${DEFAULT-VALUE}).")
    String by;

    @Option(names = "--top", paramLabel = "K", defaultValue = "20", description = "Phrases listed per ranking, 1 to 10000 (default ${DEFAULT-VALUE}).")
    int top;

    @Option(names = "--min-count", paramLabel = "N", defaultValue = "5",
            description = "Fewest dissatisfied texts a listed phrase is in, at least 1 (default ${DEFAULT-VALUE}).")
    int minCount;

    @Option(names = "--min-cell", paramLabel = "K", defaultValue = "5",
            description = "Fewest dissatisfied texts a phrase is in for quotes to be shown, at least 1 (default ${DEFAULT-VALUE}).")
    int minCell;

    @Option(names = "--lang", paramLabel = "LANG", defaultValue = "ru",
            description = "The texts' language, ru or en: stemmer, stop words, masking tokens (default ${DEFAULT-VALUE}).")
    String lang;

    @Option(names = "--themes", paramLabel = "FILE",
            description = "The agency's themes (otklik-text-themes/1): phrases they already have are not written by --write-themes.")
    Path themes;

    @Option(names = "--write-themes", paramLabel = "FILE",
            description = "Also write the listed phrases as an otklik-text-themes/1 file to edit and give back with --themes.")
    Path writeThemes;

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
        Grouping grouping = switch (by) {
            case "process" -> Grouping.PROCESS;
            case "none" -> Grouping.OVERALL;
            default -> throw new UsageException("unknown --by \"" + by + "\" (expected process or none)");
        };
        if (data.responses == null && data.appeals == null && data.db == null) {
            throw new UsageException("text phrases reads the texts of --responses and --appeals (or --db): give at least one");
        }
        Language language = Cli.lang(lang);
        ReportingPeriod period = data.period();
        ZoneId zone = data.zone();
        Instant given = data.asOfOrNull();
        Instant asOf = given != null ? given : period.defaultAsOf(zone);
        ThemeCatalog own = themes == null ? null : ThemesFile.load(themes);
        ThemeCatalog counted = ThemesFile.catalog(own, language, themes);
        PhraseFinder finder;
        try {
            finder = PhraseFinder.builder(language).grouping(grouping).top(top).minCount(minCount).minCell(minCell).period(period, zone).build();
        } catch (IllegalArgumentException e) {
            throw new UsageException("--" + e.getMessage().replace("minCount", "min-count").replace("minCell", "min-cell"));
        }
        MetricsInputs inputs = DataInputs.guarded(data::inputs);
        TextPass.Counts counts;
        PhraseRankings rankings;
        try (RejectSink rejects = new RejectSink(data.rejects)) {
            Fold<SketchAccumulator, PhraseSketch> sketch = new Fold<>(finder.sketchAggregator());
            counts = DataInputs.guarded(() -> new TextPass(data.catalog(), sketch::sink).read(inputs, rejects));
            Fold<CandidateAccumulator, PhraseRankings> exact = new Fold<>(finder.aggregator(sketch.result()));
            DataInputs.guarded(() -> new TextPass(data.catalog(), exact::sink).read(inputs, reject -> { })); // reported by the first pass
            rankings = exact.result();
            PhrasesRun run = new PhrasesRun(period, zone, asOf, language, top, minCount, minCell, counts.responses(), counts.appeals(), rankings);
            Cli.write(spec.commandLine().getOut(), output, "json".equals(format) ? PhrasesJson.toJson(run) : PhrasesTable.render(run));
            if (writeThemes != null) {
                Cli.write(spec.commandLine().getOut(), writeThemes, PhraseThemes.of(run.groups().values(), counted, own, language).toJson());
            }
            rejects.report(spec.commandLine().getErr());
        }
        return counts.rejected() > 0 ? Otklik.REJECTED : Otklik.OK;
    }
}
