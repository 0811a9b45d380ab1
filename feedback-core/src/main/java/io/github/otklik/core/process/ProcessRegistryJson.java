package io.github.otklik.core.process;

import io.github.otklik.core.config.ConfigArray;
import io.github.otklik.core.config.ConfigException;
import io.github.otklik.core.config.ConfigKind;
import io.github.otklik.core.config.ConfigObject;
import io.github.otklik.core.config.ConfigValue;
import io.github.otklik.core.config.JsonConfig;
import io.github.otklik.core.io.InputFileException;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the process registry (реестр процессов, seed 003) of {@code spec/painmap.md} with {@link
 * JsonConfig}: a JSON array of entries {@code {"id", "name": {"ru", "en"?}, "type", "group"?,
 * "touchpoints"?, "lifeSituations"?, "owner"?, "annualVolume"?, "targets"?: [{"metric", "target",
 * "direction"}]}}, in file order. {@code id} is an identifier of {@code spec/formats.md} and unique
 * in the file; {@code type} a process type; {@code annualVolume} an integer ≥ 0; a target's
 * {@code metric} a non-empty string, {@code target} a finite number and {@code direction}
 * {@code atLeast} or {@code atMost}. Unknown fields are problems. Every problem is reported with
 * its path ({@code invalid registry registry.json: [3].annualVolume: must be a non-negative
 * integer, found -5}). Stateless and thread-safe.
 */
public final class ProcessRegistryJson {
    /** The kind of file, as messages name it. */
    public static final String WHAT = "registry";
    private static final String[] FIELDS = {"id", "name", "type", "group", "touchpoints", "lifeSituations", "owner", "annualVolume",
        "targets"};

    private ProcessRegistryJson() {
    }

    /**
     * The registry in {@code file}.
     *
     * @param file a registry file
     * @return the processes, in file order
     * @throws InputFileException when the file cannot be read
     * @throws ConfigException listing every problem, when it is not a valid registry
     */
    public static List<Process> read(Path file) {
        return JsonConfig.read(file, WHAT, ProcessRegistryJson::registry);
    }

    /**
     * The registry in {@code json}.
     *
     * @param json the text of a registry file
     * @param origin its name, for messages
     * @return the processes, in order
     * @throws ConfigException listing every problem, when it is not a valid registry
     */
    public static List<Process> parse(String json, String origin) {
        return JsonConfig.parse(json, WHAT, origin, ProcessRegistryJson::registry);
    }

    /**
     * The registry a JSON value holds: every entry read, and every id that repeats an earlier
     * entry's reported at the entry that repeats it ({@code [4].id: process svc-1 repeats [1]}),
     * also when an entry has other problems.
     *
     * @param root an array of registry entries
     * @return the processes of the entries that could be read, in order
     */
    public static List<Process> registry(ConfigValue root) {
        if (root.kind() != ConfigKind.ARRAY) {
            throw root.fail("expected a JSON array of processes, found " + root.kind().described());
        }
        ConfigArray entries = root.asArray();
        List<Process> processes = entries.map(ProcessRegistryJson::process);
        Map<String, String> seen = new HashMap<>();
        for (ConfigValue entry : entries.values()) {
            Optional<ConfigValue> id = entry.kind() == ConfigKind.OBJECT ? entry.asMap().optional("id") : Optional.empty();
            if (id.isPresent() && id.get().kind() == ConfigKind.STRING) {
                String first = seen.putIfAbsent(id.get().asString(), entry.path());
                if (first != null) {
                    id.get().report("process " + id.get().asString() + " repeats " + first);
                }
            }
        }
        return processes;
    }

    /**
     * One registry entry.
     *
     * @param entry the entry's object
     * @return the process
     */
    public static Process process(ConfigValue entry) {
        ConfigObject o = entry.asObject(FIELDS);
        Process.Builder b = Process.builder(o.required("id").asIdentifier("process id"), o.required("name").asLocalizedText(),
                o.required("type").asEnum(ProcessType.class));
        o.optional("group").ifPresent(v -> b.group(v.asString()));
        o.optional("touchpoints").ifPresent(v -> v.asStrings().forEach(b::touchpoint));
        o.optional("lifeSituations").ifPresent(v -> v.asStrings().forEach(b::lifeSituation));
        o.optional("owner").ifPresent(v -> b.owner(v.asString()));
        o.optional("annualVolume").ifPresent(v -> b.annualVolume(v.asNonNegativeLong()));
        o.optional("targets").ifPresent(v -> v.asArray().map(ProcessRegistryJson::target).forEach(b::target));
        return b.build();
    }

    /**
     * One target-state indicator: {@code {"metric", "target", "direction"}}, all required.
     *
     * @param value the indicator's object
     * @return the indicator
     */
    public static TargetIndicator target(ConfigValue value) {
        ConfigObject o = value.asObject("metric", "target", "direction");
        ConfigValue metric = o.required("metric");
        if (metric.asString().isEmpty()) {
            throw metric.fail("must not be empty");
        }
        double target = o.required("target").asDouble();
        TargetIndicator.Direction direction = o.required("direction").asOneOf("direction", ProcessRegistryJson::direction,
                "atLeast or atMost");
        return new TargetIndicator(metric.asString(), target, direction);
    }

    private static Optional<TargetIndicator.Direction> direction(String wireName) {
        for (TargetIndicator.Direction d : TargetIndicator.Direction.values()) {
            if (d.wireName().equals(wireName)) {
                return Optional.of(d);
            }
        }
        return Optional.empty();
    }
}
