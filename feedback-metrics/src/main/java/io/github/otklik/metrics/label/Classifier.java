package io.github.otklik.metrics.label;

import io.github.otklik.core.config.ConfigObject;
import io.github.otklik.core.config.ConfigValue;
import io.github.otklik.core.config.JsonConfig;
import io.github.otklik.core.text.LocalizedText;
import io.github.otklik.core.validation.Identifiers;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * An agency's labels file, {@code otklik-classifier/1} ({@code spec/formats.md} §6): names for
 * topics, appeal reasons, negative-result reasons, and better short names for aspect and problem
 * codes; and, as an Otklik extension, names of life situations. Every section is optional, and so
 * is {@code en}. Read strictly: an unknown section or field, a malformed code, a repeated key or a
 * text without {@code ru} is an error that names the file and the JSON path. Immutable.
 *
 * <pre>{@code
 * Labels labels = Labels.builder().classifier(Classifier.load(Path.of("classifier.json"))).build();
 * }</pre>
 *
 * @param topics topic identifiers (dots allowed) to names
 * @param reasons appeal reason codes to names
 * @param negativeReasons negative-result reason codes to names
 * @param aspects aspect codes to names
 * @param problems problem codes to names
 * @param lifeSituations life-situation identifiers (of the process registry) to names
 */
public record Classifier(Map<String, LocalizedText> topics, Map<String, LocalizedText> reasons, Map<String, LocalizedText> negativeReasons,
        Map<String, LocalizedText> aspects, Map<String, LocalizedText> problems, Map<String, LocalizedText> lifeSituations) {
    /** The value of {@code format}. */
    public static final String FORMAT = "otklik-classifier/1";
    private static final String WHAT = "classifier";

    /** Copies the maps, keeping their order. */
    public Classifier {
        topics = copy(topics);
        reasons = copy(reasons);
        negativeReasons = copy(negativeReasons);
        aspects = copy(aspects);
        problems = copy(problems);
        lifeSituations = copy(lifeSituations);
    }

    /**
     * A classifier that names nothing.
     *
     * @return the empty classifier
     */
    public static Classifier empty() {
        return new Classifier(Map.of(), Map.of(), Map.of(), Map.of(), Map.of(), Map.of());
    }

    /**
     * Reads a classifier file.
     *
     * @param file the {@code otklik-classifier/1} file
     * @return the classifier
     * @throws io.github.otklik.core.io.InputFileException when the file cannot be read; a
     *         {@link io.github.otklik.core.config.ConfigException} listing every problem with its path when it is invalid
     */
    public static Classifier load(Path file) {
        return JsonConfig.read(file, WHAT, Classifier::read);
    }

    /**
     * Reads a classifier from bytes (a class-path resource, an upload); {@code in} is not closed.
     *
     * @param in the bytes
     * @param origin the name messages give
     * @return the classifier
     * @throws io.github.otklik.core.io.InputFileException when reading fails or the document is invalid
     */
    public static Classifier load(InputStream in, String origin) {
        return JsonConfig.read(in, WHAT, origin, Classifier::read);
    }

    /**
     * Parses a classifier document.
     *
     * @param json the text
     * @param origin the name messages give
     * @return the classifier
     * @throws io.github.otklik.core.config.ConfigException listing every problem when the document is invalid
     */
    public static Classifier parse(String json, String origin) {
        return JsonConfig.parse(json, WHAT, origin, Classifier::read);
    }

    private static Classifier read(ConfigValue root) {
        ConfigObject o = root.asObject("format", "topics", "reasons", "negativeReasons", "aspects", "problems", "lifeSituations");
        o.attempt("format", v -> {
            if (!FORMAT.equals(v.asString())) {
                throw v.fail("must be \"" + FORMAT + "\", found " + JsonConfig.quote(v.asString()));
            }
            return Boolean.TRUE;
        });
        return new Classifier(section(o, "topics", true, "topic id"), section(o, "reasons", false, "reason code"),
                section(o, "negativeReasons", false, "negative-result reason code"), section(o, "aspects", false, "aspect code"),
                section(o, "problems", false, "problem code"), section(o, "lifeSituations", true, "life situation id"));
    }

    private static Map<String, LocalizedText> section(ConfigObject o, String name, boolean identifiers, String noun) {
        Map<String, LocalizedText> out = new LinkedHashMap<>();
        o.optional(name).ifPresent(v -> v.attempt(section -> {
            section.asMap().forEach((code, text) -> {
                if (!(identifiers ? Identifiers.isIdentifier(code) : Identifiers.isCode(code))) {
                    throw text.fail("not a valid " + noun + ": " + JsonConfig.quote(code));
                }
                LocalizedText label = text.asLocalizedText();
                if (label.ru().isBlank() || label.en().map(String::isBlank).orElse(false)) {
                    throw text.fail("a label must not be blank");
                }
                out.put(code, label);
            });
            return Boolean.TRUE;
        }));
        return out;
    }

    private static Map<String, LocalizedText> copy(Map<String, LocalizedText> m) {
        Map<String, LocalizedText> out = new LinkedHashMap<>();
        Objects.requireNonNull(m, "section").forEach((k, v) -> out.put(Objects.requireNonNull(k), Objects.requireNonNull(v)));
        return java.util.Collections.unmodifiableMap(out);
    }
}
