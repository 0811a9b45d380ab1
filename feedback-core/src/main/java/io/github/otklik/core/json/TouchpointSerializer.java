package io.github.otklik.core.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import io.github.otklik.core.channel.Channel;
import io.github.otklik.core.process.Touchpoint;

import java.io.IOException;
import java.util.EnumSet;

/**
 * Writes a {@link Touchpoint} as {@code {"id", "name", "channels": […]}}; the channels (a set) are
 * written in enum declaration order, so that the output does not depend on set iteration order.
 */
final class TouchpointSerializer extends StdSerializer<Touchpoint> {
    static final TouchpointSerializer INSTANCE = new TouchpointSerializer();

    private TouchpointSerializer() {
        super(Touchpoint.class);
    }

    @Override
    public void serialize(Touchpoint touchpoint, JsonGenerator g, SerializerProvider provider) throws IOException {
        g.writeStartObject(touchpoint);
        g.writeStringField("id", touchpoint.id());
        g.writeFieldName("name");
        LocalizedTextSerializer.INSTANCE.serialize(touchpoint.name(), g, provider);
        g.writeArrayFieldStart("channels");
        EnumSet<Channel> ordered = EnumSet.noneOf(Channel.class);
        ordered.addAll(touchpoint.channels());
        for (Channel channel : ordered) {
            g.writeString(channel.name());
        }
        g.writeEndArray();
        g.writeEndObject();
    }
}
