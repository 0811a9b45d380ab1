package io.github.otklik.cli;

import io.github.otklik.metrics.MetricsSpecBuilder;
import io.github.otklik.metrics.disclosure.Disclosure;
import io.github.otklik.metrics.disclosure.Edition;
import io.github.otklik.metrics.target.Target;
import io.github.otklik.metrics.target.TargetsJson;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.List;

/** The options of a metrics run shared by {@code metrics} and {@code report}: edition, smallest cell, targets, comparison. */
final class RunOptions {
    @Option(names = "--audience", paramLabel = "A", defaultValue = "internal", description = "internal or public (default ${DEFAULT-VALUE}).")
    String audience;

    @Option(names = "--min-cell", paramLabel = "K", defaultValue = "5", description = "Smallest group shown publicly, at least 1 (default ${DEFAULT-VALUE}).")
    long minCell;

    @Option(names = "--complementary-suppression", description = "Public edition: also hide the cells from which a hidden one "
            + "could be recovered by subtraction (always on in the public report).")
    boolean complementary;

    @Option(names = "--targets", paramLabel = "FILE", description = "Target-state indicators (JSON).")
    Path targets;

    @Option(names = "--compare", paramLabel = "PERIOD", description = "Compare satisfaction (and complaints) with a previous period.")
    String compare;

    /** The disclosure policy of {@code --audience} and {@code --min-cell}. */
    Disclosure disclosure() {
        Edition edition;
        try {
            edition = Edition.fromWireName(audience);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        if (minCell < 1) {
            throw new UsageException("--min-cell must be at least 1 (was " + minCell + "): a smaller cell would show every group");
        }
        return Disclosure.of(edition, minCell);
    }

    /** Applies the options to {@code spec}; {@code complementaryAlways} turns complementary suppression on whatever the flag says. */
    MetricsSpecBuilder apply(MetricsSpecBuilder spec, boolean complementaryAlways) {
        spec.disclosure(disclosure().withComplementarySuppression(complementary || complementaryAlways));
        if (targets != null) {
            spec.targets(readTargets(targets));
        }
        if (compare != null) {
            spec.compareWith(Cli.period(compare));
        }
        return spec;
    }

    /** The targets of {@code file}; an unreadable or invalid file is a usage error naming every problem with its path. */
    static List<Target> readTargets(Path file) {
        return PainMapOptions.guarded(() -> TargetsJson.read(file));
    }
}
