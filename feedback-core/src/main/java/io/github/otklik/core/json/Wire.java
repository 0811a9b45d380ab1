package io.github.otklik.core.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.github.otklik.core.validation.Identifiers;
import io.github.otklik.core.validation.Instants;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Shared reading and writing steps of the hand-written (de)serializers.
 *
 * <p>Reading helpers take the field's owner type (for the exception's path), a {@code prefix}
 * (the dotted path of the enclosing object, {@code ""} at the top level or {@code "client."} when
 * nested) and the field name, so that every message names the field as the reject report does
 * ({@code field "client.kind": …}). Every error is a {@link MismatchedInputException} (or its
 * subclass {@link InvalidFormatException} when the token type was right but the value was not)
 * whose path ends with the field.
 */
final class Wire {
    private Wire() {
    }

    /** Reads one nested value; {@code prefix} is the dotted path of the object the value sits in. */
    @FunctionalInterface
    interface Reader<T> {
        T read(JsonParser p, DeserializationContext ctxt, String prefix) throws IOException;
    }

    // ------------------------------------------------------------------------------ writing

    /** Writes {@code at} as an ISO-8601 instant in UTC with {@code Z}. */
    static void writeInstant(JsonGenerator g, String field, Instant at) throws IOException {
        g.writeStringField(field, DateTimeFormatter.ISO_INSTANT.format(at));
    }

    /** Writes {@code value} when present. */
    static void writeOptional(JsonGenerator g, String field, Optional<String> value) throws IOException {
        if (value.isPresent()) {
            g.writeStringField(field, value.get());
        }
    }

    /** Writes an array of strings. */
    static void writeStrings(JsonGenerator g, String field, Collection<String> values) throws IOException {
        g.writeArrayFieldStart(field);
        for (String v : values) {
            g.writeString(v);
        }
        g.writeEndArray();
    }

    // ------------------------------------------------------------------------------ reading

    /**
     * Checks that the current token starts an object and returns the token after it (a field name
     * or the end of the object). Also accepts a parser already inside the object, as Jackson may
     * hand over after buffering.
     */
    static JsonToken startObject(JsonParser p, Class<?> type, String prefix) throws IOException {
        JsonToken t = p.currentToken();
        if (t == JsonToken.START_OBJECT) {
            return p.nextToken();
        }
        if (prefix.isEmpty() && (t == JsonToken.FIELD_NAME || t == JsonToken.END_OBJECT)) {
            return t;
        }
        String message = prefix.isEmpty()
                ? "expected a JSON object for " + type.getSimpleName() + ", found " + found(t)
                : "field \"" + prefix.substring(0, prefix.length() - 1) + "\": must be an object, found " + found(t);
        throw MismatchedInputException.from(p, type, message);
    }

    /** Reads a nested object with {@code reader}, adding the field to the path of any error. */
    static <T> T nested(JsonParser p, DeserializationContext ctxt, Class<?> owner, String prefix, String field,
                        Reader<T> reader) throws IOException {
        try {
            return reader.read(p, ctxt, prefix + field + ".");
        } catch (JsonMappingException e) {
            e.prependPath(owner, field);
            throw e;
        }
    }

    /** Reads an array of values with {@code reader}; elements are named {@code field[i]}. */
    static <T> List<T> array(JsonParser p, DeserializationContext ctxt, Class<?> owner, String prefix, String field,
                             Reader<T> reader) throws IOException {
        if (p.currentToken() != JsonToken.START_ARRAY) {
            throw mismatch(p, owner, prefix, field, List.class, "must be an array, found " + found(p.currentToken()));
        }
        List<T> values = new ArrayList<>();
        for (int i = 0; p.nextToken() != JsonToken.END_ARRAY; i++) {
            try {
                values.add(reader.read(p, ctxt, prefix + field + "[" + i + "]."));
            } catch (JsonMappingException e) {
                e.prependPath(List.class, i);
                e.prependPath(owner, field);
                throw e;
            }
        }
        return values;
    }

    /** Reads an array of strings. */
    static List<String> strings(JsonParser p, DeserializationContext ctxt, Class<?> owner, String prefix, String field)
            throws IOException {
        return array(p, ctxt, owner, prefix, field, (q, c, elementPrefix) -> {
            if (q.currentToken() != JsonToken.VALUE_STRING) {
                throw MismatchedInputException.from(q, String.class,
                        "field \"" + dropDot(elementPrefix) + "\": must be a string, found " + found(q.currentToken()));
            }
            return q.getText();
        });
    }

    /** Reads a string. */
    static String string(JsonParser p, Class<?> owner, String prefix, String field) throws IOException {
        if (p.currentToken() != JsonToken.VALUE_STRING) {
            throw mismatch(p, owner, prefix, field, String.class, "must be a string, found " + found(p.currentToken()));
        }
        return p.getText();
    }

    /** Reads {@code true} or {@code false}. */
    static boolean bool(JsonParser p, Class<?> owner, String prefix, String field) throws IOException {
        JsonToken t = p.currentToken();
        if (t != JsonToken.VALUE_TRUE && t != JsonToken.VALUE_FALSE) {
            throw mismatch(p, owner, prefix, field, Boolean.class, "must be a boolean, found " + found(t));
        }
        return t == JsonToken.VALUE_TRUE;
    }

