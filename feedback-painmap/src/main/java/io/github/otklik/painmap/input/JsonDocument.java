package io.github.otklik.painmap.input;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.otklik.core.io.InputFileException;
import io.github.otklik.core.json.OtklikJson;
import io.github.otklik.core.text.StrictUtf8;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;

/**
 * Reading steps shared by the input loaders: strict UTF-8 text without a BOM, a JSON tree with
 * repeated keys and trailing content refused, and one-line messages that name the file.
 */
final class JsonDocument {
    private final String what;
    private final String origin;

    /** @param what the kind of file, for messages ("manual-entry file"); @param origin its name */
    JsonDocument(String what, String origin) {
        this.what = what;
        this.origin = origin;
    }

    static ObjectMapper mapper() {
        return OtklikJson.mapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    }

    /** The text of {@code file}: strict UTF-8, a leading BOM dropped. */
    String read(Path file) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new InputFileException("cannot read " + what + " " + origin + ": no such file");
        } catch (IOException e) {
            throw new InputFileException("cannot read " + what + " " + origin + ": " + e.getMessage());
        }
        try {
            return StrictUtf8.decode(bytes);
        } catch (CharacterCodingException e) {
            throw fail("not valid UTF-8");
        }
    }

    /** The JSON tree of {@code text}. */
    JsonNode tree(String text) {
        try {
            JsonNode root = mapper().readTree(text);
            if (root == null || root.isMissingNode()) {
                throw fail("the file is empty");
            }
            return root;
        } catch (JsonProcessingException e) {
            throw fail(oneLine(e));
        }
    }

    /** An {@link InputFileException} {@code invalid WHAT ORIGIN: problem}. */
    InputFileException fail(String problem) {
        return new InputFileException("invalid " + what + " " + origin + ": " + problem);
    }

    /** Jackson's message without its source excerpt, with line and column, on one line. */
    static String oneLine(JsonProcessingException e) {
        String message = e.getOriginalMessage() == null ? e.getClass().getSimpleName() : e.getOriginalMessage();
        message = message.lines().findFirst().orElse("").strip();
        if (e.getLocation() != null && e.getLocation().getLineNr() > 0) {
            message += " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")";
        }
        return message;
    }

    // ------------------------------------------------------------------------------ fields

    void allow(JsonNode node, String at, List<String> known) {
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String f = it.next();
            if (!known.contains(f)) {
                throw fail(at + "unknown field \"" + f + "\" (expected " + String.join(", ", known) + ")");
            }
        }
    }

    JsonNode required(JsonNode node, String at, String field) {
        JsonNode v = node.get(field);
        if (v == null) {
            throw fail(at + "field \"" + field + "\": required field is missing");
        }
        return v;
    }

    String text(JsonNode node, String at, String field) {
        if (!node.isTextual()) {
            throw fail(at + "field \"" + field + "\": must be a string, found " + describe(node));
        }
        return node.asText();
    }

    List<String> texts(JsonNode node, String at, String field) {
        if (!node.isArray()) {
            throw fail(at + "field \"" + field + "\": must be an array of strings, found " + describe(node));
        }
        String[] out = new String[node.size()];
        for (int i = 0; i < node.size(); i++) {
            out[i] = text(node.get(i), at, field + "[" + i + "]");
        }
        return List.of(out);
    }

    long integer(JsonNode node, String at, String field) {
        if (!node.isIntegralNumber() || !node.canConvertToLong()) {
            throw fail(at + "field \"" + field + "\": must be an integer, found " + describe(node));
        }
        return node.asLong();
    }

    static String describe(JsonNode node) {
        if (node == null || node.isMissingNode()) {
            return "nothing";
        }
        if (node.isNull()) {
            return "null";
        }
        if (node.isTextual()) {
            return "a string";
        }
        if (node.isNumber()) {
            return "a number";
        }
        if (node.isBoolean()) {
            return "a boolean";
        }
        return node.isArray() ? "an array" : "an object";
    }
}
