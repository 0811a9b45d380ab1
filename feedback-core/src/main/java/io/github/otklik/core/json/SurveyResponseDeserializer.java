package io.github.otklik.core.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import io.github.otklik.core.channel.Channel;
import io.github.otklik.core.client.Client;
import io.github.otklik.core.response.AnswerValue;
import io.github.otklik.core.response.SurveyResponse;

import java.io.IOException;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Reads the response line object of {@code spec/formats.md} §2 as a {@link SurveyResponse}.
 * Required: {@code id, form, formVersion, submittedAt, agency, channel, client.kind};
 * {@code anonymous} defaults to {@code true}, a missing {@code answers} to no answers. Timestamps
 * may carry any offset (a timestamp without one is refused), enum names are exact, answers keep
 * their JSON type. Identifier syntax and the checks that need the form are left to the validators.
 */
final class SurveyResponseDeserializer extends StdDeserializer<SurveyResponse> {
    static final SurveyResponseDeserializer INSTANCE = new SurveyResponseDeserializer();
    private static final List<Object> FIELDS = List.of("id", "form", "formVersion", "submittedAt", "agency", "process",
            "channel", "client", "anonymous", "answers", "respondent");

    private SurveyResponseDeserializer() {
        super(SurveyResponse.class);
    }

    @Override
    public SurveyResponse deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        String id = null;
        String form = null;
        String formVersion = null;
        Instant submittedAt = null;
        String agency = null;
        String process = null;
        Channel channel = null;
        Client client = null;
        boolean anonymous = true;
        Map<String, AnswerValue> answers = null;
        Map<String, AnswerValue> respondent = null;
        final Class<?> self = SurveyResponse.class;
        final String none = "";
        for (JsonToken t = Wire.startObject(p, self, none); t == JsonToken.FIELD_NAME; t = p.nextToken()) {
            String name = p.currentName();
            p.nextToken();
            switch (name) {
                case "id" -> id = Wire.string(p, self, none, name);
                case "form" -> form = Wire.string(p, self, none, name);
                case "formVersion" -> formVersion = Wire.string(p, self, none, name);
                case "submittedAt" -> submittedAt = Wire.instant(p, self, none, name);
                case "agency" -> agency = Wire.string(p, self, none, name);
                case "process" -> process = Wire.string(p, self, none, name);
                case "channel" -> channel = Wire.enumValue(p, self, none, name, Channel.class);
                case "client" -> client = Wire.nested(p, ctxt, self, none, name, ClientDeserializer.INSTANCE::read);
                case "anonymous" -> anonymous = Wire.bool(p, self, none, name);
                case "answers" -> answers = answerObject(p, name);
                case "respondent" -> respondent = answerObject(p, name);
                default -> ctxt.handleUnknownProperty(p, this, self, name);
            }
        }
        SurveyResponse.Builder b = SurveyResponse.builder(Wire.required(p, self, none, "id", id))
                .form(Wire.required(p, self, none, "form", form), Wire.required(p, self, none, "formVersion", formVersion))
                .submittedAt(Wire.required(p, self, none, "submittedAt", submittedAt))
                .agency(Wire.required(p, self, none, "agency", agency))
                .channel(Wire.required(p, self, none, "channel", channel))
                .client(Wire.required(p, self, none, "client", client))
                .anonymous(anonymous);
        if (process != null) {
            b.process(process);
        }
        if (answers != null) {
            b.answers(answers);
        }
        if (respondent != null) {
            b.respondent(respondent);
        }
        return b.build();
    }

    private static Map<String, AnswerValue> answerObject(JsonParser p, String field) throws IOException {
        if (p.currentToken() != JsonToken.START_OBJECT) {
            throw Wire.mismatch(p, SurveyResponse.class, "", field, Map.class,
                    "must be an object, found " + Wire.found(p.currentToken()));
        }
        return AnswerValueReader.fields(p);
    }

    @Override
    public Collection<Object> getKnownPropertyNames() {
        return FIELDS;
    }

    @Override
    public boolean isCachable() {
        return true;
    }
}
