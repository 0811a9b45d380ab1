package io.github.otklik.core.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.databind.util.AccessPattern;
import io.github.otklik.core.response.AnswerValue;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads any JSON value as an {@link AnswerValue}, token by token so that the JSON type is kept:
 * an integer token that fits a {@code long} is an {@link AnswerValue.IntegerValue}, a larger one
 * or a token with a fraction or exponent a {@link AnswerValue.DecimalValue} (exact), and
 * {@code null} is {@link AnswerValue.NullValue#INSTANCE}, also inside maps and lists.
 */
final class AnswerValueDeserializer extends StdDeserializer<AnswerValue> {
    static final AnswerValueDeserializer INSTANCE = new AnswerValueDeserializer();

    private AnswerValueDeserializer() {
        super(AnswerValue.class);
    }

    @Override
    public AnswerValue deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        JsonToken t = p.currentToken();
        if (t == JsonToken.FIELD_NAME || t == JsonToken.END_OBJECT) { // handed over inside an object
            return new AnswerValue.ObjectValue(fieldsFrom(p, t));
        }
        return read(p);
    }

    @Override
    public AnswerValue getNullValue(DeserializationContext ctxt) {
        return AnswerValue.NullValue.INSTANCE;
    }

    @Override
    public AccessPattern getNullAccessPattern() {
        return AccessPattern.CONSTANT;
    }

    @Override
    public LogicalType logicalType() {
        return LogicalType.Untyped;
    }

    @Override
    public boolean isCachable() {
        return true;
    }

    /** Reads the value at the current token (recursively for arrays and objects). */
    static AnswerValue read(JsonParser p) throws IOException {
        JsonToken t = p.currentToken();
        if (t == null) {
            throw MismatchedInputException.from(p, AnswerValue.class, "expected a JSON value, found the end of input");
        }
        return switch (t) {
            case VALUE_NUMBER_INT -> p.getNumberType() == JsonParser.NumberType.BIG_INTEGER
                    ? new AnswerValue.DecimalValue(new BigDecimal(p.getBigIntegerValue()))
                    : new AnswerValue.IntegerValue(p.getLongValue());
            case VALUE_NUMBER_FLOAT -> new AnswerValue.DecimalValue(p.getDecimalValue());
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
            case START_OBJECT -> new AnswerValue.ObjectValue(fieldsFrom(p, p.nextToken()));
            default -> throw MismatchedInputException.from(p, AnswerValue.class,
                    "expected a JSON value, found " + Wire.found(t));
        };
    }

    /** Reads the members of the object whose {@code {}} the parser is on, keys in input order. */
    static Map<String, AnswerValue> fields(JsonParser p) throws IOException {
        return fieldsFrom(p, p.nextToken());
    }

    private static Map<String, AnswerValue> fieldsFrom(JsonParser p, JsonToken first) throws IOException {
        Map<String, AnswerValue> map = new LinkedHashMap<>();
        for (JsonToken t = first; t == JsonToken.FIELD_NAME; t = p.nextToken()) {
            String key = p.currentName();
            p.nextToken();
            map.put(key, read(p));
        }
        return map;
    }
}
