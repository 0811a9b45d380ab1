package io.github.otklik.core.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import io.github.otklik.core.io.Reject;

import java.io.IOException;

/**
 * Writes a {@link Reject} as the reject line object of {@code spec/formats.md} §5:
 * {@code {"source", "line", "id"?, "field"?, "reason"}}, in that order.
 */
final class RejectSerializer extends StdSerializer<Reject> {
    static final RejectSerializer INSTANCE = new RejectSerializer();

    private RejectSerializer() {
        super(Reject.class);
    }

    @Override
    public void serialize(Reject reject, JsonGenerator g, SerializerProvider provider) throws IOException {
        g.writeStartObject(reject);
        g.writeStringField("source", reject.source());
        g.writeNumberField("line", reject.line());
        Wire.writeOptional(g, "id", reject.id());
        Wire.writeOptional(g, "field", reject.field());
        g.writeStringField("reason", reject.reason());
        g.writeEndObject();
    }
}
