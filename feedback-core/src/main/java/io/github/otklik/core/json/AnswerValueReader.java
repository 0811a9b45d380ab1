package io.github.otklik.core.json;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.github.otklik.core.config.ConfigObject;
import io.github.otklik.core.config.ConfigValue;
import io.github.otklik.core.response.AnswerValue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The one conversion of JSON into {@link AnswerValue}s, used by the responses reader, the Jackson
 * module ({@code AnswerValueDeserializer} delegates here) and the form templates' conditions:
 * token by token, so that the JSON type is kept. An integer token that fits a {@code long} is an {@link AnswerValue.IntegerValue} ({@code -0} is {@code 0}); a
 * larger integer, or a token with a fraction or exponent, a {@link AnswerValue.DecimalValue} with
 * the token's exact digits and scale ({@code 4}, {@code 4.0} and {@code "4"} stay three different
 * values; {@code 2^63} and {@code 1e999999} are kept exactly); {@code null} is
 * {@link AnswerValue.NullValue#INSTANCE}, also inside arrays and objects; object keys keep their
 * input order. A key repeated within one object fails with Jackson's own strict-duplicate message
 * ({@code Duplicate field 'k'}), whatever the parser's settings, so that a value never depends on
 * which of two entries wins. A number token whose exponent does not fit an {@code int} has no exact
 * decimal and fails as malformed ({@link JsonParseException}). Nesting is bounded by the parser's
 * {@code StreamReadConstraints}.
 * Stateless and thread-safe.
 */
public final class AnswerValueReader {
    private AnswerValueReader() {
    }

    /**
     * Reads the value at the parser's current token, leaving the parser on its last token (the
     * value itself, or the closing bracket of an array or object).
     *
     * @param p a parser on the first token of a value
     * @return the value, with its JSON type
     * @throws JsonParseException when an object repeats a key or the JSON is malformed
     * @throws MismatchedInputException when the current token does not start a value
     * @throws IOException when reading fails
     */
    public static AnswerValue read(JsonParser p) throws IOException {
        JsonToken t = p.currentToken();
        if (t == null) {
            throw MismatchedInputException.from(p, AnswerValue.class, "expected a JSON value, found the end of input");
        }
        return switch (t) {
            case VALUE_NUMBER_INT -> p.getNumberType() == JsonParser.NumberType.BIG_INTEGER
                    ? new AnswerValue.DecimalValue(new BigDecimal(p.getBigIntegerValue()))
                    : new AnswerValue.IntegerValue(p.getLongValue());
            case VALUE_NUMBER_FLOAT -> new AnswerValue.DecimalValue(decimal(p));
            case VALUE_STRING -> new AnswerValue.TextValue(p.getText());
            case VALUE_TRUE -> new AnswerValue.BooleanValue(true);
            case VALUE_FALSE -> new AnswerValue.BooleanValue(false);
            case VALUE_NULL -> AnswerValue.NullValue.INSTANCE;
            case START_ARRAY -> {
                List<AnswerValue> items = new ArrayList<>();
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    items.add(read(p));
                }
                yield new AnswerValue.ArrayValue(items);
            }
            case START_OBJECT -> new AnswerValue.ObjectValue(fields(p));
            default -> throw MismatchedInputException.from(p, AnswerValue.class,
                    "expected a JSON value, found " + Wire.found(t));
        };
    }

    /**
     * Reads the members of the object whose opening brace the parser is on, keys in input order,
     * leaving the parser on the closing brace.
     *
     * @param p a parser on {@code START_OBJECT}
     * @return the members (a new, modifiable map)
     * @throws JsonParseException when a key repeats or the JSON is malformed
     * @throws IOException when reading fails
     */
    public static Map<String, AnswerValue> fields(JsonParser p) throws IOException {
        return fieldsFrom(p, p.nextToken());
    }

    /**
     * Reads the rest of an object whose first member name (or closing brace) the parser is on, as
     * Jackson hands an object over to a deserializer after buffering.
     *
     * @param p a parser on a {@code FIELD_NAME} or {@code END_OBJECT} token
     * @return the members (a new, modifiable map)
     * @throws JsonParseException when a key repeats or the JSON is malformed
     * @throws IOException when reading fails
     */
    public static Map<String, AnswerValue> remainingFields(JsonParser p) throws IOException {
        return fieldsFrom(p, p.currentToken());
    }

    /**
     * Converts a tree node (already parsed, so without repeated keys) the same way, as if its
     * tokens were read: a {@code DoubleNode} gives the decimal of its {@code double}, exactly as
     * {@link JsonNode#decimalValue()} does.
     *
     * @param node any node; a missing node (and a node that holds no JSON value: binary data, a
     *     Java object) is {@code null}
     * @return the value
     */
    public static AnswerValue read(JsonNode node) {
        if (node.isMissingNode() || node.isPojo() || node.isBinary()) {
            return AnswerValue.NullValue.INSTANCE;
        }
        try (JsonParser p = node.traverse()) {
            p.nextToken();
            return read(p);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot convert a JSON tree", e); // a tree is in memory: never happens
        }
    }

    /**
     * Converts a value of a configuration file (a form template's {@code visibleIf}, read with
     * {@link io.github.otklik.core.config.JsonConfig}) the same way, as if its tokens were read:
     * the number as written decides between integer and decimal, object keys keep their order.
     *
     * @param value any value
     * @return the answer value
     */
    public static AnswerValue read(ConfigValue value) {
        return switch (value.kind()) {
            case NUMBER -> value.isLong() ? new AnswerValue.IntegerValue(value.asLong()) : new AnswerValue.DecimalValue(value.asDecimal());
            case STRING -> new AnswerValue.TextValue(value.asString());
            case BOOLEAN -> new AnswerValue.BooleanValue(value.asBoolean());
            case NULL -> AnswerValue.NullValue.INSTANCE;
            case ARRAY -> new AnswerValue.ArrayValue(value.asArray().map(AnswerValueReader::read));
            case OBJECT -> {
                ConfigObject o = value.asMap();
                Map<String, AnswerValue> map = new LinkedHashMap<>();
                for (String field : o.fields()) {
                    map.put(field, read(o.required(field)));
                }
                yield new AnswerValue.ObjectValue(map);
            }
        };
    }

    /**
     * The exact decimal of a number token. An exponent beyond an {@code int} ({@code 1e9999999999})
     * has no {@link BigDecimal}: Jackson throws a bare {@link NumberFormatException} for it, which
     * would end a whole read; it is a malformed value of this line instead.
     */
    private static BigDecimal decimal(JsonParser p) throws IOException {
        try {
            return p.getDecimalValue();
        } catch (NumberFormatException e) {
            throw new JsonParseException(p, e.getMessage(), e);
        }
    }

    private static Map<String, AnswerValue> fieldsFrom(JsonParser p, JsonToken first) throws IOException {
        Map<String, AnswerValue> map = new LinkedHashMap<>();
        for (JsonToken t = first; t == JsonToken.FIELD_NAME; t = p.nextToken()) {
            String key = p.currentName();
            if (map.containsKey(key)) { // before the value: where Jackson's strict detection reports it
                throw new JsonParseException(p, "Duplicate field '" + key + "'");
            }
            p.nextToken();
            map.put(key, read(p));
        }
        return map;
    }
}
