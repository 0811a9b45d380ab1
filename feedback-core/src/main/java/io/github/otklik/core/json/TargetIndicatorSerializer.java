package io.github.otklik.core.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import io.github.otklik.core.process.TargetIndicator;

import java.io.IOException;

/** Writes a {@link TargetIndicator} as {@code {"metric", "target", "direction"}} with the direction's wire name. */
final class TargetIndicatorSerializer extends StdSerializer<TargetIndicator> {
    static final TargetIndicatorSerializer INSTANCE = new TargetIndicatorSerializer();

    private TargetIndicatorSerializer() {
        super(TargetIndicator.class);
    }

    @Override
    public void serialize(TargetIndicator target, JsonGenerator g, SerializerProvider provider) throws IOException {
        g.writeStartObject(target);
        g.writeStringField("metric", target.metric());
        g.writeNumberField("target", target.target());
        g.writeStringField("direction", target.direction().wireName());
        g.writeEndObject();
    }
}
