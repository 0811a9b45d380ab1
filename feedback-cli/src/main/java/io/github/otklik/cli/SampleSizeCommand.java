package io.github.otklik.cli;

import io.github.otklik.metrics.stats.SampleSize;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.util.concurrent.Callable;

/** {@code otklik sample-size}: Cochran's sample size with finite-population correction. */
@Command(name = "sample-size", mixinStandardHelpOptions = true,
        description = "Prints the Cochran sample size (one integer): n0 = z²·p(1−p)/e², n = n0 / (1 + (n0 − 1)/N), rounded up.")
final class SampleSizeCommand implements Callable<Integer> {
    @Option(names = "--population", paramLabel = "N", description = "Size of the general population (omit for an infinite one).")
    Long population;

    @Option(names = "--margin", paramLabel = "E", defaultValue = "0.05", description = "Margin of error (default ${DEFAULT-VALUE}).")
    double margin;

    @Option(names = "--confidence", paramLabel = "C", defaultValue = "0.95", description = "Confidence level (default ${DEFAULT-VALUE}).")
    double confidence;

    @Option(names = "--proportion", paramLabel = "P", defaultValue = "0.5", description = "Expected proportion (default ${DEFAULT-VALUE}).")
    double proportion;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        long n;
        try {
            n = population == null ? SampleSize.cochran(proportion, margin, confidence)
                    : SampleSize.cochran(population, proportion, margin, confidence);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        spec.commandLine().getOut().println(n);
        spec.commandLine().getOut().flush();
        return Otklik.OK;
    }
}
