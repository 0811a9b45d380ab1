package io.github.otklik.forms.json;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.otklik.core.text.LocalizedText;
import io.github.otklik.core.validation.Violation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** Collects structural problems of a template while its JSON is read. Not thread-safe. */
final class Problems {
    final List<Violation> list = new ArrayList<>();

    void add(String path, String message) {
        list.add(new Violation(path, message));
    }

    String string(JsonNode parent, String key, String path, boolean required) {
        JsonNode n = parent.get(key);
        if (n == null) {
            if (required) {
                add(path, "required field is missing");
            }
            return null;
        }
        if (!n.isTextual()) {
            add(path, "must be a string");
            return null;
        }
        return n.asText();
    }

    Integer integer(JsonNode parent, String key, String path, boolean required) {
        JsonNode n = parent.get(key);
        if (n == null) {
            if (required) {
                add(path, "required field is missing");
            }
            return null;
        }
        if (!n.isIntegralNumber() || !n.canConvertToInt()) {
            add(path, "must be an integer");
            return null;
        }
        return n.intValue();
    }

    BigDecimal decimal(JsonNode parent, String key, String path) {
        JsonNode n = parent.get(key);
        if (n == null) {
            return null;
        }
        if (!n.isNumber()) {
            add(path, "must be a number");
            return null;
        }
        return n.decimalValue();
    }

    Boolean bool(JsonNode parent, String key, String path) {
        JsonNode n = parent.get(key);
        if (n == null) {
            return null;
        }
        if (!n.isBoolean()) {
            add(path, "must be true or false");
            return null;
        }
        return n.booleanValue();
    }

    <E extends Enum<E>> E enumValue(JsonNode parent, String key, String path, Class<E> type, boolean required) {
        JsonNode n = parent.get(key);
        if (n == null) {
            if (required) {
                add(path, "required field is missing");
            }
            return null;
        }
        return enumNode(n, path, type);
    }

    <E extends Enum<E>> E enumNode(JsonNode n, String path, Class<E> type) {
        if (n.isTextual()) {
            for (E e : type.getEnumConstants()) {
                if (e.name().equals(n.asText())) {
                    return e;
                }
            }
        }
        add(path, "unknown value " + n + " (expected one of " + java.util.Arrays.toString(type.getEnumConstants()) + ")");
        return null;
    }

    LocalizedText text(JsonNode n, String path, boolean required) {
        if (n == null) {
            if (required) {
                add(path, "required field is missing");
            }
            return null;
        }
        if (!n.isObject()) {
            add(path, "must be an object {\"ru\": …, \"en\": …}");
            return null;
        }
        JsonNode ru = n.get("ru");
        JsonNode en = n.get("en");
        if (ru == null || !ru.isTextual() || ru.asText().isBlank()) {
            add(path + ".ru", "Russian text is missing");
            return null;
        }
        if (en != null && !en.isTextual()) {
            add(path + ".en", "must be a string");
            return null;
        }
        return en == null ? LocalizedText.of(ru.asText()) : LocalizedText.of(ru.asText(), en.asText());
    }
}
