package io.github.otklik.jdbc;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.otklik.core.json.OtklikJson;
import io.github.otklik.core.response.AnswerValue;

import java.util.Map;

/**
 * Answer maps as JSON text, through the core's {@code OtklikModule}: every value keeps its JSON type
 * and exact number token, so that text → map → text → map gives an equal map.
 */
final class AnswersJson {
    private static final ObjectMapper MAPPER = OtklikJson.mapper();

    private AnswersJson() {
    }

    static String write(Map<String, AnswerValue> values) {
        try {
            return MAPPER.writeValueAsString(new AnswerValue.ObjectValue(values));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write answers as JSON", e);
        }
    }

    static Map<String, AnswerValue> read(String json) {
        AnswerValue v;
        try {
            v = MAPPER.readValue(json, AnswerValue.class);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("stored JSON is malformed: " + e.getOriginalMessage(), e);
        }
        if (v instanceof AnswerValue.ObjectValue o) {
            return o.fields();
        }
        throw new IllegalArgumentException("stored JSON is not an object");
    }

    /** Whether {@code json} is one JSON object (for pain maps). */
    static boolean isObject(String json) {
        try {
            return MAPPER.readTree(json).isObject();
        } catch (JsonProcessingException e) {
            return false;
        }
    }
}