    /** Reads an integer token that fits a {@code long} (a fraction or exponent is refused). */
    static long integer(JsonParser p, Class<?> owner, String prefix, String field) throws IOException {
        JsonToken t = p.currentToken();
        if (t != JsonToken.VALUE_NUMBER_INT) {
            throw mismatch(p, owner, prefix, field, Long.class, "must be an integer, found " + found(t));
        }
        if (p.getNumberType() == JsonParser.NumberType.BIG_INTEGER) {
            throw invalid(p, owner, prefix, field, p.getText(), Long.class, "integer " + p.getText() + " is too large");
        }
        return p.getLongValue();
    }

    /** Reads a number token, integer or not, as a {@code double}. */
    static double number(JsonParser p, Class<?> owner, String prefix, String field) throws IOException {
        JsonToken t = p.currentToken();
        if (t != JsonToken.VALUE_NUMBER_INT && t != JsonToken.VALUE_NUMBER_FLOAT) {
            throw mismatch(p, owner, prefix, field, Double.class, "must be a number, found " + found(t));
        }
        return p.getDoubleValue();
    }

    /** Reads an ISO-8601 instant that carries an offset or {@code Z}. */
    static Instant instant(JsonParser p, Class<?> owner, String prefix, String field) throws IOException {
        String text = string(p, owner, prefix, field);
        try {
            return Instants.parseWithOffset(text);
        } catch (IllegalArgumentException e) {
            throw invalid(p, owner, prefix, field, text, Instant.class, e.getMessage());
        }
    }

    /** Reads a {@code YYYY-MM-DD} date. */
    static LocalDate date(JsonParser p, Class<?> owner, String prefix, String field) throws IOException {
        String text = string(p, owner, prefix, field);
        try {
            return Instants.parseDate(text);
        } catch (IllegalArgumentException e) {
            throw invalid(p, owner, prefix, field, text, LocalDate.class, e.getMessage());
        }
    }

    /** Reads the enum constant named exactly (case-sensitively) by a string. */
    static <E extends Enum<E>> E enumValue(JsonParser p, Class<?> owner, String prefix, String field, Class<E> type)
            throws IOException {
        String text = string(p, owner, prefix, field);
        E value = constant(type, text);
        if (value == null) {
            throw invalid(p, owner, prefix, field, text, type, unknownConstant(type, text));
        }
        return value;
    }

    /** Reads an array of enum names (exact, case-sensitive); elements are named {@code field[i]}. */
    static <E extends Enum<E>> List<E> enumValues(JsonParser p, DeserializationContext ctxt, Class<?> owner, String prefix,
                                                  String field, Class<E> type) throws IOException {
        return array(p, ctxt, owner, prefix, field, (q, c, elementPrefix) -> {
            String path = dropDot(elementPrefix);
            if (q.currentToken() != JsonToken.VALUE_STRING) {
                throw MismatchedInputException.from(q, String.class,
                        "field \"" + path + "\": must be a string, found " + found(q.currentToken()));
            }
            String text = q.getText();
            E value = constant(type, text);
            if (value == null) {
                throw InvalidFormatException.from(q, "field \"" + path + "\": " + unknownConstant(type, text), text, type);
            }
            return value;
        });
    }

    /** An error of element {@code index} of array {@code field}; the path ends with the element. */
    static InvalidFormatException invalidElement(JsonParser p, Class<?> owner, String prefix, String field, int index,
                                                 Object value, Class<?> target, String problem) {
        InvalidFormatException e = InvalidFormatException.from(p, message(prefix, field + "[" + index + "]", problem),
                value, target);
        e.prependPath(List.class, index);
        e.prependPath(owner, field);
        return e;
    }

    private static <E extends Enum<E>> E constant(Class<E> type, String name) {
        for (E e : type.getEnumConstants()) {
            if (e.name().equals(name)) {
                return e;
            }
        }
        return null;
    }

    private static <E extends Enum<E>> String unknownConstant(Class<E> type, String text) {
        String expected = Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
        return "unknown value " + Identifiers.describe(text) + " (expected one of " + expected + ")";
    }

    /** Fails when a required field was absent ({@code value == null}), else returns it. */
    static <T> T required(JsonParser p, Class<?> owner, String prefix, String field, T value) throws IOException {
        if (value == null) {
            throw mismatch(p, owner, prefix, field, owner, "required field is missing");
        }
        return value;
    }

    /** A type or structure error of {@code field}; the path ends with the field. */
    static MismatchedInputException mismatch(JsonParser p, Class<?> owner, String prefix, String field,
                                             Class<?> target, String problem) {
        MismatchedInputException e = MismatchedInputException.from(p, target, message(prefix, field, problem));
        e.prependPath(owner, field);
        return e;
    }

    /** A value error of {@code field} (right token type, wrong value); the path ends with the field. */
    static InvalidFormatException invalid(JsonParser p, Class<?> owner, String prefix, String field, Object value,
                                          Class<?> target, String problem) {
        InvalidFormatException e = InvalidFormatException.from(p, message(prefix, field, problem), value, target);
        e.prependPath(owner, field);
        return e;
    }

    private static String message(String prefix, String field, String problem) {
        return "field \"" + prefix + field + "\": " + problem;
    }

    private static String dropDot(String prefix) {
        return prefix.endsWith(".") ? prefix.substring(0, prefix.length() - 1) : prefix;
    }

    /** How a token is named in messages. */
    static String found(JsonToken t) {
        if (t == null) {
            return "the end of input";
        }
        return switch (t) {
            case VALUE_NULL -> "null";
            case START_ARRAY -> "an array";
            case START_OBJECT -> "an object";
            case VALUE_STRING -> "a string";
            case VALUE_TRUE, VALUE_FALSE -> "a boolean";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
            case VALUE_EMBEDDED_OBJECT -> "an embedded object";
            default -> "token " + t;
        };
    }
}
