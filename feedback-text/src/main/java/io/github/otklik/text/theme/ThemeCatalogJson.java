package io.github.otklik.text.theme;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.otklik.core.io.InputFileException;
import io.github.otklik.core.text.Language;
import io.github.otklik.core.text.LocalizedText;
import io.github.otklik.core.text.StrictUtf8;
import io.github.otklik.core.validation.Identifiers;
import io.github.otklik.text.normalize.TextNormalizer;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Reads and writes {@code otklik-text-themes/1} ({@code spec/formats.md} §7). Stateless, thread-safe.
 *
 * <p>Reading is strict: the file must be UTF-8 (a leading BOM is ignored) holding one JSON object
 * with no repeated key and nothing after it; {@code format} is required and must be
 * {@value #FORMAT}; {@code language} is {@code ru} (the default) or {@code en}; {@code themes} is a
 * required array. A theme has a {@code code} (the code pattern, not repeated), an optional
 * {@code title} {@code {"ru", "en"?}}, an optional {@code kind} ({@code PROBLEM}, the default, or
 * {@code NEED}), a non-empty {@code phrases} array and an optional {@code exclude} array, each of
 * strings that have at least one word and do not repeat one another once normalised. Unknown fields
 * are errors. Every problem is reported with its JSON path, in one line:
 * {@code invalid themes file F: themes[2].code: "Fee payment" is not a code; themes[4].phrases: …}.
 */
public final class ThemeCatalogJson {
    /** The format name. */
    public static final String FORMAT = "otklik-text-themes/1";
    private static final List<String> ROOT_FIELDS = List.of("format", "language", "themes");
    private static final List<String> THEME_FIELDS = List.of("code", "title", "kind", "phrases", "exclude");
    private static final List<String> TITLE_FIELDS = List.of("ru", "en");
    private static final JsonFactory FACTORY = new JsonFactory();

    private ThemeCatalogJson() {
    }

    /**
     * Reads a themes file.
     *
     * @param file the file
     * @return its catalogue
     * @throws InputFileException with a one-line message naming the file and every problem, when the
     *     file cannot be read or is not a valid {@value #FORMAT} document
     */
    public static ThemeCatalog load(Path file) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new InputFileException("cannot read themes file " + file + ": no such file");
        } catch (IOException e) {
            throw new InputFileException("cannot read themes file " + file + ": " + e.getMessage(), e);
        }
        String text;
        try {
            text = StrictUtf8.decode(bytes);
        } catch (CharacterCodingException e) {
            throw new InputFileException("invalid themes file " + file + ": not valid UTF-8");
        }
        return parse(text, file.toString());
    }

    /**
     * Parses a themes document; {@code origin} names it in messages.
     *
     * @param json the JSON text (a leading BOM is ignored)
     * @param origin the file name or another description of the source
     * @return the catalogue
     * @throws InputFileException with a one-line message {@code invalid themes file ORIGIN: …}
     */
    public static ThemeCatalog parse(String json, String origin) {
        String text = json.startsWith("\uFEFF") ? json.substring(1) : json;
        JsonNode root;
        try {
            root = mapper().readTree(text);
        } catch (JsonProcessingException e) {
            throw new InputFileException("invalid themes file " + origin + ": " + oneLine(e));
        }
        if (root == null || root.isMissingNode()) {
            throw new InputFileException("invalid themes file " + origin + ": the file is empty");
        }
        java.util.Optional<String> lone = io.github.otklik.core.text.CodePoints.loneSurrogateIn(root);
        if (lone.isPresent()) {
            throw new InputFileException("invalid themes file " + origin + ": " + lone.get() + ": text holds a lone surrogate (not Unicode text)");
        }
        Reading r = new Reading();
        ThemeCatalog catalog = r.catalog(root);
        if (!r.problems.isEmpty()) {
            throw new InputFileException("invalid themes file " + origin + ": " + String.join("; ", r.problems));
        }
        return catalog;
    }

    /**
     * Writes {@code catalog} as pretty-printed {@value #FORMAT} JSON with a final newline. Fields come
     * in the order of the format; {@code title} and {@code exclude} only when present; {@code kind}
     * always.
     *
     * @param catalog the catalogue
     * @return the JSON text
     */
    public static String write(ThemeCatalog catalog) {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            g.writeStringField("format", FORMAT);
            g.writeStringField("language", catalog.language().code());
            g.writeArrayFieldStart("themes");
            for (Theme t : catalog.themes()) {
                g.writeStartObject();
                g.writeStringField("code", t.code());
                if (t.title().isPresent()) {
                    g.writeObjectFieldStart("title");
                    g.writeStringField("ru", t.title().get().ru());
                    if (t.title().get().en().isPresent()) {
                        g.writeStringField("en", t.title().get().en().get());
                    }
                    g.writeEndObject();
                }
                g.writeStringField("kind", t.kind().name());
                strings(g, "phrases", t.phrases());
                if (!t.exclude().isEmpty()) {
                    strings(g, "exclude", t.exclude());
                }
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out + "\n";
    }

    private static void strings(JsonGenerator g, String field, List<String> values) throws IOException {
        g.writeArrayFieldStart(field);
        for (String v : values) {
            g.writeString(v);
        }
        g.writeEndArray();
    }

    private static ObjectMapper mapper() {
        return JsonMapper.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();
    }

    private static String oneLine(JsonProcessingException e) {
        String message = e.getOriginalMessage() == null ? e.getClass().getSimpleName() : e.getOriginalMessage();
        message = message.lines().findFirst().orElse("").strip();
        if (e.getLocation() != null && e.getLocation().getLineNr() > 0) {
            message += " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")";
        }
        return message;
    }

    /** One reading: the problems found so far, each "path: what". */
    private static final class Reading {
        final List<String> problems = new ArrayList<>();

        ThemeCatalog catalog(JsonNode root) {
            if (!root.isObject()) {
                problems.add("the document must be a JSON object, found " + describe(root));
                return null;
            }
            fields(root, "", ROOT_FIELDS);
            JsonNode format = root.get("format");
            if (format == null) {
                problems.add("format: required field is missing");
            } else if (!format.isTextual() || !FORMAT.equals(format.asText())) {
                problems.add("format: " + shown(format) + " is not " + FORMAT);
            }
            Language language = Language.RU;
            JsonNode lang = root.get("language");
            if (lang != null) {
                if (lang.isTextual() && (lang.asText().equals("ru") || lang.asText().equals("en"))) {
                    language = Language.of(lang.asText());
                } else {
                    problems.add("language: " + shown(lang) + " is not ru or en");
                }
            }
            JsonNode themes = root.get("themes");
            List<Theme> list = new ArrayList<>();
            if (themes == null) {
                problems.add("themes: required field is missing");
            } else if (!themes.isArray()) {
                problems.add("themes: must be an array, found " + describe(themes));
            } else {
                TextNormalizer normalizer = TextNormalizer.of(language);
                Map<String, Integer> codes = new HashMap<>();
                for (int i = 0; i < themes.size(); i++) {
                    Theme t = theme(themes.get(i), "themes[" + i + "]", normalizer, codes, i);
                    if (t != null) {
                        list.add(t);
                    }
                }
            }
            return problems.isEmpty() ? ThemeCatalog.of(language, list) : null;
        }

        private Theme theme(JsonNode node, String at, TextNormalizer normalizer, Map<String, Integer> codes, int index) {
            if (!node.isObject()) {
                problems.add(at + ": must be an object, found " + describe(node));
                return null;
            }
            int before = problems.size();
            fields(node, at + ".", THEME_FIELDS);
            String code = null;
            JsonNode c = node.get("code");
            if (c == null) {
                problems.add(at + ".code: required field is missing");
            } else if (!c.isTextual() || !Identifiers.isCode(c.asText())) {
                problems.add(at + ".code: " + shown(c) + " is not a code");
            } else {
                code = c.asText();
                Integer first = codes.putIfAbsent(code, index);
                if (first != null) {
                    problems.add(at + ".code: \"" + code + "\" repeats themes[" + first + "]");
                }
            }
            LocalizedText title = title(node.get("title"), at + ".title");
            ThemeKind kind = ThemeKind.PROBLEM;
            JsonNode k = node.get("kind");
            if (k != null) {
                if (k.isTextual() && (k.asText().equals("PROBLEM") || k.asText().equals("NEED"))) {
                    kind = ThemeKind.valueOf(k.asText());
                } else {
                    problems.add(at + ".kind: " + shown(k) + " is not PROBLEM or NEED");
                }
            }
            List<String> phrases = phrases(node.get("phrases"), at + ".phrases", normalizer, true);
            List<String> exclude = phrases(node.get("exclude"), at + ".exclude", normalizer, false);
            if (problems.size() > before || code == null) {
                return null;
            }
            Theme.Builder b = Theme.builder(code).kind(kind).phrase(phrases.toArray(String[]::new)).exclude(exclude.toArray(String[]::new));
            if (title != null) {
                b.title(title);
            }
            return b.build();
        }

        private LocalizedText title(JsonNode node, String at) {
            if (node == null) {
                return null;
            }
            if (!node.isObject()) {
                problems.add(at + ": must be an object {\"ru\", \"en\"}, found " + describe(node));
                return null;
            }
            fields(node, at + ".", TITLE_FIELDS);
            JsonNode ru = node.get("ru");
            JsonNode en = node.get("en");
            boolean ok = true;
            if (ru == null) {
                problems.add(at + ".ru: required field is missing");
                ok = false;
            } else if (!ru.isTextual() || ru.asText().isBlank()) {
                problems.add(at + ".ru: must be a non-blank string, found " + shown(ru));
                ok = false;
            }
            if (en != null && (!en.isTextual() || en.asText().isBlank())) {
                problems.add(at + ".en: must be a non-blank string, found " + shown(en));
                ok = false;
            }
            if (!ok) {
                return null;
            }
            return en == null ? LocalizedText.of(ru.asText()) : LocalizedText.of(ru.asText(), en.asText());
        }

        private List<String> phrases(JsonNode node, String at, TextNormalizer normalizer, boolean required) {
            List<String> out = new ArrayList<>();
            if (node == null) {
                if (required) {
                    problems.add(at + ": required field is missing");
                }
                return out;
            }
            if (!node.isArray()) {
                problems.add(at + ": must be an array of strings, found " + describe(node));
                return out;
            }
            if (required && node.isEmpty()) {
                problems.add(at + ": must hold at least one phrase");
            }
            Map<List<String>, Integer> seen = new HashMap<>();
            for (int i = 0; i < node.size(); i++) {
                JsonNode p = node.get(i);
                String path = at + "[" + i + "]";
                if (!p.isTextual()) {
                    problems.add(path + ": must be a string, found " + describe(p));
                    continue;
                }
                List<String> stems = normalizer.stems(p.asText());
                if (stems.isEmpty()) {
                    problems.add(path + ": " + shown(p) + " has no words");
                    continue;
                }
                Integer first = seen.putIfAbsent(stems, i);
                if (first != null) {
                    problems.add(path + ": " + shown(p) + " normalises as " + at.substring(at.lastIndexOf('.') + 1) + "[" + first + "] does");
                    continue;
                }
                out.add(p.asText());
            }
            return out;
        }

        private void fields(JsonNode node, String at, List<String> known) {
            for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
                String f = it.next();
                if (!known.contains(f)) {
                    problems.add(at + f + ": unknown field (expected " + String.join(", ", known) + ")");
                }
            }
        }
    }

    private static String shown(JsonNode node) {
        return node.isTextual() ? Identifiers.describe(node.asText()) : describe(node);
    }

    private static String describe(JsonNode node) {
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
