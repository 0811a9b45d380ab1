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

    @Option(names = "--group", paramLabel = "BY", description = "HTML only: group rows by process-group, touchpoint or process-type.")
    String group;

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
        Grouping grouping = grouping(group);
        options.classifier(); // an invalid --classifier file exits 2 before anything is read
        MetricsEngine engine = MetricsEngine.from(MetricsCommand.spec(data.spec().groupBy(PainMapBuilder.GROUP_BY), null));
        TextAnalysis texts = options.texts(data, DataInputs.guarded(data::inputs)); // --themes checked before anything is read
        try (RejectSink rejects = new RejectSink(data.rejects)) {
            // one pass: the metrics and the per-process theme counts (texts.themeFigures())
            MetricsReport report = DataInputs.guarded(() -> engine.run(texts.tapped(), rejects));
            PainMap map = options.build(report, lang, data, texts);
            String text = switch (format) {
                case "json" -> PainMapJson.toJson(map);
                case "csv" -> PainMapCsv.toCsv(map);
                case "md" -> PainMapMarkdown.toMarkdown(map);
                default -> grouping == null ? PainMapHtml.toHtml(map) : PainMapHtml.toHtml(map, grouping);
            };
            Cli.write(spec.commandLine().getOut(), output, text);
            rejects.report(spec.commandLine().getErr());
            return report.rejected() > 0 ? Otklik.REJECTED : Otklik.OK;
        }
    }

    private static Grouping grouping(String name) {
        if (name == null) {
            return null;
        }
        return switch (name) {
            case "process-group" -> Grouping.PROCESS_GROUP;
            case "touchpoint" -> Grouping.TOUCHPOINT;
            case "process-type" -> Grouping.PROCESS_TYPE;
            default -> throw new UsageException("unknown --group \"" + name + "\" (expected process-group, touchpoint or process-type)");
        };
    }
}
