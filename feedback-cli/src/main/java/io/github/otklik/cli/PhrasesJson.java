package io.github.otklik.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.github.otklik.core.io.ReadSummary;
import io.github.otklik.text.TextSource;
import io.github.otklik.text.phrase.EmergingPhrase;
import io.github.otklik.text.phrase.PhraseFigures;
import io.github.otklik.text.phrase.PhraseRanking;
import io.github.otklik.text.phrase.Quote;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.util.Map;

/**
 * {@code otklik-text-phrases/1} ({@code docs/text.md}): the emerging phrases of a period as
 * pretty-printed JSON with a final newline. Fields come in a fixed order; fields may be added, never
 * renamed. Internal output: labels and quotes are masked clients' words.
 */
final class PhrasesJson {
    private static final JsonFactory FACTORY = new JsonFactory();

    private PhrasesJson() {
    }

    static String toJson(PhrasesRun run) {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            g.useDefaultPrettyPrinter();
            write(g, run);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.append('\n').toString();
    }

    private static void write(JsonGenerator g, PhrasesRun run) throws IOException {
        g.writeStartObject();
        g.writeStringField("format", PhrasesRun.FORMAT);
        g.writeObjectFieldStart("period");
        g.writeStringField("label", run.period().label());
        g.writeStringField("from", run.period().from().toString());
        g.writeStringField("to", run.period().to().toString());
        g.writeStringField("zone", run.zone().getId());
        g.writeEndObject();
        g.writeStringField("asOf", DateTimeFormatter.ISO_INSTANT.format(run.asOf()));
        g.writeStringField("by", run.by());
        g.writeStringField("language", run.language().code());
        g.writeNumberField("top", run.top());
        g.writeNumberField("minCount", run.minCount());
        g.writeNumberField("minCell", run.minCell());
        g.writeObjectFieldStart("inputs");
        input(g, "responses", run.responses());
        input(g, "appeals", run.appeals());
        g.writeEndObject();
        g.writeArrayFieldStart("groups");
        for (Map.Entry<String, PhraseRanking> e : run.groups().entrySet()) {
            group(g, e.getKey(), e.getValue());
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void input(JsonGenerator g, String name, ReadSummary s) throws IOException {
        g.writeObjectFieldStart(name);
        g.writeNumberField("read", s == null ? 0 : s.read());
        g.writeNumberField("accepted", s == null ? 0 : s.accepted());
        g.writeNumberField("rejected", s == null ? 0 : s.rejected());
        g.writeEndObject();
    }

    private static void group(JsonGenerator g, String process, PhraseRanking r) throws IOException {
        g.writeStartObject();
        g.writeObjectFieldStart("key");
        if (process != null) {
            g.writeStringField("process", process);
        }
        g.writeEndObject();
        g.writeNumberField("dissatisfiedTexts", r.dissatisfiedTexts());
        g.writeNumberField("otherTexts", r.otherTexts());
        g.writeArrayFieldStart("phrases");
        int rank = 0;
        for (EmergingPhrase p : r.phrases()) {
            PhraseFigures f = p.figures();
            g.writeStartObject();
            g.writeNumberField("rank", ++rank);
            g.writeStringField("phrase", p.text().label());
            g.writeArrayFieldStart("stems");
            for (String s : f.stems()) {
                g.writeString(s);
            }
            g.writeEndArray();
            g.writeNumberField("dissatisfied", f.dissatisfied());
            g.writeNumberField("dissatisfiedShare", f.dissatisfiedShare());
            g.writeNumberField("other", f.other());
            g.writeNumberField("otherShare", f.otherShare());
            g.writeNumberField("g2", f.score());
            g.writeArrayFieldStart("quotes");
            for (Quote q : p.text().quotes()) {
                g.writeStartObject();
                g.writeStringField("text", q.text());
                g.writeStringField("source", source(q.source()));
                if (q.recordId().isPresent()) {
                    g.writeStringField("record", q.recordId().get());
                }
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    /** The wire name of a text's source: {@code comment} or {@code appeal}. */
    static String source(TextSource source) {
        return switch (source) {
            case SURVEY_COMMENT -> "comment";
            case APPEAL -> "appeal";
        };
    }
}
