package io.github.otklik.core.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import io.github.otklik.core.agency.Agency;

import java.io.IOException;

/** Writes an {@link Agency} as {@code {"id", "name": {"ru", "en"?}}}. */
final class AgencySerializer extends StdSerializer<Agency> {
    static final AgencySerializer INSTANCE = new AgencySerializer();

    private AgencySerializer() {
        super(Agency.class);
    }

    @Override
    public void serialize(Agency agency, JsonGenerator g, SerializerProvider provider) throws IOException {
        g.writeStartObject(agency);
        g.writeStringField("id", agency.id());
        g.writeFieldName("name");
        LocalizedTextSerializer.INSTANCE.serialize(agency.name(), g, provider);
        g.writeEndObject();
    }
}
