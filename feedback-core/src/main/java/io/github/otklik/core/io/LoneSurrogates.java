package io.github.otklik.core.io;

import io.github.otklik.core.response.AnswerValue;
import io.github.otklik.core.response.SurveyResponse;
import io.github.otklik.core.text.CodePoints;
import io.github.otklik.core.validation.Violation;

import java.util.Map;

/**
 * Finds a string in a response's answers or respondent data (keys included) that holds a lone
 * surrogate, such as the JSON escape {@code \ud800} alone: it is not Unicode text, and no UTF-8
 * export or store could write it. Stateless.
 */
final class LoneSurrogates {
    private LoneSurrogates() {
    }

    /** The problem of the first such string, or {@code null}. */
    static Violation problem(SurveyResponse r) {
        Violation v = inMap("answers", r.answers());
        if (v == null && r.respondent().isPresent()) {
            v = inMap("respondent", r.respondent().get());
        }
        return v;
    }

    private static Violation inMap(String path, Map<String, AnswerValue> map) {
        for (Map.Entry<String, AnswerValue> e : map.entrySet()) {
            String at = path + "." + e.getKey();
            if (lone(e.getKey()) >= 0) {
                return violation(path, e.getKey(), lone(e.getKey()));
            }
            Violation v = inValue(at, e.getValue());
            if (v != null) {
                return v;
            }
        }
        return null;
    }

    private static Violation inValue(String path, AnswerValue value) {
        if (value instanceof AnswerValue.TextValue t) {
            int i = lone(t.value());
            return i < 0 ? null : violation(path, null, t.value().charAt(i));
        }
        if (value instanceof AnswerValue.ArrayValue a) {
            for (int i = 0; i < a.values().size(); i++) {
                Violation v = inValue(path + "[" + i + "]", a.values().get(i));
                if (v != null) {
                    return v;
                }
            }
        }
        if (value instanceof AnswerValue.ObjectValue o) {
            return inMap(path, o.fields());
        }
        return null;
    }

    private static Violation violation(String path, String key, int at) {
        char c = key == null ? (char) at : key.charAt(at);
        return new Violation(path, String.format("text holds a lone surrogate \\u%04X (not Unicode text)", (int) c));
    }

    /** The index of the first lone surrogate of {@code s}, or −1. */
    private static int lone(String s) {
        return CodePoints.firstLoneSurrogate(s);
    }
}
