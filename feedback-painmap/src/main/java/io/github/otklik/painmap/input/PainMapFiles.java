package io.github.otklik.painmap.input;

import io.github.otklik.core.config.ConfigException;
import io.github.otklik.core.config.ConfigKind;
import io.github.otklik.core.config.ConfigObject;
import io.github.otklik.core.config.ConfigValue;
import io.github.otklik.core.config.JsonConfig;
import io.github.otklik.core.io.InputFileException;
import io.github.otklik.core.process.Process;
import io.github.otklik.core.process.ProcessRegistryJson;
import io.github.otklik.core.validation.Identifiers;
import io.github.otklik.painmap.Kind;
import io.github.otklik.painmap.Level;
import io.github.otklik.painmap.build.ManualEntry;
import io.github.otklik.painmap.build.MeasuresCatalogue;
import io.github.otklik.painmap.rules.RuleSet;
import io.github.otklik.painmap.rules.RuleSetJson;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Loads the optional inputs of {@code otklik painmap}: the process registry, the manual entries,
 * the measures catalogue and a rule set. Each loader reads the whole file with {@link JsonConfig}
 * (strict UTF-8, a leading BOM ignored, one JSON value, repeated keys and unknown fields refused)
 * and either returns every entry or throws an {@link InputFileException} whose one-line message
 * names the file and every problem with its JSON path ({@code invalid manual-entry file
 * manual.json: [2].impact: unknown level "BIG" (expected HIGH, MEDIUM or LOW)}) — the CLI turns it
 * into exit code 2. Stateless and thread-safe.
 */
public final class PainMapFiles {
    private static final String[] MANUAL_FIELDS = {"process", "problem", "title", "kind", "prevalence", "impact", "measures",
        "responsible", "evidence"};

    private PainMapFiles() {
    }

    /**
     * The process registry: a JSON array of registry entries ({@code spec/painmap.md}), in file
     * order, as {@link ProcessRegistryJson} reads it.
     *
     * @param file the registry file
     * @return the processes
     * @throws InputFileException when the file cannot be read ({@link ConfigException} when an
     *         entry is invalid or a process id repeats)
     */
    public static List<Process> registry(Path file) {
        return ProcessRegistryJson.read(file);
    }

    /**
     * The manual entries: {@code [{"process", "problem", "title", "kind": "PROBLEM"|"NEED",
     * "prevalence"?, "impact"?, "measures"?, "responsible"?, "evidence"?: {"x", "n"}}]}, in file
     * order.
     *
     * @param file the manual-entry file
     * @return the entries
     * @throws InputFileException when the file cannot be read ({@link ConfigException} when an
     *         entry is invalid — unknown or missing field, wrong type, malformed id or code, unknown
     *         kind or level, evidence not 0 ≤ x ≤ n with n ≥ 1 — or two entries have the same
     *         process and problem)
     */
    public static List<ManualEntry> manualEntries(Path file) {
        return JsonConfig.read(file, "manual-entry file", PainMapFiles::manualEntries);
    }

    private static List<ManualEntry> manualEntries(ConfigValue root) {
        if (root.kind() != ConfigKind.ARRAY) {
            throw root.fail("expected a JSON array of entries, found " + root.kind().described());
        }
        Map<String, String> seen = new HashMap<>();
        return root.asArray().map(v -> {
            ManualEntry e = manualEntry(v);
            String first = seen.putIfAbsent(e.process() + "\u0000" + e.problem(), v.path());
            if (first != null) {
                v.report("problem " + e.problem() + " of process " + e.process() + " repeats " + first);
            }
            return e;
        });
    }

    private static ManualEntry manualEntry(ConfigValue value) {
        ConfigObject o = value.asObject(MANUAL_FIELDS);
        String process = o.required("process").asIdentifier("process id");
        String problem = o.required("problem").asCode("problem code");
        String title = o.required("title").asString();
        Kind kind = o.required("kind").asOneOf("kind", PainMapFiles::kind, "PROBLEM or NEED");
        Optional<Level> prevalence = o.optional("prevalence").map(RuleSetJson::level);
        Optional<Level> impact = o.optional("impact").map(RuleSetJson::level);
        List<String> measures = o.optional("measures").map(ConfigValue::asStrings).orElse(List.of());
        Optional<String> responsible = o.optional("responsible").map(ConfigValue::asString);
        Optional<ManualEntry.Counts> evidence = o.optional("evidence").map(PainMapFiles::counts);
        return new ManualEntry(process, problem, title, kind, prevalence, impact, measures, responsible, evidence);
    }

    private static ManualEntry.Counts counts(ConfigValue value) {
        if (value.kind() != ConfigKind.OBJECT) {
            throw value.fail("must be an object {\"x\", \"n\"}, found " + value.kind().described());
        }
        ConfigObject o = value.asObject("x", "n");
        long x = o.required("x").asLong();
        long n = o.required("n").asLong();
        if (n < 1 || x < 0 || x > n) {
            throw value.fail("needs 0 ≤ x ≤ n and n ≥ 1, found " + x + " of " + n);
        }
        return new ManualEntry.Counts(x, n);
    }

    private static Optional<Kind> kind(String name) {
        for (Kind k : Kind.values()) {
            if (k.name().equals(name)) {
                return Optional.of(k);
            }
        }
        return Optional.empty();
    }

    /**
     * The measures catalogue: {@code {"queue": ["…", "…"], …}}, a JSON object from problem codes to
     * arrays of measures.
     *
     * @param file the catalogue file
     * @return the catalogue, in file order
     * @throws InputFileException when the file cannot be read ({@link ConfigException} when it is
     *         not such an object or a key is not a valid problem code)
     */
    public static MeasuresCatalogue measures(Path file) {
        return JsonConfig.read(file, "measures catalogue", root -> {
            if (root.kind() != ConfigKind.OBJECT) {
                throw root.fail("expected a JSON object from problem codes to arrays of measures, found " + root.kind().described());
            }
            Map<String, List<String>> byProblem = new LinkedHashMap<>();
            root.asMap().forEach((code, measures) -> {
                if (!Identifiers.isCode(code)) {
                    throw measures.fail("not a valid problem code: " + JsonConfig.quote(code));
                }
                byProblem.put(code, measures.asStrings());
            });
            return new MeasuresCatalogue(byProblem);
        });
    }

    /**
     * A rule set, checked for totality and monotonicity ({@link RuleSetJson#load(Path)}).
     *
     * @param file the rule-set file
     * @return the rule set
     * @throws InputFileException when the file cannot be read, is not a valid
     *         {@code otklik-painmap-rules/1} document, or is not total and monotone
     */
    public static RuleSet rules(Path file) {
        return RuleSetJson.load(file);
    }
}
