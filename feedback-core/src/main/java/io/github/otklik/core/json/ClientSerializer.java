package io.github.otklik.core.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import io.github.otklik.core.client.Client;

import java.io.IOException;

/** Writes a {@link Client} as {@code {"kind": …, "category": …}}, {@code category} only when present. */
final class ClientSerializer extends StdSerializer<Client> {
    static final ClientSerializer INSTANCE = new ClientSerializer();

    private ClientSerializer() {
        super(Client.class);
    }

    @Override
    public void serialize(Client client, JsonGenerator g, SerializerProvider provider) throws IOException {
        g.writeStartObject(client);
        g.writeStringField("kind", client.kind().name());
        if (client.category().isPresent()) {
            g.writeStringField("category", client.category().get().name());
        }
        g.writeEndObject();
    }
}
