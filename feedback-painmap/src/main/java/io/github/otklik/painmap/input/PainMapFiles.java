package io.github.otklik.painmap.input;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.github.otklik.core.io.InputFileException;
import io.github.otklik.core.process.Process;
import io.github.otklik.core.validation.Identifiers;
import io.github.otklik.painmap.Kind;
import io.github.otklik.painmap.Level;
import io.github.otklik.painmap.build.ManualEntry;
import io.github.otklik.painmap.build.MeasuresCatalogue;
import io.github.otklik.painmap.rules.RuleSet;
import io.github.otklik.painmap.rules.RuleSetJson;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Loads the optional inputs of {@code otklik painmap}: the process registry, the manual entries,
 * the measures catalogue and a rule set. Each loader reads the whole file (UTF-8, a leading BOM
 * ignored, repeated keys refused) and either returns every entry or throws an {@link
 * InputFileException} whose one-line message names the file, the entry and the problem — the CLI
 * turns it into exit code 2. Stateless and thread-safe.
 */
public final class PainMapFiles {
    private static final List<String> MANUAL_FIELDS = List.of("process", "problem", "title", "kind", "prevalence", "impact",
            "measures", "responsible", "evidence");

    private PainMapFiles() {
    }

    /**
     * The process registry: a JSON array of registry entries ({@code spec/painmap.md}, read by
     * {@code OtklikJson.mapper()}), in file order.
     *
     * @throws InputFileException when the file cannot be read, an entry is invalid, or a process id repeats
     */
    public static List<Process> registry(Path file) {
        JsonDocument doc = new JsonDocument("registry", file.toString());
        String text = doc.read(file);
        JsonNode root = doc.tree(text);
        if (!root.isArray()) {
            throw doc.fail("expected a JSON array of processes, found " + JsonDocument.describe(root));
        }
        List<Process> processes;
        try {
            processes = JsonDocument.mapper().readValue(text, new TypeReference<List<Process>>() { });
        } catch (JsonMappingException e) {
            String where = e.getPath().isEmpty() || e.getPath().get(0).getIndex() < 0 ? ""
                    : "entry " + (e.getPath().get(0).getIndex() + 1) + ": ";
            throw doc.fail(where + JsonDocument.oneLine(e));
        } catch (JsonProcessingException e) {
            throw doc.fail(JsonDocument.oneLine(e));
        }
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < processes.size(); i++) {
            if (processes.get(i) == null) {
                throw doc.fail("entry " + (i + 1) + ": expected a JSON object, found null");
            }
            Integer first = seen.putIfAbsent(processes.get(i).id(), i + 1);
            if (first != null) {
                throw doc.fail("entry " + (i + 1) + ": process " + processes.get(i).id() + " repeats entry " + first);
            }
        }
        return List.copyOf(processes);
    }

    /**
     * The manual entries: {@code [{"process", "problem", "title", "kind": "PROBLEM"|"NEED",
     * "prevalence"?, "impact"?, "measures"?, "responsible"?, "evidence"?: {"x", "n"}}]}, in file
     * order.
     *
     * @throws InputFileException when the file cannot be read, an entry is invalid (unknown or
     *         missing field, wrong type, malformed id or code, unknown kind or level, evidence not
     *         0 ≤ x ≤ n with n ≥ 1), or two entries have the same process and problem
     */
    public static List<ManualEntry> manualEntries(Path file) {
        JsonDocument doc = new JsonDocument("manual-entry file", file.toString());
        JsonNode root = doc.tree(doc.read(file));
        if (!root.isArray()) {
            throw doc.fail("expected a JSON array of entries, found " + JsonDocument.describe(root));
        }
        List<ManualEntry> out = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < root.size(); i++) {
            String at = "entry " + (i + 1) + ": ";
            ManualEntry e = manualEntry(doc, root.get(i), at);
            Integer first = seen.putIfAbsent(e.process() + "\u0000" + e.problem(), i + 1);
            if (first != null) {
                throw doc.fail(at + "problem " + e.problem() + " of process " + e.process() + " repeats entry " + first);
            }
            out.add(e);
        }
        return List.copyOf(out);
    }

    private static ManualEntry manualEntry(JsonDocument doc, JsonNode node, String at) {
        if (!node.isObject()) {
            throw doc.fail(at + "expected a JSON object, found " + JsonDocument.describe(node));
        }
        doc.allow(node, at, MANUAL_FIELDS);
        String process = doc.text(doc.required(node, at, "process"), at, "process");
        if (!Identifiers.isIdentifier(process)) {
            throw doc.fail(at + "field \"process\": not a valid process id: " + Identifiers.describe(process));
        }
        String problem = doc.text(doc.required(node, at, "problem"), at, "problem");
        if (!Identifiers.isCode(problem)) {
            throw doc.fail(at + "field \"problem\": not a valid problem code: " + Identifiers.describe(problem));
        }
        String title = doc.text(doc.required(node, at, "title"), at, "title");
        String kindName = doc.text(doc.required(node, at, "kind"), at, "kind");
        Kind kind;
        try {
            kind = Kind.valueOf(kindName);
        } catch (IllegalArgumentException ex) {
            throw doc.fail(at + "field \"kind\": unknown kind " + Identifiers.describe(kindName) + " (expected PROBLEM or NEED)");
        }
        Optional<Level> prevalence = optionalLevel(doc, node, at, "prevalence");
        Optional<Level> impact = optionalLevel(doc, node, at, "impact");
        List<String> measures = node.has("measures") ? doc.texts(node.get("measures"), at, "measures") : List.of();
        Optional<String> responsible = node.has("responsible")
                ? Optional.of(doc.text(node.get("responsible"), at, "responsible")) : Optional.empty();
        Optional<ManualEntry.Counts> evidence = Optional.empty();
        if (node.has("evidence")) {
            JsonNode ev = node.get("evidence");
            if (!ev.isObject()) {
                throw doc.fail(at + "field \"evidence\": must be an object {\"x\", \"n\"}, found " + JsonDocument.describe(ev));
            }
            doc.allow(ev, at + "evidence: ", List.of("x", "n"));
            long x = doc.integer(doc.required(ev, at + "evidence: ", "x"), at, "evidence.x");
            long n = doc.integer(doc.required(ev, at + "evidence: ", "n"), at, "evidence.n");
            if (n < 1 || x < 0 || x > n) {
                throw doc.fail(at + "field \"evidence\": needs 0 ≤ x ≤ n and n ≥ 1, found " + x + " of " + n);
            }
            evidence = Optional.of(new ManualEntry.Counts(x, n));
        }
        return new ManualEntry(process, problem, title, kind, prevalence, impact, measures, responsible, evidence);
    }

    private static Optional<Level> optionalLevel(JsonDocument doc, JsonNode node, String at, String field) {
        if (!node.has(field)) {
            return Optional.empty();
        }
        String name = doc.text(node.get(field), at, field);
        return Optional.of(Level.fromName(name).orElseThrow(() -> doc.fail(at + "field \"" + field + "\": unknown level "
                + Identifiers.describe(name) + " (expected HIGH, MEDIUM or LOW)")));
    }

    /**
     * The measures catalogue: {@code {"queue": ["…", "…"], …}}, a JSON object from problem codes to
     * arrays of measures.
     *
     * @throws InputFileException when the file cannot be read, is not such an object, or a key is
     *         not a valid problem code
     */
    public static MeasuresCatalogue measures(Path file) {
        JsonDocument doc = new JsonDocument("measures catalogue", file.toString());
        JsonNode root = doc.tree(doc.read(file));
        if (!root.isObject()) {
            throw doc.fail("expected a JSON object from problem codes to arrays of measures, found " + JsonDocument.describe(root));
        }
        Map<String, List<String>> byProblem = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> e : root.properties()) {
            if (!Identifiers.isCode(e.getKey())) {
                throw doc.fail("key " + Identifiers.describe(e.getKey()) + " is not a valid problem code");
            }
            byProblem.put(e.getKey(), doc.texts(e.getValue(), "", e.getKey()));
        }
        return new MeasuresCatalogue(byProblem);
    }

    /**
     * A rule set, checked for totality and monotonicity ({@link RuleSetJson#load(Path)}).
     *
     * @throws InputFileException when the file cannot be read, is not a valid
     *         {@code otklik-painmap-rules/1} document, or is not total and monotone
     */
    public static RuleSet rules(Path file) {
        return RuleSetJson.load(file);
    }
}
