package io.github.otklik.core.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import io.github.otklik.core.io.Reject;

import java.io.IOException;
import java.util.Collection;
import java.util.List;

/**
 * Reads the reject line object of {@code spec/formats.md} §5 as a {@link Reject}: {@code source},
 * {@code line} (an integer ≥ 1) and {@code reason} required, {@code id} and {@code field} optional.
 */
final class RejectDeserializer extends StdDeserializer<Reject> {
    static final RejectDeserializer INSTANCE = new RejectDeserializer();
    private static final List<Object> FIELDS = List.of("source", "line", "id", "field", "reason");

    private RejectDeserializer() {
        super(Reject.class);
    }

    @Override
    public Reject deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        final Class<?> self = Reject.class;
        final String none = "";
        String source = null;
        Long line = null;
        String id = null;
        String field = null;
        String reason = null;
        for (JsonToken t = Wire.startObject(p, self, none); t == JsonToken.FIELD_NAME; t = p.nextToken()) {
            String name = p.currentName();
            p.nextToken();
            switch (name) {
                case "source" -> source = Wire.string(p, self, none, name);
                case "line" -> {
                    long n = Wire.integer(p, self, none, name);
                    if (n < 1) {
                        throw Wire.invalid(p, self, none, name, n, Long.class, "line must be >= 1, was " + n);
                    }
                    line = n;
                }
                case "id" -> id = Wire.string(p, self, none, name);
                case "field" -> field = Wire.string(p, self, none, name);
                case "reason" -> reason = Wire.string(p, self, none, name);
                default -> ctxt.handleUnknownProperty(p, this, self, name);
            }
        }
        return Reject.of(Wire.required(p, self, none, "source", source), Wire.required(p, self, none, "line", line),
                id, field, Wire.required(p, self, none, "reason", reason));
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
