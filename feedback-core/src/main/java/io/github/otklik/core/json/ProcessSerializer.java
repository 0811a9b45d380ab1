package io.github.otklik.core.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import io.github.otklik.core.process.Process;
import io.github.otklik.core.process.TargetIndicator;

import java.io.IOException;

/**
 * Writes a {@link Process} as a process registry entry ({@code spec/painmap.md}): {@code id, name,
 * type, group?, touchpoints, lifeSituations, owner?, annualVolume?, targets?}. The two lists are
 * always written; {@code targets} only when not empty.
 */
final class ProcessSerializer extends StdSerializer<Process> {
    static final ProcessSerializer INSTANCE = new ProcessSerializer();

    private ProcessSerializer() {
        super(Process.class);
    }

    @Override
    public void serialize(Process process, JsonGenerator g, SerializerProvider provider) throws IOException {
        g.writeStartObject(process);
        g.writeStringField("id", process.id());
        g.writeFieldName("name");
        LocalizedTextSerializer.INSTANCE.serialize(process.name(), g, provider);
        g.writeStringField("type", process.type().name());
        Wire.writeOptional(g, "group", process.group());
        Wire.writeStrings(g, "touchpoints", process.touchpoints());
        Wire.writeStrings(g, "lifeSituations", process.lifeSituations());
        Wire.writeOptional(g, "owner", process.owner());
        if (process.annualVolume().isPresent()) {
            g.writeNumberField("annualVolume", process.annualVolume().getAsLong());
        }
        if (!process.targets().isEmpty()) {
            g.writeArrayFieldStart("targets");
            for (TargetIndicator target : process.targets()) {
                TargetIndicatorSerializer.INSTANCE.serialize(target, g, provider);
            }
            g.writeEndArray();
        }
        g.writeEndObject();
    }
}
