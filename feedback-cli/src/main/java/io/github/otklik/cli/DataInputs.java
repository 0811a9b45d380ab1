package io.github.otklik.cli;

import io.github.otklik.core.io.AppealCsvReader;
import io.github.otklik.core.io.InputFileException;
import io.github.otklik.core.io.ProcessInstanceCsvReader;
import io.github.otklik.core.io.ResponseJsonlReader;
import io.github.otklik.core.period.ReportingPeriod;
import io.github.otklik.forms.FormCatalog;
import io.github.otklik.forms.validation.ResponseValidator;
import io.github.otklik.metrics.MetricsInputs;
import io.github.otklik.metrics.MetricsSpec;
import io.github.otklik.metrics.MetricsSpecBuilder;
import io.github.otklik.core.process.ProcessRegistry;
import io.github.otklik.painmap.input.PainMapFiles;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;

/** The inputs common to {@code metrics}, {@code painmap} and {@code report} ({@code spec/cli.md}). */
final class DataInputs {
    @Option(names = "--responses", paramLabel = "FILE", description = "Survey responses (JSON Lines).")
    Path responses;

    @Option(names = "--appeals", paramLabel = "FILE", description = "Appeals (CSV).")
    Path appeals;

    @Option(names = "--processes", paramLabel = "FILE", description = "Process instances (CSV).")
    Path processes;

    @Mixin
    FormsOption forms;

    @Option(names = "--period", required = true, paramLabel = "P", description = "Reporting period: YYYY, YYYY-Qn, YYYY-MM or YYYY-MM-DD..YYYY-MM-DD.")
    String period;

    @Option(names = "--zone", paramLabel = "ZONE", defaultValue = "Europe/Moscow", description = "Reporting zone (default ${DEFAULT-VALUE}).")
    String zone;

    @Option(names = "--as-of", paramLabel = "INSTANT", description = "Instant the figures are as of (default: start of the day after the period).")
    String asOf;

    @Option(names = "--rejects", paramLabel = "FILE", description = "Write every rejected record to FILE (JSON Lines).")
    Path rejects;

    @Option(names = "--registry", paramLabel = "FILE", description = "Process registry (JSON): names, types, owners, life situations, annual volumes.")
    Path registry;

    @Option(names = "--db", paramLabel = "URL", description = "Read all three inputs from a store (jdbc:h2:… or jdbc:postgresql:…) instead of files.")
    String db;

    private FormCatalog catalog;
    private ProcessRegistry processRegistry;
    private io.github.otklik.jdbc.FeedbackStore store;

    ReportingPeriod period() {
        return Cli.period(period);
    }

    ZoneId zone() {
        return Cli.zone(zone);
    }

    Instant asOfOrNull() {
        if (asOf == null) {
            return null;
        }
        try {
            return io.github.otklik.core.validation.Instants.parseWithOffset(asOf);
        } catch (IllegalArgumentException | DateTimeException e) {
            throw new UsageException("--as-of: " + e.getMessage());
        }
    }

    FormCatalog catalog() {
        if (catalog == null) {
            FormCatalog files = forms.catalog();
            if (db == null) {
                catalog = files;
            } else {
                FormCatalog.Builder b = FormCatalog.builder().standard();
                files.forms().stream().filter(f -> !files.isStandard(f)).forEach(b::add);
                for (var f : store().storedForms()) {
                    if (files.find(f.id(), f.version()).isEmpty()) {
                        b.add(f);
                    }
                }
                catalog = b.build();
            }
        }
        return catalog;
    }

    /** The process registry, or an empty one; an invalid file is a usage error. */
    ProcessRegistry registry() {
        if (processRegistry == null) {
            try {
                processRegistry = registry == null ? ProcessRegistry.empty() : ProcessRegistry.of(PainMapFiles.registry(registry));
            } catch (InputFileException | IllegalArgumentException e) {
                throw new UsageException(e.getMessage());
            }
        }
        return processRegistry;
    }

    /**
     * A spec builder with what these inputs fix: period, zone, {@code asOf}, forms and registry.
     *
     * @throws UsageException when the period, zone or instant is malformed, or an input file invalid
     */
    MetricsSpecBuilder spec() {
        MetricsSpecBuilder b = MetricsSpec.builder(period()).zone(zone()).forms(catalog()).registry(registry());
        Instant at = asOfOrNull();
        if (at != null) {
            b.asOf(at);
        }
        return b;
    }

    io.github.otklik.jdbc.FeedbackStore store() {
        if (store == null) {
            try {
                store = io.github.otklik.jdbc.FeedbackStore.open(db);
            } catch (RuntimeException e) {
                throw new UsageException(e instanceof io.github.otklik.jdbc.StoreException ? e.getMessage() : "cannot open the store: " + e.getMessage());
            }
        }
        return store;
    }

    /** Closes the store, if one was opened. */
    void close() {
        if (store != null) {
            store.close();
            store = null;
        }
    }

    /** The sources of the given files; each missing file is a usage error before anything is read. */
    MetricsInputs inputs() {
        if (db != null) {
            if (responses != null || appeals != null || processes != null) {
                throw new UsageException("--db reads all inputs from the store: give either --db or the input files");
            }
            io.github.otklik.jdbc.FeedbackStore s = store();
            return MetricsInputs.none().withResponses(s.responses()).withAppeals(s.appeals()).withProcesses(s.processes());
        }
        if (responses == null && appeals == null && processes == null) {
            throw new UsageException("no input: give --responses, --appeals or --processes (or --db)");
        }
        for (Path p : new Path[] {responses, appeals, processes}) {
            if (p != null && !Files.exists(p)) {
                throw new UsageException("cannot read " + p + ": no such file or directory");
            }
            if (p != null && Files.isDirectory(p)) {
                throw new UsageException("cannot read " + p + ": is a directory");
            }
            if (p != null && !Files.isReadable(p)) {
                throw new UsageException("cannot read " + p + ": permission denied");
            }
        }
        MetricsInputs in = MetricsInputs.none();
        if (responses != null) {
            // lines are parsed, validated and aggregated on every core (duplicate ids and rejects still
            // in file order); the engine merges the threads' accumulators exactly
            ResponseJsonlReader reader = ResponseJsonlReader.builder().check(new ResponseValidator(catalog()))
                    .parallelism(Runtime.getRuntime().availableProcessors()).build();
            in = in.withResponses(reader.source(responses));
        }
        if (appeals != null) {
            AppealCsvReader reader = AppealCsvReader.builder().build();
            in = in.withAppeals(h -> reader.read(appeals, h));
        }
        if (processes != null) {
            ProcessInstanceCsvReader reader = ProcessInstanceCsvReader.builder().build();
            in = in.withProcesses(h -> reader.read(processes, h));
        }
        return in;
    }

    /** Runs {@code body}, turning an unreadable or invalid input file into a usage error. */
    static <T> T guarded(java.util.function.Supplier<T> body) {
        try {
            return body.get();
        } catch (InputFileException e) {
            throw new UsageException(e.getMessage());
        }
    }
}
