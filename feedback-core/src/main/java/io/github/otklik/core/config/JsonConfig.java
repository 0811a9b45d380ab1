package io.github.otklik.core.config;

import com.fasterxml.jackson.core.JsonFactory;
import io.github.otklik.core.io.InputFileException;
import io.github.otklik.core.text.StrictUtf8;
import io.github.otklik.core.validation.Violation;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * Reads the configuration files of the library — rule sets, the process registry, manual entries,
 * measures catalogues, form templates, targets, classifiers, text themes — as strict JSON, and
 * reports every problem with its JSON path in one {@link ConfigException}: the single entry point
 * of this package.
 *
 * <pre>{@code
 * List<Process> registry = JsonConfig.read(file, "registry", root -> root.asArray().map(entry -> {
 *     ConfigObject o = entry.asObject("id", "name", "annualVolume");
 *     Process.Builder b = Process.builder(o.required("id").asIdentifier("process id"),
 *             o.required("name").asLocalizedText(), ProcessType.SERVICE);
 *     o.optional("annualVolume").ifPresent(v -> b.annualVolume(v.asNonNegativeLong()));
 *     return b.build();
 * }));
 * // invalid registry registry.json: [3].annualVolume: must be a non-negative integer, found -5
 * }</pre>
 *
 * <p>What is checked before the reader runs: the bytes are strict UTF-8 (a leading BOM is dropped;
 * malformed bytes are an error, not U+FFFD); the text is exactly one JSON value with nothing but
 * white space after it; no object repeats a key (every repeat is reported with its path, line and
 * column). The reader then asks each {@link ConfigValue} for the type it expects ({@code
 * asString}, {@code asNonNegativeLong}, {@code asObject(fields…)}, …); each such call either
 * returns the value or records the problem and abandons the value, and reading goes on with the
 * next array element or object member, so one run reports a problem of every entry. Unknown
 * fields are reported and reading goes on. When any problem was recorded the result is thrown
 * away and {@link ConfigException} lists them all; it is an {@link InputFileException}, which
 * the command line turns into exit code 2. Stateless and thread-safe.
 */
public final class JsonConfig {
    private static final JsonFactory FACTORY = new JsonFactory();

    private JsonConfig() {
    }

    /**
     * Reads {@code file} and hands its root value to {@code reader}.
     *
     * @param file the file
     * @param what the kind of file, as messages name it: {@code rule set}, {@code registry}
     * @param reader reads the root value; must not return null
     * @param <T> what it reads
     * @return what {@code reader} returned, when no problem was found
     * @throws InputFileException {@code cannot read WHAT FILE: no such file} when the file cannot be read
     * @throws ConfigException {@code invalid WHAT FILE: …} listing every problem
     */
    public static <T> T read(Path file, String what, Function<? super ConfigValue, ? extends T> reader) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new InputFileException("cannot read " + what + " " + file + ": no such file", e);
        } catch (AccessDeniedException e) {
            throw new InputFileException("cannot read " + what + " " + file + ": access denied", e);
        } catch (IOException e) {
            throw new InputFileException("cannot read " + what + " " + file + ": " + e.getMessage(), e);
        }
        return decode(bytes, what, file.toString(), reader);
    }

    /**
     * Reads everything {@code in} gives (a class-path resource, an upload) and hands its root value
     * to {@code reader}; {@code in} is not closed.
     *
     * @param in the bytes
     * @param what the kind of file, as messages name it
     * @param origin the name of the file, as messages give it
     * @param reader reads the root value; must not return null
     * @param <T> what it reads
     * @return what {@code reader} returned, when no problem was found
     * @throws InputFileException {@code cannot read WHAT ORIGIN: …} when reading fails
     * @throws ConfigException {@code invalid WHAT ORIGIN: …} listing every problem
     */
    public static <T> T read(InputStream in, String what, String origin, Function<? super ConfigValue, ? extends T> reader) {
        byte[] bytes;
        try {
            bytes = in.readAllBytes();
        } catch (IOException e) {
            throw new InputFileException("cannot read " + what + " " + origin + ": " + e.getMessage(), e);
        }
        return decode(bytes, what, origin, reader);
    }

    /**
     * Parses {@code json}, already decoded, and hands its root value to {@code reader}.
     *
     * @param json the text
     * @param what the kind of file, as messages name it
     * @param origin the name of the text, as messages give it
     * @param reader reads the root value; must not return null
     * @param <T> what it reads
     * @return what {@code reader} returned, when no problem was found
     * @throws ConfigException {@code invalid WHAT ORIGIN: …} listing every problem
     */
    public static <T> T parse(String json, String what, String origin, Function<? super ConfigValue, ? extends T> reader) {
        Objects.requireNonNull(what, "what");
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(reader, "reader");
        Problems problems = new Problems();
        Optional<ConfigValue> root = JsonTree.parse(FACTORY, json, problems);
        Optional<? extends T> result = root.isPresent() ? root.get().attempt(reader) : Optional.empty();
        if (!problems.isEmpty()) {
            throw new ConfigException(what, origin, problems.list());
        }
        return result.orElseThrow(() -> new IllegalStateException("a value was abandoned without a problem"));
    }

    /**
     * {@code text} as messages quote a value: in double quotes, control characters escaped as in
     * JSON, cut after 40 characters with {@code …}.
     *
     * @param text the value
     * @return the quoted value
     */
    public static String quote(String text) {
        return Problems.quote(text);
    }

    private static <T> T decode(byte[] bytes, String what, String origin, Function<? super ConfigValue, ? extends T> reader) {
        String text;
        try {
            text = StrictUtf8.decode(bytes);
        } catch (CharacterCodingException e) {
            throw new ConfigException(what, origin, List.of(new Violation("", "not valid UTF-8")));
        }
        return parse(text, what, origin, reader);
    }
}
