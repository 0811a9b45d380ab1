package io.github.otklik.core.response;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A raw answer value exactly as the JSON had it: an integer token, a decimal token, a string, a
 * boolean, an array, an object or {@code null}. Checking it against a question is the job of the
 * forms module; here it keeps the JSON type so that {@code 4} and {@code 4.0} stay different.
 */
public sealed interface AnswerValue {
    /** The string {@code "dk"}: the "difficult to answer" choice of a scale. */
    String DONT_KNOW = "dk";

    /** An integer token that fits a {@code long}. */
    record IntegerValue(long value) implements AnswerValue {
    }

    /** A number token with a fraction or exponent, or an integer too large for a {@code long}. */
    record DecimalValue(BigDecimal value) implements AnswerValue {
        /** Checks non-null. */
        public DecimalValue {
            Objects.requireNonNull(value, "value");
        }
    }

    /** A string. */
    record TextValue(String value) implements AnswerValue {
        /** Checks non-null. */
        public TextValue {
            Objects.requireNonNull(value, "value");
        }
    }

    /** {@code true} or {@code false}. */
    record BooleanValue(boolean value) implements AnswerValue {
    }

    /** A JSON array. */
    record ArrayValue(List<AnswerValue> values) implements AnswerValue {
        /** Copies the list. */
        public ArrayValue {
            values = List.copyOf(values);
        }
    }

    /** A JSON object, with its keys in input order. */
    record ObjectValue(Map<String, AnswerValue> fields) implements AnswerValue {
        /** Copies the map, keeping key order. */
        public ObjectValue {
            fields = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(fields));
        }
    }

    /** JSON {@code null} (a wrong type for every question). */
    enum NullValue implements AnswerValue {
        /** The single null value. */
        INSTANCE
    }

    /** An integer value. */
    static AnswerValue of(long value) {
        return new IntegerValue(value);
    }

    /** A string value. */
    static AnswerValue of(String value) {
        return new TextValue(value);
    }

    /** A boolean value. */
    static AnswerValue of(boolean value) {
        return new BooleanValue(value);
    }

    /** An array of string values (a multi-choice answer). */
    static AnswerValue ofStrings(List<String> values) {
        return new ArrayValue(values.stream().map(AnswerValue::of).toList());
    }

    /** Whether this is the "difficult to answer" string {@code "dk"}. */
    default boolean isDontKnow() {
        return this instanceof TextValue t && DONT_KNOW.equals(t.value());
    }

    /** The JSON type name of this value, for messages ("integer", "string", …). */
    default String typeName() {
        if (this instanceof IntegerValue) {
            return "integer";
        } else if (this instanceof DecimalValue) {
            return "decimal";
        } else if (this instanceof TextValue) {
            return "string";
        } else if (this instanceof BooleanValue) {
            return "boolean";
        } else if (this instanceof ArrayValue) {
            return "array";
        } else if (this instanceof ObjectValue) {
            return "object";
        }
        return "null";
    }
}
