package io.github.otklik.synthetic.agency;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.github.otklik.core.process.Process;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * Writes a process registry (реестр процессов, {@code docs/painmap.md}) as pretty JSON with LF line
 * ends: the {@code registry.json} of {@code otklik generate} and {@code otklik demo}. Stateless and
 * thread-safe.
 */
public final class RegistryWriter {
    private RegistryWriter() {
    }

    /** Writes {@code processes} as a registry array, then a line feed; flushes, does not close {@code out}. */
    public static void write(Writer out, List<SampleAgency.SampleProcess> processes) throws IOException {
        JsonGenerator g = new JsonFactory().createGenerator(out);
        g.useDefaultPrettyPrinter();
        g.writeStartArray();
        for (SampleAgency.SampleProcess sp : processes) {
            Process p = sp.process();
            g.writeStartObject();
            g.writeStringField("id", p.id());
            g.writeObjectFieldStart("name");
            g.writeStringField("ru", p.name().ru());
            if (p.name().en().isPresent()) {
                g.writeStringField("en", p.name().en().get());
            }
            g.writeEndObject();
            g.writeStringField("type", p.type().name());
            if (p.group().isPresent()) {
                g.writeStringField("group", p.group().get());
            }
            g.writeArrayFieldStart("touchpoints");
            for (String t : p.touchpoints()) {
                g.writeString(t);
            }
            g.writeEndArray();
            g.writeArrayFieldStart("lifeSituations");
            for (String t : p.lifeSituations()) {
                g.writeString(t);
            }
            g.writeEndArray();
            if (p.owner().isPresent()) {
                g.writeStringField("owner", p.owner().get());
            }
            if (p.annualVolume().isPresent()) {
                g.writeNumberField("annualVolume", p.annualVolume().getAsLong());
            }
            g.writeEndObject();
        }
        g.writeEndArray();
        g.flush();
        out.write('\n');
    }
}
