package io.github.otklik.core.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import io.github.otklik.core.agency.Agency;
import io.github.otklik.core.text.LocalizedText;
import io.github.otklik.core.validation.Identifiers;

import java.io.IOException;
import java.util.Collection;
import java.util.List;

/** Reads {@code {"id", "name"}} (both required, {@code id} a well-formed identifier) as an {@link Agency}. */
final class AgencyDeserializer extends StdDeserializer<Agency> {
    static final AgencyDeserializer INSTANCE = new AgencyDeserializer();
    private static final List<Object> FIELDS = List.of("id", "name");

    private AgencyDeserializer() {
        super(Agency.class);
    }

    @Override
    public Agency deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        final Class<?> self = Agency.class;
        final String none = "";
        String id = null;
        LocalizedText name = null;
        for (JsonToken t = Wire.startObject(p, self, none); t == JsonToken.FIELD_NAME; t = p.nextToken()) {
            String field = p.currentName();
            p.nextToken();
            switch (field) {
                case "id" -> id = Wire.string(p, self, none, field);
                case "name" -> name = Wire.nested(p, ctxt, self, none, field, LocalizedTextDeserializer.INSTANCE::read);
                default -> ctxt.handleUnknownProperty(p, this, self, field);
            }
        }
        Wire.required(p, self, none, "id", id);
        if (!Identifiers.isIdentifier(id)) {
            throw Wire.invalid(p, self, none, "id", id, String.class,
                    "agency id is not a valid identifier: " + Identifiers.describe(id));
        }
        return new Agency(id, Wire.required(p, self, none, "name", name));
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
