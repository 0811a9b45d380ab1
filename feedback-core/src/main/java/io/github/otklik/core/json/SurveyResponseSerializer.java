package io.github.otklik.core.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import io.github.otklik.core.response.SurveyResponse;

import java.io.IOException;

/**
 * Writes a {@link SurveyResponse} as the response line object of {@code spec/formats.md} §2, keys
 * in contract order: {@code id, form, formVersion, submittedAt, agency, process?, channel, client,
 * anonymous, answers, respondent?}. Absent optionals are omitted; {@code anonymous} and
 * {@code answers} are always written.
 */
final class SurveyResponseSerializer extends StdSerializer<SurveyResponse> {
    static final SurveyResponseSerializer INSTANCE = new SurveyResponseSerializer();

    private SurveyResponseSerializer() {
        super(SurveyResponse.class);
    }

    @Override
    public void serialize(SurveyResponse r, JsonGenerator g, SerializerProvider provider) throws IOException {
        g.writeStartObject(r);
        g.writeStringField("id", r.id());
        g.writeStringField("form", r.form());
        g.writeStringField("formVersion", r.formVersion());
        Wire.writeInstant(g, "submittedAt", r.submittedAt());
        g.writeStringField("agency", r.agency());
        Wire.writeOptional(g, "process", r.process());
        g.writeStringField("channel", r.channel().name());
        g.writeFieldName("client");
        ClientSerializer.INSTANCE.serialize(r.client(), g, provider);
        g.writeBooleanField("anonymous", r.anonymous());
        g.writeFieldName("answers");
        AnswerValueSerializer.writeObject(r.answers(), g);
        if (r.respondent().isPresent()) {
            g.writeFieldName("respondent");
            AnswerValueSerializer.writeObject(r.respondent().get(), g);
        }
        g.writeEndObject();
    }
}
