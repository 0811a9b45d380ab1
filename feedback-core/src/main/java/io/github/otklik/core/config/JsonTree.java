package io.github.otklik.core.config;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Parses the text of a configuration file into {@link ConfigValue}s: exactly one JSON value and
 * nothing after it, in strict JSON (no comments, no single quotes, no {@code NaN}); a repeated key
 * is a problem at its path (every repeat is reported; the first value is kept). A syntax error
 * ends parsing with one problem at the path of the innermost value being read. Not thread-safe.
 */
final class JsonTree {
    private final JsonParser parser;
    private final Problems problems;
    /** The path of the innermost value being read, for syntax errors. */
    private String at = "";
    /** The object whose next member name is being read (Jackson reads a scalar value with its name), or null. */
    private String object;
    /** The name of the member read before it, or null. */
    private String previous;

    private JsonTree(JsonParser parser, Problems problems) {
        this.parser = parser;
        this.problems = problems;
    }

    /** The root value of {@code text}, or empty with the problems recorded. */
    static Optional<ConfigValue> parse(JsonFactory factory, String text, Problems problems) {
        try (JsonParser p = factory.createParser(text)) {
            JsonTree tree = new JsonTree(p, problems);
            try {
                if (p.nextToken() == null) {
                    problems.add("", "the file is empty");
                    return Optional.empty();
                }
                ConfigValue root = tree.value("");
                tree.end();
                return problems.isEmpty() ? Optional.of(root) : Optional.empty();
            } catch (JsonProcessingException e) {
                problems.add(tree.errorPath(), oneLine(e));
                return Optional.empty();
            }
        } catch (IOException e) { // a String source cannot fail to read; closing cannot fail either
            throw new IllegalStateException(e);
        }
    }

    private void end() {
        JsonLocation where = parser.currentTokenLocation();
        try {
            if (parser.nextToken() == null) {
                return;
            }
            where = parser.currentTokenLocation();
        } catch (JsonProcessingException e) {
            where = e.getLocation() == null ? where : e.getLocation();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        problems.add("", "unexpected content after the JSON value" + location(where));
    }

    private ConfigValue value(String path) throws IOException {
        at = path;
        JsonToken t = parser.currentToken();
        switch (t) {
            case START_OBJECT: {
                Map<String, ConfigValue> members = new LinkedHashMap<>();
                String previous = null;
                while (nextMember(path, previous) == JsonToken.FIELD_NAME) {
                    String name = parser.currentName();
                    JsonLocation where = parser.currentTokenLocation();
                    String member = Problems.member(path, name);
                    if (io.github.otklik.core.text.CodePoints.firstLoneSurrogate(name) >= 0) {
                        problems.add(member, "key holds a lone surrogate (not Unicode text)");
                    }
                    at = member;
                    parser.nextToken();
                    ConfigValue v = value(member);
                    at = path;
                    if (members.putIfAbsent(name, v) != null) {
                        problems.add(member, "repeated key" + location(where));
                    }
                    previous = name;
                }
                return ConfigValue.object(problems, path, members);
            }
            case START_ARRAY: {
                List<ConfigValue> elements = new ArrayList<>();
                for (String element = Problems.element(path, 0); nextIn(element) != JsonToken.END_ARRAY;
                        element = Problems.element(path, elements.size())) {
                    elements.add(value(element));
                }
                return ConfigValue.array(problems, path, elements);
            }
            case VALUE_STRING: {
                String text = parser.getText();
                if (io.github.otklik.core.text.CodePoints.firstLoneSurrogate(text) >= 0) {
                    problems.add(path, "text holds a lone surrogate (not Unicode text)");
                }
                return ConfigValue.scalar(problems, path, ConfigKind.STRING, text);
            }
            case VALUE_NUMBER_INT: {
                boolean fits = parser.getNumberType() != JsonParser.NumberType.BIG_INTEGER;
                return ConfigValue.number(problems, path, parser.getText(),
                        new JsonNumber(true, fits, fits ? parser.getLongValue() : 0, parser.getDoubleValue()));
            }
            case VALUE_NUMBER_FLOAT:
                return ConfigValue.number(problems, path, parser.getText(), new JsonNumber(false, false, 0, parser.getDoubleValue()));
            case VALUE_TRUE:
            case VALUE_FALSE:
                return ConfigValue.scalar(problems, path, ConfigKind.BOOLEAN, Boolean.toString(t == JsonToken.VALUE_TRUE));
            case VALUE_NULL:
                return ConfigValue.scalar(problems, path, ConfigKind.NULL, null);
            default:
                throw new IllegalStateException("unexpected token " + t + " at " + path);
        }
    }

    /** The token after member {@code before} of {@code objectPath}: the next member's name, or the object's end. */
    private JsonToken nextMember(String objectPath, String before) throws IOException {
        at = objectPath;
        object = objectPath;
        previous = before;
        JsonToken t = parser.nextToken();
        object = null;
        return t;
    }

    /**
     * Where a syntax error is: in the value of the member whose name Jackson read with it, or at
     * the innermost value being read.
     */
    private String errorPath() {
        String name = object == null ? null : parser.getParsingContext().getCurrentName();
        return name != null && !name.equals(previous) ? Problems.member(object, name) : at;
    }

    /** The next token, a syntax error in which is one of {@code element}. */
    private JsonToken nextIn(String element) throws IOException {
        at = element;
        return parser.nextToken();
    }

    /** Jackson's message without its source excerpt, with line and column, on one line. */
    static String oneLine(JsonProcessingException e) {
        String message = e.getOriginalMessage() == null ? e.getClass().getSimpleName() : e.getOriginalMessage();
        return message.lines().findFirst().orElse("").strip() + location(e.getLocation());
    }

    private static String location(JsonLocation where) {
        return where != null && where.getLineNr() > 0 ? " (line " + where.getLineNr() + ", column " + where.getColumnNr() + ")" : "";
    }
}
