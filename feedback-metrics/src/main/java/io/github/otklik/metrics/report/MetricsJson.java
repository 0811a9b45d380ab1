package io.github.otklik.metrics.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.github.otklik.metrics.Cell;
import io.github.otklik.metrics.Dimension;
import io.github.otklik.metrics.GroupKey;
import io.github.otklik.metrics.alert.Alert;
import io.github.otklik.metrics.target.Deviation;
import io.github.otklik.metrics.appeal.AppealFigures;
import io.github.otklik.metrics.process.ProcessFigures;
import io.github.otklik.metrics.satisfaction.ProblemResult;
import io.github.otklik.metrics.satisfaction.SatisfactionFigures;
import io.github.otklik.metrics.satisfaction.ScaleResult;
import io.github.otklik.metrics.stats.ParetoEntry;
import io.github.otklik.metrics.stats.Proportions;
import io.github.otklik.metrics.stats.Wilson;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * Writes a {@link MetricsReport} as {@code otklik-metrics/1} JSON exactly as {@code spec/metrics.md}
 * shows it: the same keys in the same order, {@code null} for undefined figures, doubles never
 * rounded. Adds two optional fields: {@code minCell} and, with a previous period,
 * {@code comparedWith}. Thread-safe.
 */
public final class MetricsJson {
    private static final JsonFactory FACTORY = new JsonFactory();

    private MetricsJson() {
    }

    /** The report as pretty-printed JSON with a final newline. */
    public static String toJson(MetricsReport report) {
        StringWriter w = new StringWriter();
        write(report, w);
        return w.toString();
    }

