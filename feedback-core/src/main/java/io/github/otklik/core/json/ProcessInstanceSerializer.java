package io.github.otklik.core.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import io.github.otklik.core.process.ProcessInstance;

import java.io.IOException;

/**
 * Writes a {@link ProcessInstance} as an object keyed by the CSV columns of {@code
 * spec/formats.md} §4, in column order: {@code id, agency, process, channel?, startedAt,
 * finishedAt?, touches?, outcome?, negativeReason?}; absent optionals are omitted.
 */
final class ProcessInstanceSerializer extends StdSerializer<ProcessInstance> {
    static final ProcessInstanceSerializer INSTANCE = new ProcessInstanceSerializer();

    private ProcessInstanceSerializer() {
        super(ProcessInstance.class);
    }

    @Override
    public void serialize(ProcessInstance i, JsonGenerator g, SerializerProvider provider) throws IOException {
        g.writeStartObject(i);
        g.writeStringField("id", i.id());
        g.writeStringField("agency", i.agency());
        g.writeStringField("process", i.process());
        if (i.channel().isPresent()) {
            g.writeStringField("channel", i.channel().get().name());
        }
        Wire.writeInstant(g, "startedAt", i.startedAt());
        if (i.finishedAt().isPresent()) {
            Wire.writeInstant(g, "finishedAt", i.finishedAt().get());
        }
        if (i.touches().isPresent()) {
            g.writeNumberField("touches", i.touches().getAsInt());
        }
        if (i.outcome().isPresent()) {
            g.writeStringField("outcome", i.outcome().get().name());
        }
        Wire.writeOptional(g, "negativeReason", i.negativeReason());
        g.writeEndObject();
    }
}
