package io.github.otklik.metrics.target;

import io.github.otklik.core.config.ConfigObject;
import io.github.otklik.core.config.ConfigValue;
import io.github.otklik.core.config.JsonConfig;
import io.github.otklik.core.process.TargetIndicator;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Reads a targets file ({@code docs/metrics.md}, target-state deviations): a JSON array of
 * {@code {"process": "svc-1", "metric": "satisfaction.overall.share", "target": 0.9, "direction": "atLeast"}}
 * on the strict configuration reader, so that an unknown field, a wrong type, a repeated key, an
 * unknown metric path or direction is reported with its path ({@code [2].metric: unknown target
 * metric …}), every problem of the file at once. Stateless.
 */
public final class TargetsJson {
    /** The kind of file, as messages name it. */
    public static final String WHAT = "targets file";

    private TargetsJson() {
    }

    /**
     * Reads the targets of {@code file}.
     *
     * @param file the file
     * @return the targets, in file order
     * @throws io.github.otklik.core.io.InputFileException when the file cannot be read
     * @throws io.github.otklik.core.config.ConfigException listing every problem
     */
    public static List<Target> read(Path file) {
        return JsonConfig.read(file, WHAT, TargetsJson::targets);
    }

    /**
     * Reads targets from a string.
     *
     * @param json the text
     * @param origin the name of the text, for messages
     * @return the targets, in order
     * @throws io.github.otklik.core.config.ConfigException listing every problem
     */
    public static List<Target> parse(String json, String origin) {
        return JsonConfig.parse(json, WHAT, origin, TargetsJson::targets);
    }

    private static List<Target> targets(ConfigValue root) {
        return root.asArray().map(TargetsJson::target);
    }

    private static Target target(ConfigValue entry) {
        ConfigObject o = entry.asObject("process", "metric", "target", "direction");
        Optional<String> process = o.attempt("process", ConfigValue::asString);
        Optional<String> metric = o.attempt("metric", v -> {
            String path = v.asString();
            TargetMetric.parse(path); // an unknown path is a problem of this value
            return path;
        });
        Optional<Double> target = o.attempt("target", ConfigValue::asDouble);
        Optional<TargetIndicator.Direction> direction = o.attempt("direction", v -> v.asOneOf("direction", TargetsJson::direction,
                "atLeast or atMost"));
        if (process.isEmpty() || metric.isEmpty() || target.isEmpty() || direction.isEmpty()) {
            throw entry.abandon();
        }
        return new Target(process.get(), new TargetIndicator(metric.get(), target.get(), direction.get()));
    }

    private static Optional<TargetIndicator.Direction> direction(String name) {
        for (TargetIndicator.Direction d : TargetIndicator.Direction.values()) {
            if (d.wireName().equals(name)) {
                return Optional.of(d);
            }
        }
        return Optional.empty();
    }
}