    /** Writes the report to {@code out} (not closed) as pretty-printed JSON with a final newline. */
    public static void write(MetricsReport report, Writer out) {
        try {
            JsonGenerator g = FACTORY.createGenerator(out);
            g.useDefaultPrettyPrinter();
            report(g, report);
            g.flush();
            out.write('\n');
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void report(JsonGenerator g, MetricsReport r) throws IOException {
        g.writeStartObject();
        g.writeStringField("format", MetricsReport.FORMAT);
        g.writeObjectFieldStart("period");
        g.writeStringField("label", r.period().label());
        g.writeStringField("from", r.period().from().toString());
        g.writeStringField("to", r.period().to().toString());
        g.writeStringField("zone", r.zone().getId());
        g.writeEndObject();
        g.writeStringField("asOf", DateTimeFormatter.ISO_INSTANT.format(r.asOf()));
        g.writeStringField("audience", r.edition().wireName());
        g.writeArrayFieldStart("groupBy");
        for (Dimension d : r.groupBy()) {
            g.writeString(d.wireName());
        }
        g.writeEndArray();
        g.writeNumberField("minCell", r.disclosure().minCell());
        if (r.comparedWith().isPresent()) {
            g.writeObjectFieldStart("comparedWith");
            g.writeStringField("label", r.comparedWith().get().label());
            g.writeStringField("from", r.comparedWith().get().from().toString());
            g.writeStringField("to", r.comparedWith().get().to().toString());
            g.writeEndObject();
        }
        g.writeObjectFieldStart("inputs");
        inputs(g, "responses", r.inputs().responses());
        inputs(g, "appeals", r.inputs().appeals());
        inputs(g, "processes", r.inputs().processes());
        g.writeEndObject();
        g.writeArrayFieldStart("satisfaction");
        for (SatisfactionGroup s : r.satisfaction()) {
            satisfactionGroup(g, s, r.comparedWith().isPresent());
        }
        g.writeEndArray();
        g.writeArrayFieldStart("appeals");
        for (Keyed<AppealFigures> a : r.appeals()) {
            g.writeStartObject();
            key(g, a.key());
            appealFields(g, a.figures());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("processes");
        for (Keyed<ProcessFigures> p : r.processes()) {
            g.writeStartObject();
            key(g, p.key());
            processFields(g, p.figures());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("deviations");
        for (Deviation d : r.deviations()) {
            g.writeStartObject();
            g.writeStringField("process", d.target().process());
            g.writeStringField("metric", d.target().indicator().metric());
            g.writeNumberField("target", d.target().indicator().target());
            g.writeStringField("direction", d.target().indicator().direction().wireName());
            number(g, "actual", d.actual());
            g.writeBooleanField("met", d.met());
            number(g, "gap", d.gap());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("alerts");
        for (Alert a : r.alerts()) {
            g.writeStartObject();
            g.writeStringField("rule", a.rule());
            g.writeStringField("section", a.section());
            key(g, a.key());
            g.writeObjectFieldStart("figures");
            for (Map.Entry<String, Double> e : a.figures().entrySet()) {
                g.writeNumberField(e.getKey(), e.getValue());
            }
            g.writeEndObject();
            g.writeStringField("message", a.message());
            g.writeEndObject();
        }
        g.writeEndArray();
        if (!r.segments().isEmpty()) {
            g.writeObjectFieldStart("segments");
            for (Map.Entry<Dimension, List<SatisfactionGroup>> e : r.segments().entrySet()) {
                g.writeArrayFieldStart(e.getKey().wireName());
                for (SatisfactionGroup s : e.getValue()) {
                    satisfactionGroup(g, s, false);
                }
                g.writeEndArray();
            }
            g.writeEndObject();
        }
        g.writeEndObject();
    }

    /** One satisfaction group: its key, then {@code "suppressed": true} or its figures (and comparison). */
    private static void satisfactionGroup(JsonGenerator g, SatisfactionGroup s, boolean compared) throws IOException {
        g.writeStartObject();
        key(g, s.key());
        if (s.figures().isSuppressed()) {
            g.writeBooleanField("suppressed", true);
        } else {
            satisfactionFields(g, s.figures().figure().get());
            if (compared) {
                comparison(g, s);
            }
        }
        g.writeEndObject();
    }

    private static void inputs(JsonGenerator g, String name, InputCounts c) throws IOException {
        g.writeObjectFieldStart(name);
        g.writeNumberField("read", c.read());
        g.writeNumberField("accepted", c.accepted());
        g.writeNumberField("rejected", c.rejected());
        g.writeNumberField("inPeriod", c.inPeriod());
        g.writeEndObject();
    }

    private static void key(JsonGenerator g, GroupKey key) throws IOException {
        g.writeObjectFieldStart("key");
        for (Map.Entry<String, String> e : key.asMap().entrySet()) {
            g.writeStringField(e.getKey(), e.getValue());
        }
        g.writeEndObject();
    }

    static void satisfactionFields(JsonGenerator g, SatisfactionFigures f) throws IOException {
        g.writeNumberField("responses", f.responses());
        g.writeFieldName("overall");
        scale(g, f.overall());
        g.writeObjectFieldStart("aspects");
        for (Map.Entry<String, Cell<ScaleResult>> e : f.aspects().entrySet()) {
            g.writeFieldName(e.getKey());
            if (e.getValue().isSuppressed()) {
                suppressed(g);
            } else {
                scale(g, e.getValue().figure().get());
            }
        }
        g.writeEndObject();
        g.writeObjectFieldStart("problems");
        for (Map.Entry<String, Cell<ProblemResult>> e : f.problems().entrySet()) {
            g.writeFieldName(e.getKey());
            if (e.getValue().isSuppressed()) {
                suppressed(g);
            } else {
                ProblemResult p = e.getValue().figure().get();
                g.writeStartObject();
                g.writeNumberField("count", p.count());
                g.writeNumberField("base", p.base());
                number(g, "share", p.share());
                g.writeEndObject();
            }
        }
        g.writeEndObject();
    }

    private static void suppressed(JsonGenerator g) throws IOException {
        g.writeStartObject();
        g.writeBooleanField("suppressed", true);
        g.writeEndObject();
    }

    private static void scale(JsonGenerator g, ScaleResult s) throws IOException {
        g.writeStartObject();
        g.writeNumberField("answered", s.answered());
        g.writeNumberField("dontKnow", s.dontKnow());
        g.writeNumberField("satisfied", s.satisfied());
        g.writeNumberField("neutral", s.neutral());
        g.writeNumberField("dissatisfied", s.dissatisfied());
        number(g, "share", s.share());
        if (s.ci95().isPresent()) {
            Wilson.Interval ci = s.ci95().get();
            g.writeArrayFieldStart("ci95");
            g.writeNumber(ci.low());
            g.writeNumber(ci.high());
            g.writeEndArray();
        } else {
            g.writeNullField("ci95");
        }
        number(g, "mean", s.mean());
        g.writeEndObject();
    }

    private static void comparison(JsonGenerator g, SatisfactionGroup s) throws IOException {
        g.writeObjectFieldStart("comparison");
        if (s.comparison().isPresent()) {
            Proportions.Comparison c = s.comparison().get();
            g.writeNumberField("previousShare", c.previousShare());
            g.writeNumberField("delta", c.delta());
            g.writeNumberField("z", c.z());
            g.writeNumberField("pValue", c.pValue());
        } else {
            g.writeNullField("previousShare");
            g.writeNullField("delta");
            g.writeNullField("z");
            g.writeNullField("pValue");
        }
        g.writeEndObject();
    }

    static void appealFields(JsonGenerator g, AppealFigures a) throws IOException {
        g.writeNumberField("total", a.total());
        counts(g, "byChannel", a.byChannel(), a);
        counts(g, "byKind", a.byKind(), a);
        counts(g, "byTopic", a.byTopic(), a);
        g.writeArrayFieldStart("reasons");
        for (int i = 0; i < a.reasons().size(); i++) {
            ParetoEntry e = a.reasons().get(i);
            g.writeStartObject();
            g.writeStringField("reason", e.code());
            g.writeNumberField("count", e.count());
            g.writeNumberField("complaints", a.reasonComplaints().get(i));
            g.writeNumberField("share", e.share());
            g.writeNumberField("cumulativeShare", e.cumulativeShare());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeNumberField("answered", a.answered());
        g.writeNumberField("open", a.open());
        if (a.waitDays().isPresent()) {
            AppealFigures.WaitDays w = a.waitDays().get();
            g.writeObjectFieldStart("waitDays");
            g.writeNumberField("mean", w.mean());
            g.writeNumberField("p50", w.p50());
            g.writeNumberField("p90", w.p90());
            g.writeNumberField("max", w.max());
            g.writeEndObject();
        } else {
            g.writeNullField("waitDays");
        }
        g.writeNumberField("overdue", a.overdue());
        number(g, "overdueShare", a.overdueShare());
        g.writeObjectFieldStart("complaints");
        g.writeNumberField("total", a.complaints());
        g.writeObjectFieldStart("resolved");
        g.writeNumberField("count", a.complaintsResolved());
        number(g, "share", a.resolvedShare());
        g.writeEndObject();
        g.writeObjectFieldStart("refused");
        g.writeNumberField("count", a.complaintsRefused());
        number(g, "share", a.refusedShare());
        g.writeEndObject();
        g.writeEndObject();
    }

    private static void counts(JsonGenerator g, String name, Map<String, Long> counts, AppealFigures a) throws IOException {
        g.writeObjectFieldStart(name);
        for (Map.Entry<String, Long> e : counts.entrySet()) {
            g.writeObjectFieldStart(e.getKey());
            g.writeNumberField("count", e.getValue());
            number(g, "share", a.shareOfTotal(e.getValue()));
            g.writeEndObject();
        }
        g.writeEndObject();
    }

    static void processFields(JsonGenerator g, ProcessFigures p) throws IOException {
        g.writeNumberField("instances", p.instances());
        g.writeNumberField("finished", p.finished());
        g.writeNumberField("inProgress", p.inProgress());
        if (p.durationHours().isPresent()) {
            ProcessFigures.DurationHours d = p.durationHours().get();
            g.writeObjectFieldStart("durationHours");
            g.writeNumberField("mean", d.mean());
            g.writeNumberField("p50", d.p50());
            g.writeNumberField("p90", d.p90());
            g.writeNumberField("max", d.max());
            g.writeEndObject();
        } else {
            g.writeNullField("durationHours");
        }
        if (p.touches().isPresent()) {
            g.writeObjectFieldStart("touches");
            g.writeNumberField("mean", p.touches().get().mean());
            g.writeNumberField("max", p.touches().get().max());
            g.writeEndObject();
        } else {
            g.writeNullField("touches");
        }
        g.writeNumberField("positive", p.positive());
        g.writeNumberField("negative", p.negative());
        number(g, "negativeShare", p.negativeShare());
        g.writeArrayFieldStart("negativeReasons");
        for (ParetoEntry e : p.negativeReasons()) {
            g.writeStartObject();
            g.writeStringField("reason", e.code());
            g.writeNumberField("count", e.count());
            g.writeNumberField("share", e.share());
            g.writeNumberField("cumulativeShare", e.cumulativeShare());
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static void number(JsonGenerator g, String name, OptionalDouble value) throws IOException {
        if (value.isPresent()) {
            g.writeNumberField(name, value.getAsDouble());
        } else {
            g.writeNullField(name);
        }
    }
}
