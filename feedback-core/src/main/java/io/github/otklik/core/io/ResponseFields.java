package io.github.otklik.core.io;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.github.otklik.core.channel.Channel;
import io.github.otklik.core.client.Client;
import io.github.otklik.core.client.ClientCategory;
import io.github.otklik.core.client.ClientKind;
import io.github.otklik.core.json.AnswerValueReader;
import io.github.otklik.core.response.AnswerValue;
import io.github.otklik.core.response.SurveyResponse;
import io.github.otklik.core.validation.Identifiers;
import io.github.otklik.core.validation.Instants;
import io.github.otklik.core.validation.Violation;

import java.io.IOException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The raw fields of one response line as {@link ResponseLineParser} found them, the first problem
 * in field order ({@code id, form, formVersion, submittedAt, agency, process, channel, client,
 * anonymous, answers, respondent}: the reject a line gets), and the response they build. One
 * instance per line; not thread-safe.
 */
final class ResponseFields {
    Violation problem;
    String id;
    String form;
    String formVersion;
    String submittedAt;
    String agency;
    String process;
    String channel;
    boolean clientSeen;
    String clientKind;
    String clientCategory;
    boolean anonymous = true;
    Map<String, AnswerValue> answers;
    Map<String, AnswerValue> respondent;
    // problems found while reading, by field; reported in field order by checkFields
    Map<String, Violation> typeProblems; // created on the first one
    Instant submitted;
    Channel channelValue;
    Client client;

    String string(JsonParser p, String field) throws IOException {
        if (p.currentToken() == JsonToken.VALUE_STRING) {
            return p.getText();
        }
        typeProblem(field, "a string", p);
        ObjectKeys.skip(p);
        return null;
    }

    Map<String, AnswerValue> object(JsonParser p, String field) throws IOException {
        if (p.currentToken() == JsonToken.START_OBJECT) {
            return AnswerValueReader.fields(p);
        }
        typeProblem(field, "an object", p);
        ObjectKeys.skip(p);
        return null;
    }

    void typeProblem(String field, String expected, JsonParser p) {
        String found = switch (p.currentToken()) {
            case VALUE_NULL -> "null";
            case START_ARRAY -> "an array";
            case START_OBJECT -> "an object";
            case VALUE_STRING -> "a string";
            case VALUE_TRUE, VALUE_FALSE -> "a boolean";
            default -> "a number";
        };
        if (typeProblems == null) {
            typeProblems = new LinkedHashMap<>();
        }
        typeProblems.putIfAbsent(field, new Violation(field, "must be " + expected + ", found " + found));
    }

    void checkFields() {
        problem = identifier("id", id, true);
        if (problem != null) {
            id = null; // a malformed id is not repeated in the reject
            return;
        }
        // the first problem in field order; plain code rather than suppliers: this runs once per line
        problem = identifier("form", form, true);
        if (problem == null) {
            problem = requiredString("formVersion", formVersion);
        }
        if (problem == null) {
            problem = timestamp();
        }
        if (problem == null) {
            problem = identifier("agency", agency, true);
        }
        if (problem == null) {
            problem = identifier("process", process, false);
        }
        if (problem == null) {
            problem = channel();
        }
        if (problem == null) {
            problem = client();
        }
        if (problem == null) {
            problem = typeProblem("anonymous");
        }
        if (problem == null) {
            problem = typeProblem("answers");
        }
        if (problem == null) {
            problem = typeProblem("respondent");
        }
    }

    private Violation typeProblem(String field) {
        return typeProblems == null ? null : typeProblems.get(field);
    }

    private Violation identifier(String field, String value, boolean required) {
        Violation typed = typeProblem(field);
        if (typed != null) {
            return typed;
        }
        if (value == null) {
            return required ? new Violation(field, "required field is missing") : null;
        }
        return Identifiers.isIdentifier(value) ? null
                : new Violation(field, "malformed identifier " + Identifiers.describe(value));
    }

    private Violation requiredString(String field, String value) {
        Violation typed = typeProblem(field);
        if (typed != null) {
            return typed;
        }
        if (value == null) {
            return new Violation(field, "required field is missing");
        }
        return value.isEmpty() ? new Violation(field, "must not be empty") : null;
    }

    private Violation timestamp() {
        Violation missing = requiredString("submittedAt", submittedAt);
        if (missing != null) {
            return missing;
        }
        try {
            submitted = Instants.parseWithOffset(submittedAt);
            return null;
        } catch (IllegalArgumentException e) {
            return new Violation("submittedAt", e.getMessage());
        }
    }

    private Violation channel() {
        Violation missing = requiredString("channel", channel);
        if (missing != null) {
            return missing;
        }
        channelValue = Enums.parse(Channel.class, channel);
        return channelValue == null ? new Violation("channel", Enums.unknown(Channel.class, channel)) : null;
    }

    private Violation client() {
        Violation typed = typeProblem("client");
        if (typed != null) {
            return typed;
        }
        if (!clientSeen) {
            return new Violation("client", "required field is missing");
        }
        Violation missing = requiredString("client.kind", clientKind);
        if (missing != null) {
            return missing;
        }
        ClientKind kind = Enums.parse(ClientKind.class, clientKind);
        if (kind == null) {
            return new Violation("client.kind", Enums.unknown(ClientKind.class, clientKind));
        }
        Violation typedCategory = typeProblem("client.category");
        if (typedCategory != null) {
            return typedCategory;
        }
        if (clientCategory == null) {
            client = Client.of(kind);
            return null;
        }
        ClientCategory category = Enums.parse(ClientCategory.class, clientCategory);
        if (category == null) {
            return new Violation("client.category", Enums.unknown(ClientCategory.class, clientCategory));
        }
        if (category.kind() != kind) {
            return new Violation("client.category", "category " + category + " is not allowed for client kind " + kind);
        }
        client = Client.of(kind, category);
        return null;
    }

    SurveyResponse build() {
        SurveyResponse.Builder b = SurveyResponse.builder(id)
                .form(form, formVersion)
                .submittedAt(submitted)
                .agency(agency)
                .channel(channelValue)
                .client(client)
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
}
