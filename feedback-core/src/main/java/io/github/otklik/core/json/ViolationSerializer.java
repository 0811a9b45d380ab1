package io.github.otklik.core.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import io.github.otklik.core.validation.Violation;

import java.io.IOException;

/** Writes a {@link Violation} as {@code {"path", "message"}}. */
final class ViolationSerializer extends StdSerializer<Violation> {
    static final ViolationSerializer INSTANCE = new ViolationSerializer();

    private ViolationSerializer() {
        super(Violation.class);
    }

    @Override
    public void serialize(Violation violation, JsonGenerator g, SerializerProvider provider) throws IOException {
        g.writeStartObject(violation);
        g.writeStringField("path", violation.path());
        g.writeStringField("message", violation.message());
        g.writeEndObject();
    }
}
