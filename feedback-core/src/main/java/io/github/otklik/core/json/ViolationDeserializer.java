package io.github.otklik.core.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import io.github.otklik.core.validation.Violation;

import java.io.IOException;
import java.util.Collection;
import java.util.List;

/** Reads {@code {"path", "message"}} (both required; the path may be empty) as a {@link Violation}. */
final class ViolationDeserializer extends StdDeserializer<Violation> {
    static final ViolationDeserializer INSTANCE = new ViolationDeserializer();
    private static final List<Object> FIELDS = List.of("path", "message");

    private ViolationDeserializer() {
        super(Violation.class);
    }

    @Override
    public Violation deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        final Class<?> self = Violation.class;
        final String none = "";
        String path = null;
        String message = null;
        for (JsonToken t = Wire.startObject(p, self, none); t == JsonToken.FIELD_NAME; t = p.nextToken()) {
            String name = p.currentName();
            p.nextToken();
            switch (name) {
                case "path" -> path = Wire.string(p, self, none, name);
                case "message" -> message = Wire.string(p, self, none, name);
                default -> ctxt.handleUnknownProperty(p, this, self, name);
            }
        }
        return new Violation(Wire.required(p, self, none, "path", path), Wire.required(p, self, none, "message", message));
    }

    @Override
    public Collection<Object> getKnownPropertyNames() {
        return FIELDS;
    }

    @Override
    public boolean isCachable() {
        return true;
    }
}
