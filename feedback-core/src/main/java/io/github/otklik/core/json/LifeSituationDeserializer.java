package io.github.otklik.core.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import io.github.otklik.core.process.LifeSituation;
import io.github.otklik.core.text.LocalizedText;
import io.github.otklik.core.validation.Identifiers;

import java.io.IOException;
import java.util.Collection;
import java.util.List;

/**
 * Reads {@code {"id", "name", "processes"}} as a {@link LifeSituation}: {@code id} (a well-formed
 * identifier) and {@code name} required, {@code processes} defaulting to empty.
 */
final class LifeSituationDeserializer extends StdDeserializer<LifeSituation> {
    static final LifeSituationDeserializer INSTANCE = new LifeSituationDeserializer();
    private static final List<Object> FIELDS = List.of("id", "name", "processes");

    private LifeSituationDeserializer() {
        super(LifeSituation.class);
    }

    @Override
    public LifeSituation deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        final Class<?> self = LifeSituation.class;
        final String none = "";
        String id = null;
        LocalizedText name = null;
        List<String> processes = List.of();
        for (JsonToken t = Wire.startObject(p, self, none); t == JsonToken.FIELD_NAME; t = p.nextToken()) {
            String field = p.currentName();
            p.nextToken();
            switch (field) {
                case "id" -> id = Wire.string(p, self, none, field);
                case "name" -> name = Wire.nested(p, ctxt, self, none, field, LocalizedTextDeserializer.INSTANCE::read);
                case "processes" -> processes = Wire.strings(p, ctxt, self, none, field);
                default -> ctxt.handleUnknownProperty(p, this, self, field);
            }
        }
        Wire.required(p, self, none, "id", id);
        if (!Identifiers.isIdentifier(id)) {
            throw Wire.invalid(p, self, none, "id", id, String.class,
                    "life situation id is not a valid identifier: " + Identifiers.describe(id));
        }
        return new LifeSituation(id, Wire.required(p, self, none, "name", name), processes);
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
