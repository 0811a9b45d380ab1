package io.github.otklik.core.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import io.github.otklik.core.process.LifeSituation;

import java.io.IOException;

/** Writes a {@link LifeSituation} as {@code {"id", "name", "processes": […]}} (the list always written). */
final class LifeSituationSerializer extends StdSerializer<LifeSituation> {
    static final LifeSituationSerializer INSTANCE = new LifeSituationSerializer();

    private LifeSituationSerializer() {
        super(LifeSituation.class);
    }

    @Override
    public void serialize(LifeSituation situation, JsonGenerator g, SerializerProvider provider) throws IOException {
        g.writeStartObject(situation);
        g.writeStringField("id", situation.id());
        g.writeFieldName("name");
        LocalizedTextSerializer.INSTANCE.serialize(situation.name(), g, provider);
        Wire.writeStrings(g, "processes", situation.processes());
        g.writeEndObject();
    }
}
