package io.github.otklik.core.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import io.github.otklik.core.response.AnswerValue;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.Map;

/**
 * Writes an {@link AnswerValue} as the plain JSON value it was read from. A {@link
 * AnswerValue.DecimalValue} is always written as a token that reads back as a decimal: its
 * {@link BigDecimal#toString()} form (exact, scale kept), with {@code E0} appended when that form
 * would otherwise be an integer token that fits a {@code long} ({@code 5E0}), so that the 4 / 4.0
 * distinction survives a round trip whatever the generator's number features.
 */
final class AnswerValueSerializer extends StdSerializer<AnswerValue> {
    static final AnswerValueSerializer INSTANCE = new AnswerValueSerializer();

    private AnswerValueSerializer() {
        super(AnswerValue.class);
    }

    @Override
    public void serialize(AnswerValue value, JsonGenerator g, SerializerProvider provider) throws IOException {
        write(value, g);
    }

    /** Writes {@code value} (recursively for arrays and objects). */
    static void write(AnswerValue value, JsonGenerator g) throws IOException {
        if (value instanceof AnswerValue.IntegerValue v) {
            g.writeNumber(v.value());
        } else if (value instanceof AnswerValue.DecimalValue v) {
            g.writeNumber(decimalToken(v.value()));
        } else if (value instanceof AnswerValue.TextValue v) {
            g.writeString(v.value());
        } else if (value instanceof AnswerValue.BooleanValue v) {
            g.writeBoolean(v.value());
        } else if (value instanceof AnswerValue.ArrayValue v) {
            g.writeStartArray(v, v.values().size());
            for (AnswerValue item : v.values()) {
                write(item, g);
            }
            g.writeEndArray();
        } else if (value instanceof AnswerValue.ObjectValue v) {
            writeObject(v.fields(), g);
        } else {
            g.writeNull();
        }
    }

    /** Writes {@code fields} as a JSON object, keys in map order. */
    static void writeObject(Map<String, AnswerValue> fields, JsonGenerator g) throws IOException {
        g.writeStartObject(fields);
        for (Map.Entry<String, AnswerValue> e : fields.entrySet()) {
            g.writeFieldName(e.getKey());
            write(e.getValue(), g);
        }
        g.writeEndObject();
    }

    /** The JSON number text of a decimal: exact, and never an integer token that fits a long. */
    static String decimalToken(BigDecimal d) {
        String text = d.toString();
        if (d.scale() == 0 && d.unscaledValue().bitLength() < Long.SIZE) {
            return text + "E0";
        }
        return text;
    }
}
