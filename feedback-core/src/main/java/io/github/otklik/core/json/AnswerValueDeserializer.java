package io.github.otklik.core.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.databind.util.AccessPattern;
import io.github.otklik.core.response.AnswerValue;

import java.io.IOException;

/**
 * Reads any JSON value as an {@link AnswerValue} with {@link AnswerValueReader} (the JSON type is
 * kept: {@code 4}, {@code 4.0} and {@code "4"} differ; {@code null} is
 * {@link AnswerValue.NullValue#INSTANCE}, also inside maps and lists; a repeated key fails).
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
            return new AnswerValue.ObjectValue(AnswerValueReader.remainingFields(p));
        }
        return AnswerValueReader.read(p);
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
}
