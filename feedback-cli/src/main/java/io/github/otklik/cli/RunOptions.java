package io.github.otklik.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.otklik.core.process.TargetIndicator;
import io.github.otklik.metrics.MetricsSpecBuilder;
import io.github.otklik.metrics.disclosure.Disclosure;
import io.github.otklik.metrics.disclosure.Edition;
import io.github.otklik.metrics.target.Target;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
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

    static List<Target> readTargets(Path file) {
        JsonNode root;
        try {
            root = new ObjectMapper(com.fasterxml.jackson.core.JsonFactory.builder()
                    .enable(com.fasterxml.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION).build())
                    .enable(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                    .readTree(io.github.otklik.core.text.StrictUtf8.decode(java.nio.file.Files.readAllBytes(file)));
        } catch (java.nio.charset.CharacterCodingException e) {
            throw new UsageException("invalid targets file " + file + ": not UTF-8");
        } catch (IOException e) {
            throw new UsageException("invalid targets file " + file + ": " + (e instanceof com.fasterxml.jackson.core.JsonProcessingException j
                    ? j.getOriginalMessage().lines().findFirst().orElse("") : Cli.reason(e)));
        }
        java.util.Optional<String> lone = root == null ? java.util.Optional.empty() : io.github.otklik.core.text.CodePoints.loneSurrogateIn(root);
        if (lone.isPresent()) {
            throw new UsageException("invalid targets file " + file + ": " + lone.get() + ": text holds a lone surrogate (not Unicode text)");
        }
        if (root == null || !root.isArray()) {
            throw new UsageException("invalid targets file " + file + ": expected a JSON array of {process, metric, target, direction}");
        }
        List<Target> out = new ArrayList<>();
        for (int i = 0; i < root.size(); i++) {
            JsonNode t = root.get(i);
            String where = "invalid targets file " + file + ": entry " + (i + 1);
            if (!t.isObject() || !t.path("process").isTextual() || !t.path("metric").isTextual() || !t.path("target").isNumber() || !Double.isFinite(t.path("target").asDouble())
                    || !t.path("direction").isTextual()) {
                throw new UsageException(where + " needs process, metric (strings), target (number) and direction");
            }
            try {
                out.add(new Target(t.get("process").asText(), new TargetIndicator(t.get("metric").asText(), t.get("target").asDouble(),
                        TargetIndicator.Direction.fromWireName(t.get("direction").asText()))));
            } catch (IllegalArgumentException e) {
                throw new UsageException(where + ": " + e.getMessage());
            }
        }
        return out;
    }
}
