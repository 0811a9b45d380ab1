package io.github.otklik.jdbc;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import io.github.otklik.core.json.OtklikJson;
import io.github.otklik.core.response.AnswerValue;

import java.util.Map;

/**
 * Answer maps as JSON text, through the core's {@code OtklikModule}: every value keeps its JSON type
 * and exact number token, so that text → map → text → map gives an equal map. Control characters
 * (NUL among them, which PostgreSQL cannot keep in text) and every surrogate are written as
 * JSON unicode escapes, so that the text is plain Unicode that every database and driver keeps
 * exactly, even for a string with an unpaired surrogate.
 */
final class AnswersJson {
    private static final ObjectMapper MAPPER = OtklikJson.mapper();
    private static final ObjectWriter WRITER = MAPPER.writer().with(new SurrogateEscapes());

    private AnswersJson() {
    }

    static String write(Map<String, AnswerValue> values) {
        try {
            return WRITER.writeValueAsString(new AnswerValue.ObjectValue(values));
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

    /** JSON's standard escapes, and a unicode escape for each UTF-16 surrogate. */
    private static final class SurrogateEscapes extends CharacterEscapes {
        private static final long serialVersionUID = 1L;
        private static final int[] ASCII = CharacterEscapes.standardAsciiEscapesForJSON();

        @Override
        public int[] getEscapeCodesForAscii() {
            return ASCII;
        }

        @Override
        public SerializableString getEscapeSequence(int ch) {
            return Character.isSurrogate((char) ch) ? new SerializedString(String.format("\\u%04x", ch)) : null;
        }
    }
}
