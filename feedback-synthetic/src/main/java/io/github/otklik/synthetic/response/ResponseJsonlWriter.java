package io.github.otklik.synthetic.response;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import io.github.otklik.core.response.AnswerValue;
import io.github.otklik.core.response.SurveyResponse;

import java.io.Flushable;
import java.io.IOException;
import java.io.Writer;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Writes responses as JSON Lines ({@code spec/formats.md} §2): one compact object per line, each
 * line ended by LF, keys in the order {@code id, form, formVersion, submittedAt, agency, process?,
 * channel, client{kind, category?}, anonymous, answers, respondent?}, answers in the response's
 * order, non-ASCII text unescaped, {@code submittedAt} in UTC with {@code Z} (fractional seconds
 * only when the instant has them). Equal responses give equal bytes. Not thread-safe; it never
 * closes the underlying writer.
 */
public final class ResponseJsonlWriter implements Flushable {
    private final JsonGenerator json;

    /** A writer of lines to {@code out}; give it a UTF-8 writer for a spec-conforming file. */
    public ResponseJsonlWriter(Writer out) {
        Objects.requireNonNull(out, "out");
        JsonFactory factory = new JsonFactoryBuilder()
                .rootValueSeparator((String) null)
                .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
                .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
                .build();
        try {
            this.json = factory.createGenerator(out);
        } catch (IOException e) {
            throw new IllegalStateException("cannot create a JSON generator", e); // never for a Writer
        }
    }

    /**
     * Writes {@code response} as one line.
     *
     * @throws IOException when the underlying writer fails
     */
    public void write(SurveyResponse response) throws IOException {
        json.writeStartObject();
        json.writeStringField("id", response.id());
        json.writeStringField("form", response.form());
        json.writeStringField("formVersion", response.formVersion());
        json.writeStringField("submittedAt", DateTimeFormatter.ISO_INSTANT.format(response.submittedAt()));
        json.writeStringField("agency", response.agency());
        Optional<String> process = response.process();
        if (process.isPresent()) {
            json.writeStringField("process", process.get());
        }
        json.writeStringField("channel", response.channel().name());
        json.writeObjectFieldStart("client");
        json.writeStringField("kind", response.client().kind().name());
        if (response.client().category().isPresent()) {
            json.writeStringField("category", response.client().category().get().name());
        }
        json.writeEndObject();
        json.writeBooleanField("anonymous", response.anonymous());
        json.writeFieldName("answers");
        writeObject(response.answers());
        Optional<Map<String, AnswerValue>> respondent = response.respondent();
        if (respondent.isPresent()) {
            json.writeFieldName("respondent");
            writeObject(respondent.get());
        }
        json.writeEndObject();
        json.writeRaw('\n');
    }

    /** Flushes buffered lines to the underlying writer and flushes it. */
    @Override
    public void flush() throws IOException {
        json.flush();
    }

    private void writeObject(Map<String, AnswerValue> fields) throws IOException {
        json.writeStartObject();
        for (Map.Entry<String, AnswerValue> e : fields.entrySet()) {
            json.writeFieldName(e.getKey());
            writeValue(e.getValue());
        }
        json.writeEndObject();
    }

    private void writeValue(AnswerValue v) throws IOException {
        if (v instanceof AnswerValue.IntegerValue i) {
            json.writeNumber(i.value());
        } else if (v instanceof AnswerValue.DecimalValue d) {
            json.writeNumber(d.value());
        } else if (v instanceof AnswerValue.TextValue t) {
            json.writeString(t.value());
        } else if (v instanceof AnswerValue.BooleanValue b) {
            json.writeBoolean(b.value());
        } else if (v instanceof AnswerValue.ArrayValue a) {
            json.writeStartArray();
            for (AnswerValue item : a.values()) {
                writeValue(item);
            }
            json.writeEndArray();
        } else if (v instanceof AnswerValue.ObjectValue o) {
            writeObject(o.fields());
        } else {
            json.writeNull();
        }
    }
}
