package io.github.otklik.painmap.export;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.github.otklik.painmap.PainMap;
import io.github.otklik.painmap.PainPoint;
import io.github.otklik.painmap.evidence.Evidence;
import io.github.otklik.painmap.evidence.Proportion;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Optional;

/**
 * Writes a {@link PainMap} as {@code otklik-painmap/1} JSON exactly as {@code spec/painmap.md}
 * shows it: keys {@code format, asOf, period {label, from, to, zone}, rules, items}, each item
 * {@code no, process, processName, group, problem, title, kind, prevalence, impact, priority,
 * lowEvidence, measures, responsible, deadline, status, evidence [{source, x, n, share,
 * lowerBound}], explanation}, in that order; pretty-printed with a final newline; doubles never
 * rounded (shortest representation that reads back to the same double). A manual entry without
 * evidence has {@code x}, {@code n}, {@code share} and {@code lowerBound} {@code null}.
 * Explanations are in the map's language. Thread-safe.
 */
public final class PainMapJson {
    private static final JsonFactory FACTORY = new JsonFactory();

    private PainMapJson() {
    }

    /** The map as JSON text. */
    public static String toJson(PainMap map) {
        StringWriter w = new StringWriter();
        write(map, w);
        return w.toString();
    }

    /** Writes the map to {@code out} (flushed, not closed). */
    public static void write(PainMap map, Writer out) {
        try {
            JsonGenerator g = FACTORY.createGenerator(out);
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            g.writeStringField("format", PainMap.FORMAT);
            g.writeStringField("asOf", map.asOf().toString());
            g.writeObjectFieldStart("period");
            g.writeStringField("label", map.period().label());
            g.writeStringField("from", map.period().from().toString());
            g.writeStringField("to", map.period().to().toString());
            g.writeStringField("zone", map.zone().getId());
            g.writeEndObject();
            g.writeStringField("rules", map.rules().name());
            g.writeArrayFieldStart("items");
            for (PainPoint p : map.items()) {
                item(g, p, map);
            }
            g.writeEndArray();
            g.writeEndObject();
            g.flush();
            out.write('\n');
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void item(JsonGenerator g, PainPoint p, PainMap map) throws IOException {
        g.writeStartObject();
        g.writeNumberField("no", p.no());
        g.writeStringField("process", p.process());
        g.writeStringField("processName", p.processName());
        g.writeStringField("group", p.group());
        g.writeStringField("problem", p.problem());
        g.writeStringField("title", p.title());
        g.writeStringField("kind", p.kind().name());
        g.writeStringField("prevalence", p.prevalence().name());
        g.writeStringField("impact", p.impact().name());
        g.writeStringField("priority", p.priority().name());
        g.writeBooleanField("lowEvidence", p.lowEvidence());
        g.writeArrayFieldStart("measures");
        for (String m : p.measures()) {
            g.writeString(m);
        }
        g.writeEndArray();
        g.writeStringField("responsible", p.responsible());
        g.writeStringField("deadline", p.deadline().toString());
        g.writeStringField("status", p.status().name());
        g.writeArrayFieldStart("evidence");
        for (Evidence e : p.evidence()) {
            g.writeStartObject();
            g.writeStringField("source", e.source().name());
            Optional<Proportion> m = e.proportion();
            if (m.isPresent()) {
                g.writeNumberField("x", m.get().x());
                g.writeNumberField("n", m.get().n());
                g.writeNumberField("share", m.get().share());
                g.writeNumberField("lowerBound", m.get().lowerBound());
            } else {
                g.writeNullField("x");
                g.writeNullField("n");
                g.writeNullField("share");
                g.writeNullField("lowerBound");
            }
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("explanation");
        for (String line : p.explain(map.lang())) {
            g.writeString(line);
        }
        g.writeEndArray();
        g.writeEndObject();
    }
}
