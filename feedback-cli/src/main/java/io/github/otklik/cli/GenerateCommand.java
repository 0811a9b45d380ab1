package io.github.otklik.cli;

import io.github.otklik.synthetic.agency.RegistryWriter;
import io.github.otklik.synthetic.agency.SampleAgency;
import io.github.otklik.synthetic.agency.SyntheticData;
import io.github.otklik.core.period.ReportingPeriod;
import io.github.otklik.synthetic.response.ProcessProfile;
import io.github.otklik.synthetic.response.SampleResponses;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.concurrent.Callable;

/** {@code otklik generate}: deterministic synthetic data in the spec formats. */
@Command(name = "generate", mixinStandardHelpOptions = true,
        description = "Writes deterministic synthetic data for a sample agency into DIR: responses.jsonl, appeals.csv, "
            + "processes.csv and registry.json. The same seed gives byte-identical files.")
final class GenerateCommand implements Callable<Integer> {
    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Directory to write into (created if missing).")
    Path out;

    @Option(names = "--responses", paramLabel = "N", defaultValue = "1000", description = "Number of survey responses (default ${DEFAULT-VALUE}).")
    int responses;

    @Option(names = "--appeals", paramLabel = "N", defaultValue = "1000", description = "Number of appeals (default ${DEFAULT-VALUE}).")
    int appeals;

    @Option(names = "--processes", paramLabel = "N", defaultValue = "1000", description = "Number of process instances (default ${DEFAULT-VALUE}).")
    int processes;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "Random seed (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--period", paramLabel = "P", defaultValue = "2025-Q1", description = "Period the records fall in (default ${DEFAULT-VALUE}).")
    String period;

    @Option(names = "--zone", paramLabel = "ZONE", defaultValue = "Europe/Moscow", description = "Zone of the period (default ${DEFAULT-VALUE}).")
    String zone;

    @Override
    public Integer call() throws IOException {
        if (responses < 0 || appeals < 0 || processes < 0) {
            throw new UsageException("counts must not be negative");
        }
        ReportingPeriod p = Cli.period(period);
        ZoneId z = Cli.zone(zone);
        Files.createDirectories(out);
        // independent streams per file, so that changing one count leaves the other files unchanged
        write(out.resolve("responses.jsonl"), w -> sampleResponses(p, z).write(w, responses));
        write(out.resolve("appeals.csv"), w -> new SyntheticData(seed * 31 + 1, p, z).writeAppeals(w, appeals));
        write(out.resolve("processes.csv"), w -> new SyntheticData(seed * 31 + 2, p, z).writeProcessInstances(w, processes));
        write(out.resolve("registry.json"), w -> RegistryWriter.write(w, SampleAgency.processes()));
        return Otklik.OK;
    }

    private SampleResponses sampleResponses(ReportingPeriod p, ZoneId z) {
        SampleResponses.Builder b = SampleResponses.builder(p).zone(z).seed(seed * 31 + 3).agency(SampleAgency.AGENCY.id());
        for (SampleAgency.SampleProcess sp : SampleAgency.processes()) {
            b.process(new ProcessProfile(sp.process().id(), sp.process().type(), sp.quality()),
                    StrictMath.sqrt(sp.process().annualVolume().orElse(100)));
        }
        return b.build();
    }

    private interface Body {
        void write(Writer w) throws IOException;
    }

    private static void write(Path file, Body body) {
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            body.write(w);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }
}
