package io.github.otklik.core.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import io.github.otklik.core.client.Client;
import io.github.otklik.core.client.ClientCategory;
import io.github.otklik.core.client.ClientKind;

import java.io.IOException;
import java.util.Collection;
import java.util.List;

/**
 * Reads {@code {"kind": …, "category": …}} as a {@link Client}: {@code kind} required, enum names
 * exact, and the category must belong to the kind ({@code EMPLOYEE} only for {@code INTERNAL}).
 */
final class ClientDeserializer extends StdDeserializer<Client> {
    static final ClientDeserializer INSTANCE = new ClientDeserializer();
    private static final List<Object> FIELDS = List.of("kind", "category");

    private ClientDeserializer() {
        super(Client.class);
    }

    @Override
    public Client deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        return read(p, ctxt, "");
    }

    /** Reads the object at the current token; {@code prefix} names the enclosing path in messages. */
    Client read(JsonParser p, DeserializationContext ctxt, String prefix) throws IOException {
        ClientKind kind = null;
        ClientCategory category = null;
        for (JsonToken t = Wire.startObject(p, Client.class, prefix); t == JsonToken.FIELD_NAME; t = p.nextToken()) {
            String name = p.currentName();
            p.nextToken();
            switch (name) {
                case "kind" -> kind = Wire.enumValue(p, Client.class, prefix, name, ClientKind.class);
                case "category" -> category = Wire.enumValue(p, Client.class, prefix, name, ClientCategory.class);
                default -> ctxt.handleUnknownProperty(p, this, Client.class, name);
            }
        }
        Wire.required(p, Client.class, prefix, "kind", kind);
        if (category == null) {
            return Client.of(kind);
        }
        if (category.kind() != kind) {
            throw Wire.invalid(p, Client.class, prefix, "category", category.name(), ClientCategory.class,
                    "category " + category + " is not allowed for client kind " + kind);
        }
        return Client.of(kind, category);
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
