package io.github.otklik.cli;

import io.github.otklik.core.process.Process;
import io.github.otklik.metrics.report.MetricsReport;
import io.github.otklik.report.ReportSection;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** The pain-map inputs shared by {@code painmap} and {@code report}. */
final class PainMapOptions {
    @Option(names = "--registry", paramLabel = "FILE", description = "Process registry (JSON).")
    Path registry;

    @Option(names = "--manual", paramLabel = "FILE", description = "Analysts' manual pain-map entries (JSON).")
    Path manual;

    @Option(names = "--measures", paramLabel = "FILE", description = "Measures catalogue by problem code (JSON).")
    Path measures;

    @Option(names = "--rules", paramLabel = "FILE", description = "Rule set (otklik-painmap-rules/1 JSON; default: the default rule set).")
    Path rules;

    /** The pain-map section of the report; empty until the pain-map module is wired in. */
    Optional<ReportSection> section(MetricsReport byProcess, List<Process> registry, String lang, DataInputs data) {
        return Optional.empty();
    }
}
