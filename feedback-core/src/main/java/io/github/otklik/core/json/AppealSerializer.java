package io.github.otklik.core.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import io.github.otklik.core.appeal.Appeal;

import java.io.IOException;

/**
 * Writes an {@link Appeal} as an object keyed by the CSV columns of {@code spec/formats.md} §3, in
 * column order: {@code id, agency, process?, channel, kind, topic?, reason?, registeredAt,
 * answeredAt?, dueDate?, outcome?, text?}; absent optionals are omitted. The {@code text} may
 * hold personal data: this JSON is for internal stores and pipelines, never a public output.
 */
final class AppealSerializer extends StdSerializer<Appeal> {
    static final AppealSerializer INSTANCE = new AppealSerializer();

    private AppealSerializer() {
        super(Appeal.class);
    }

    @Override
    public void serialize(Appeal a, JsonGenerator g, SerializerProvider provider) throws IOException {
        g.writeStartObject(a);
        g.writeStringField("id", a.id());
        g.writeStringField("agency", a.agency());
        Wire.writeOptional(g, "process", a.process());
        g.writeStringField("channel", a.channel().name());
        g.writeStringField("kind", a.kind().name());
        Wire.writeOptional(g, "topic", a.topic());
        Wire.writeOptional(g, "reason", a.reason());
        Wire.writeInstant(g, "registeredAt", a.registeredAt());
        if (a.answeredAt().isPresent()) {
            Wire.writeInstant(g, "answeredAt", a.answeredAt().get());
        }
        if (a.dueDate().isPresent()) {
            g.writeStringField("dueDate", a.dueDate().get().toString());
        }
        if (a.outcome().isPresent()) {
            g.writeStringField("outcome", a.outcome().get().name());
        }
        Wire.writeOptional(g, "text", a.text());
        g.writeEndObject();
    }
}
