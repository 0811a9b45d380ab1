package io.github.otklik.painmap.export;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;

/**
 * Writes a {@link PublicPainMap} as {@code otklik-painmap-public/1} JSON: keys {@code format, asOf,
 * period {label, from, to, zone}, minCell, items}, each item {@code no, processName, title, priority,
 * measures, responsible, deadline, status, figures [{source, share}]}, in that order; pretty-printed
 * with a final newline; doubles unrounded. Nothing else of the working map is written. Thread-safe.
 */
public final class PublicPainMapJson {
    private static final JsonFactory FACTORY = new JsonFactory();

    private PublicPainMapJson() {
    }

    /**
     * The public edition as JSON text.
     *
     * @param map the public edition
     * @return the JSON text
     */
    public static String toJson(PublicPainMap map) {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            g.writeStringField("format", PublicPainMap.FORMAT);
            g.writeStringField("asOf", map.asOf().toString());
            g.writeObjectFieldStart("period");
            g.writeStringField("label", map.period().label());
            g.writeStringField("from", map.period().from().toString());
            g.writeStringField("to", map.period().to().toString());
            g.writeStringField("zone", map.zone().getId());
            g.writeEndObject();
            g.writeNumberField("minCell", map.minCell());
            g.writeArrayFieldStart("items");
            for (PublicPainMap.Item i : map.items()) {
                g.writeStartObject();
                g.writeNumberField("no", i.no());
                g.writeStringField("processName", i.processName());
                g.writeStringField("title", i.title());
                g.writeStringField("priority", i.priority().name());
                g.writeArrayFieldStart("measures");
                for (String m : i.measures()) {
                    g.writeString(m);
                }
                g.writeEndArray();
                g.writeStringField("responsible", i.responsible());
                g.writeStringField("deadline", i.deadline().toString());
                g.writeStringField("status", i.status().name());
                g.writeArrayFieldStart("figures");
                for (PublicPainMap.Figure f : i.figures()) {
                    g.writeStartObject();
                    g.writeStringField("source", f.source().name());
                    g.writeNumberField("share", f.share());
                    g.writeEndObject();
                }
                g.writeEndArray();
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out + "\n";
    }
}
