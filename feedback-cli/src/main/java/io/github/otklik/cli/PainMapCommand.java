package io.github.otklik.cli;

import io.github.otklik.metrics.MetricsSpec;

import io.github.otklik.core.process.Process;
import io.github.otklik.metrics.MetricsEngine;
import io.github.otklik.metrics.report.MetricsReport;
import io.github.otklik.painmap.Grouping;
import io.github.otklik.painmap.PainMap;
import io.github.otklik.painmap.build.PainMapBuilder;
import io.github.otklik.painmap.export.PainMapCsv;
import io.github.otklik.painmap.export.PainMapHtml;
import io.github.otklik.painmap.export.PainMapJson;
import io.github.otklik.painmap.export.PainMapMarkdown;
import io.github.otklik.painmap.export.ClientSides;
import io.github.otklik.painmap.export.Focus;
import io.github.otklik.metrics.ClientSplit;
import io.github.otklik.painmap.export.PublicPainMap;
import io.github.otklik.painmap.export.PublicPainMapHtml;
import io.github.otklik.painmap.export.PublicPainMapJson;
import io.github.otklik.painmap.export.PublicPainMapMarkdown;
import io.github.otklik.metrics.disclosure.Content;
import io.github.otklik.metrics.disclosure.Disclosure;
import io.github.otklik.metrics.disclosure.Edition;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code otklik painmap}: the pain map (карта болей) of the period, {@code otklik-painmap/1}. */
@Command(name = "painmap", mixinStandardHelpOptions = true,
        description = "Builds the pain map (карта болей) of the period from the evidence: otklik-painmap/1 JSON, CSV, Markdown or HTML.")
final class PainMapCommand implements Callable<Integer> {
    @Mixin
    DataInputs data;

    @Mixin
    PainMapOptions options;

    @Option(names = "--format", paramLabel = "F", defaultValue = "json", description = "json, csv, md or html (default ${DEFAULT-VALUE}).")
    String format;

    @Option(names = "--lang", paramLabel = "LANG", defaultValue = "ru", description = "ru or en (default ${DEFAULT-VALUE}).")
    String lang;

    @Option(names = "--group", paramLabel = "BY",
            description = "HTML and Markdown views: group rows by process-group, touchpoint, process-type or life-situation.")
    String group;

    @Option(names = "--audience", paramLabel = "A", defaultValue = "internal",
            description = "internal (the working map) or public (\"you said, we did\": json, md or html; default ${DEFAULT-VALUE}).")
    String audience;

    @Option(names = "--min-cell", paramLabel = "K", defaultValue = "5",
            description = "Public edition: smallest number of answers a published share rests on, at least 1 (default ${DEFAULT-VALUE}).")
    long minCell;

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
        Cli.lang(lang);
        if (!List.of("json", "csv", "md", "html").contains(format)) {
            throw new UsageException("unknown format \"" + format + "\" (expected json, csv, md or html)");
        }
        Disclosure published = publicDisclosure();
        if (published != null && format.equals("csv")) {
            throw new UsageException("the public edition is written as json, md or html, not csv");
        }
        Grouping grouping = grouping(group);
        Focus focus = options.focus();
        options.classifier(); // an invalid --classifier file exits 2 before anything is read
        MetricsEngine engine = MetricsEngine.from(MetricsCommand.spec(data.spec().groupBy(PainMapBuilder.GROUP_BY), null));
        TextAnalysis texts = options.texts(data, DataInputs.guarded(data::inputs)); // --themes checked before anything is read
        try (RejectSink rejects = new RejectSink(data.rejects)) {
            // one pass: the metrics and the per-process theme counts (texts.themeFigures())
            ClientSplit split = DataInputs.guarded(() -> engine.runByClients(texts.tapped(), rejects));
            MetricsReport report = split.all();
            PainMap map = options.build(report, lang, data, texts);
            // the views part the points by process type and by who was heard: employees' answers on an external process are theirs
            ClientSides sides = ClientSides.heardFrom(split.external());
            String text;
            if (published != null) {
                // a second pass: the figures the public metrics show (external forms, small and complementary cells hidden)
                MetricsEngine open = MetricsEngine.from(MetricsCommand.spec(data.spec().groupBy(PainMapBuilder.GROUP_BY)
                        .disclosure(published), null));
                MetricsReport shown = DataInputs.guarded(() -> open.run(DataInputs.guarded(data::inputs), reject -> { }));
                PublicPainMap edition = PublicPainMap.of(map, shown);
                text = switch (format) {
                    case "json" -> PublicPainMapJson.toJson(edition);
                    case "md" -> PublicPainMapMarkdown.toMarkdown(edition);
                    default -> PublicPainMapHtml.toHtml(edition);
                };
            } else {
                text = switch (format) {
                    case "json" -> PainMapJson.toJson(map);
                    case "csv" -> PainMapCsv.toCsv(map);
                    // the Markdown export is the template's table of every point unless a focus is asked for
                    case "md" -> options.focusGiven() || grouping != null
                            ? (grouping == null ? PainMapMarkdown.toMarkdown(map, focus, sides) : PainMapMarkdown.toMarkdown(map, focus, grouping, sides))
                            : PainMapMarkdown.toMarkdown(map);
                    default -> grouping == null ? PainMapHtml.toHtml(map, focus, sides) : PainMapHtml.toHtml(map, focus, grouping, sides);
                };
            }
            Cli.write(spec.commandLine().getOut(), output, text);
            rejects.report(spec.commandLine().getErr());
            return report.rejected() > 0 ? Otklik.REJECTED : Otklik.OK;
        }
    }

    /** The public disclosure of {@code --audience public} (complementary suppression on), or null for the working map. */
    private Disclosure publicDisclosure() {
        Edition edition;
        try {
            edition = Edition.fromWireName(audience);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        if (minCell < 1) {
            throw new UsageException("--min-cell must be at least 1 (was " + minCell + ")");
        }
        Disclosure d = Disclosure.of(edition, minCell).withComplementarySuppression(true);
        return d.shows(Content.WORKING_PAIN_MAP) ? null : d;
    }

    private static Grouping grouping(String name) {
        if (name == null) {
            return null;
        }
        return switch (name) {
            case "process-group" -> Grouping.PROCESS_GROUP;
            case "touchpoint" -> Grouping.TOUCHPOINT;
            case "process-type" -> Grouping.PROCESS_TYPE;
            case "life-situation" -> Grouping.LIFE_SITUATION;
            default -> throw new UsageException("unknown --group \"" + name
                    + "\" (expected process-group, touchpoint, process-type or life-situation)");
        };
    }
}
