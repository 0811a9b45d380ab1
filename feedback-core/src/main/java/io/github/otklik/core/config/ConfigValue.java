package io.github.otklik.core.config;

import io.github.otklik.core.text.LocalizedText;
import io.github.otklik.core.validation.Identifiers;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * One JSON value of a configuration file, at its path in the document ({@code ""} for the root,
 * {@code prevalence.confidence}, {@code [3].annualVolume}, {@code topics["0001.0001"]}), with typed
 * access that reports every problem with that path.
 *
 * <p>Every {@code as…} method returns the value as the type it names, or records the problem
 * ({@code [3].annualVolume: must be a non-negative integer, found -5}) and abandons the value by
 * throwing an unchecked exception that reading catches at the nearest isolation point: the next
 * element of {@link ConfigArray#map}, the next member of {@link ConfigObject#forEach}, an {@link
 * #attempt}, or {@link JsonConfig} for the whole document. A reader therefore reads straight
 * ahead, as if every value were right, and still reports a problem of every element and member.
 * An {@link IllegalArgumentException} that a reader lets escape (a domain constructor refusing a
 * value) is recorded the same way, at the path of the value being read.
 *
 * <p>Values are immutable but share the problem list of their document: read one document on one
 * thread.
 */
public final class ConfigValue {
    /** The problems of the document, shared by its values. */
    final Problems problems;
    private final String path;
    private final ConfigKind kind;
    /** The string, the number as written, or {@code true}/{@code false}; null for the rest. */
    private final String text;
    /** The number, or null. */
    private final JsonNumber number;
    /** The elements of an array, else empty. */
    final List<ConfigValue> elements;
    /** The members of an object in document order, else empty. */
    final Map<String, ConfigValue> members;

    private ConfigValue(Problems problems, String path, ConfigKind kind, String text, JsonNumber number, List<ConfigValue> elements,
            Map<String, ConfigValue> members) {
        this.problems = problems;
        this.path = path;
        this.kind = kind;
        this.text = text;
        this.number = number;
        this.elements = elements;
        this.members = members;
    }

    static ConfigValue scalar(Problems problems, String path, ConfigKind kind, String text) {
        return new ConfigValue(problems, path, kind, text, null, List.of(), Map.of());
    }

    static ConfigValue number(Problems problems, String path, String text, JsonNumber number) {
        return new ConfigValue(problems, path, ConfigKind.NUMBER, text, number, List.of(), Map.of());
    }

    static ConfigValue array(Problems problems, String path, List<ConfigValue> elements) {
        return new ConfigValue(problems, path, ConfigKind.ARRAY, null, null, List.copyOf(elements), Map.of());
    }

    /** @param members in document order, not copied */
    static ConfigValue object(Problems problems, String path, Map<String, ConfigValue> members) {
        return new ConfigValue(problems, path, ConfigKind.OBJECT, null, null, List.of(), Collections.unmodifiableMap(members));
    }

    /**
     * Where the value is in its document: {@code ""} for the root, then {@code .name} for object
     * members ({@code ["name"]}, JSON-quoted, when the name is not letters, digits, {@code _},
     * {@code -} and {@code :}) and {@code [i]} for array elements, from 0.
     *
     * @return the path
     */
    public String path() {
        return path;
    }

    /**
     * The kind of value.
     * @return the kind
     */
    public ConfigKind kind() {
        return kind;
    }

    /**
     * The value as a string.
     * @return the string, never trimmed
     */
    public String asString() {
        require(ConfigKind.STRING, "a string");
        return text;
    }

    /**
     * The value as an identifier of {@code spec/formats.md} ({@code [A-Za-z0-9][A-Za-z0-9._:-]{0,127}}).
     *
     * @param noun what the identifier names, for the message: {@code not a valid process id: "svc 1"}
     * @return the identifier
     */
    public String asIdentifier(String noun) {
        String s = asString();
        if (!Identifiers.isIdentifier(s)) {
            throw fail("not a valid " + noun + ": " + Problems.quote(s));
        }
        return s;
    }

    /**
     * The value as a code of {@code spec/formats.md}: an identifier without dots.
     *
     * @param noun what the code names, for the message: {@code not a valid problem code: "a.b"}
     * @return the code
     */
    public String asCode(String noun) {
        String s = asString();
        if (!Identifiers.isCode(s)) {
            throw fail("not a valid " + noun + ": " + Problems.quote(s));
        }
        return s;
    }

    /**
     * The value as {@code true} or {@code false}.
     * @return the boolean
     */
    public boolean asBoolean() {
        require(ConfigKind.BOOLEAN, "a boolean");
        return Boolean.parseBoolean(text);
    }

    /**
     * The value as a finite number, integer or not, read as Java reads a double literal.
     *
     * @return the number
     */
    public double asDouble() {
        require(ConfigKind.NUMBER, "a number");
        if (!Double.isFinite(number.value())) {
            throw fail("must be a finite number, found " + text);
        }
        return number.value();
    }

    /**
     * The number exactly as written ({@code 4.0} keeps its scale, a big integer every digit).
     * @return the decimal
     */
    public BigDecimal asDecimal() {
        require(ConfigKind.NUMBER, "a number");
        try {
            return new BigDecimal(text);
        } catch (NumberFormatException e) {
            throw fail("must be a number with an exponent of at most 9 digits, found " + Problems.quote(text));
        }
    }

    /**
     * Whether {@link #asLong()} takes the value: an integer token that fits a {@code long}.
     * @return whether it does
     */
    public boolean isLong() {
        return kind == ConfigKind.NUMBER && number.integerToken() && number.fitsLong();
    }

    /** Abandons the value unless it is of kind {@code k}; {@code expected} words the kind for the message. */
    private void require(ConfigKind k, String expected) {
        if (kind != k) {
            throw fail("must be " + expected + ", found " + kind.described());
        }
    }

    /**
     * The value as an integer that fits a {@code long}; a number with a fraction or an exponent
     * ({@code 2.0}, {@code 1e3}) is not an integer.
     * @return the integer
     */
    public long asLong() {
        return integer("an integer");
    }

    /**
     * The value as an integer ≥ 0 that fits a {@code long}.
     *
     * @return the integer
     */
    public long asNonNegativeLong() {
        long value = integer("a non-negative integer");
        if (value < 0) {
            throw fail("must be a non-negative integer, found " + text);
        }
        return value;
    }

    /**
     * The value as an integer that fits an {@code int}.
     *
     * @return the integer
     */
    public int asInt() {
        long value = integer("an integer");
        if (value < Integer.MIN_VALUE || value > Integer.MAX_VALUE) {
            throw fail("must be an integer between " + Integer.MIN_VALUE + " and " + Integer.MAX_VALUE + ", found " + text);
        }
        return (int) value;
    }

    private long integer(String expected) {
        require(ConfigKind.NUMBER, expected);
        if (!number.integerToken()) {
            throw fail("must be " + expected + ", found " + text);
        }
        if (!number.fitsLong()) {
            throw fail("must be " + expected + " of at most 64 bits, found " + Problems.quote(text));
        }
        return number.longValue();
    }

    /**
     * The value as the constant of {@code type} named exactly (case-sensitively) by a string.
     *
     * @param type the enum
     * @param <E> the enum type
     * @return the constant; otherwise the problem is {@code unknown value "X" (expected one of A, B, C)}
     */
    public <E extends Enum<E>> E asEnum(Class<E> type) {
        String name = asString();
        for (E e : type.getEnumConstants()) {
            if (e.name().equals(name)) {
                return e;
            }
        }
        String expected = Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
        throw fail("unknown value " + Problems.quote(name) + " (expected one of " + expected + ")");
    }

    /**
     * The value as one of a set of named things: a string that {@code byName} knows.
     *
     * @param noun what the names name, for the message: {@code unknown level "BIG" (expected HIGH, MEDIUM or LOW)}
     * @param byName the thing of a name, when there is one
     * @param expected the names, as the message lists them
     * @param <T> the type of the things
     * @return the thing named
     */
    public <T> T asOneOf(String noun, Function<String, ? extends Optional<? extends T>> byName, String expected) {
        String name = asString();
        Optional<? extends T> found = byName.apply(name);
        if (found.isEmpty()) {
            throw fail("unknown " + noun + " " + Problems.quote(name) + " (expected " + expected + ")");
        }
        return found.get();
    }

    /**
     * The value as an array of strings; every element that is not a string is reported.
     *
     * @return the strings, in order
     */
    public List<String> asStrings() {
        require(ConfigKind.ARRAY, "an array of strings");
        String[] out = new String[elements.size()];
        boolean bad = false;
        for (int i = 0; i < out.length; i++) {
            ConfigValue e = elements.get(i);
            if (e.kind == ConfigKind.STRING) {
                out[i] = e.text;
            } else {
                e.report("must be a string, found " + e.kind.described());
                bad = true;
            }
        }
        if (bad) {
            throw new Problems.Abandon();
        }
        return List.of(out);
    }

    /**
     * The value as a text in Russian with an optional English translation: {@code {"ru": "…",
     * "en": "…"}}, {@code ru} required, other fields unknown.
     *
     * @return the text
     */
    public LocalizedText asLocalizedText() {
        ConfigObject o = asObject("ru", "en");
        String ru = o.required("ru").asString();
        Optional<ConfigValue> en = o.optional("en");
        return en.isPresent() ? LocalizedText.of(ru, en.get().asString()) : LocalizedText.of(ru);
    }

    /**
     * The value as an object with the given fields: a member of any other name is reported
     * ({@code unknown field (expected a, b, c)}), and reading goes on. Which fields are required
     * is for the reader to say ({@link ConfigObject#required}).
     *
     * @param fields the names the object may have
     * @return the object
     */
    public ConfigObject asObject(String... fields) {
        ConfigObject o = asMap();
        List<String> known = List.of(fields);
        for (String name : members.keySet()) {
            if (!known.contains(name)) {
                problems.add(Problems.member(path, name), "unknown field (expected " + String.join(", ", known) + ")");
            }
        }
        return o;
    }

    /**
     * The value as an object whose member names are data (a map from codes to values): any names.
     *
     * @return the object
     */
    public ConfigObject asMap() {
        require(ConfigKind.OBJECT, "an object");
        return new ConfigObject(this);
    }

    /**
     * The value as an array.
     *
     * @return the array
     */
    public ConfigArray asArray() {
        require(ConfigKind.ARRAY, "an array");
        return new ConfigArray(this);
    }

    /**
     * Reads this value with {@code reader} in isolation: a problem within it is recorded and
     * reading goes on after it.
     *
     * @param reader reads the value; must not return null
     * @param <T> what it reads
     * @return what {@code reader} returned, or empty when it abandoned the value (the problem is recorded)
     */
    public <T> Optional<T> attempt(Function<? super ConfigValue, ? extends T> reader) {
        try {
            return Optional.of(Objects.requireNonNull(reader.apply(this), "the reader returned null"));
        } catch (Problems.Abandon a) {
            return Optional.empty();
        } catch (IllegalArgumentException e) {
            String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            report(message.lines().findFirst().orElse(message));
            return Optional.empty();
        }
    }

    /**
     * Records that this value has {@code reason} and returns the exception that abandons it:
     * {@code throw value.fail("not a valid period: …")}.
     *
     * @param reason what is wrong, one line, without the path: {@code must not be negative, found -1}
     * @return the exception to throw
     */
    public RuntimeException fail(String reason) {
        report(reason);
        return new Problems.Abandon();
    }

    /**
     * Records that this value has {@code reason} and goes on reading: for problems that do not
     * stop the value from being read (a repeated id, an unknown field).
     *
     * @param reason what is wrong, one line, without the path
     */
    public void report(String reason) {
        problems.add(path, Objects.requireNonNull(reason, "reason"));
    }

    /**
     * The exception that abandons this value because of problems already recorded within it (by
     * {@link #attempt}s, {@link ConfigArray#map} or {@link ConfigObject#forEach}), for a reader
     * that cannot build its result without the parts that failed. When the document has no
     * problem yet, {@code cannot be read} is recorded at this path.
     *
     * @return the exception to throw
     */
    public RuntimeException abandon() {
        if (problems.isEmpty()) {
            report("cannot be read");
        }
        return new Problems.Abandon();
    }

    @Override
    public String toString() {
        return (path.isEmpty() ? "the document" : path) + ": " + (text == null ? kind.described() : text);
    }
}
