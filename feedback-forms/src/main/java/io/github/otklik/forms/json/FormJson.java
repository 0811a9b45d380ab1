package io.github.otklik.forms.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.otklik.core.json.AnswerValueReader;
import io.github.otklik.core.process.ProcessType;
import io.github.otklik.core.response.AnswerValue;
import io.github.otklik.core.text.LocalizedText;
import io.github.otklik.core.validation.Violation;
import io.github.otklik.forms.Audience;
import io.github.otklik.forms.ChoiceQuestion;
import io.github.otklik.forms.Condition;
import io.github.otklik.forms.Form;
import io.github.otklik.forms.InvalidFormException;
import io.github.otklik.forms.NumberQuestion;
import io.github.otklik.forms.Option;
import io.github.otklik.forms.Question;
import io.github.otklik.forms.ScaleQuestion;
import io.github.otklik.forms.TextQuestion;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads and writes form templates in the canonical {@code otklik-form/1} JSON. Reading reports
 * every structural problem with its path and then checks the form with
 * {@link io.github.otklik.forms.FormChecker}; writing produces the canonical layout (two-space
 * indentation, fixed key order), so that export → read gives an equal form. Thread-safe.
 */
public final class FormJson {
    private final ObjectMapper mapper = new ObjectMapper(JsonFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build())
            .enable(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_TRAILING_TOKENS); // one template per file, nothing after it

    /** A reader and writer of form templates. */
    public FormJson() {
    }

    /**
     * Reads one template.
     *
     * @throws InvalidFormException listing every problem when the JSON is not a valid template
     * @throws UncheckedIOException when reading fails
     */
    public Form read(InputStream in, String source) {
        JsonNode root;
        try {
            // strict UTF-8 first: Jackson would guess UTF-16 or UTF-32 and let overlong forms through
            String text = io.github.otklik.core.text.StrictUtf8.decode(in.readAllBytes());
            root = mapper.readTree(text);
        } catch (java.nio.charset.CharacterCodingException e) {
            throw new InvalidFormException(source, List.of(new Violation("", "not UTF-8")));
        } catch (JsonProcessingException e) {
            throw new InvalidFormException(source, List.of(new Violation("", "malformed JSON: " + e.getOriginalMessage())));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        java.util.Optional<String> lone = io.github.otklik.core.text.CodePoints.loneSurrogateIn(root);
        if (lone.isPresent()) {
            throw new InvalidFormException(source, List.of(new Violation(lone.get(), "text holds a lone surrogate (not Unicode text)")));
        }
        return fromTree(root, source);
    }

    /**
     * Reads one template from a string.
     *
     * @throws InvalidFormException listing every problem when the JSON is not a valid template
     */
    public Form read(String json, String source) {
        return read(new java.io.ByteArrayInputStream(json.getBytes(java.nio.charset.StandardCharsets.UTF_8)), source);
    }

    private Form fromTree(JsonNode root, String source) {
        Problems p = new Problems();
        if (root == null || !root.isObject()) {
            throw new InvalidFormException(source, List.of(new Violation("", "a template must be a JSON object")));
        }
        String format = p.string(root, "format", "format", true);
        if (format != null && !Form.FORMAT.equals(format)) {
            p.add("format", "unsupported format " + format + " (expected " + Form.FORMAT + ")");
        }
        String id = p.string(root, "id", "id", true);
        String version = p.string(root, "version", "version", true);
        Audience audience = p.enumValue(root, "audience", "audience", Audience.class, true);
        LocalizedText title = p.text(root.get("title"), "title", true);
        LocalizedText description = p.text(root.get("description"), "description", false);
        Form.Builder b = Form.builder(id == null ? source : id);
        if (version != null) {
            b.version(version);
        }
        if (audience != null) {
            b.audience(audience);
        }
        if (title != null) {
            b.title(title);
        }
        if (description != null) {
            b.description(description);
        }
        JsonNode types = root.get("processTypes");
        if (types != null) {
            if (!types.isArray()) {
                p.add("processTypes", "must be an array");
            } else {
                for (int i = 0; i < types.size(); i++) {
                    ProcessType t = p.enumNode(types.get(i), "processTypes[" + i + "]", ProcessType.class);
                    if (t != null) {
                        b.processTypes(t);
                    }
                }
            }
        }
        JsonNode questions = root.get("questions");
        if (questions == null || !questions.isArray()) {
            p.add("questions", questions == null ? "required field is missing" : "must be an array");
        } else {
            for (int i = 0; i < questions.size(); i++) {
                Question q = question(questions.get(i), i, p);
                if (q != null) {
                    b.question(q);
                }
            }
        }
        if (!p.list.isEmpty()) {
            throw new InvalidFormException(id == null ? source : id, p.list);
        }
        return b.build();
    }

    private static Question question(JsonNode n, int i, Problems p) {
        String path = "questions[" + i + "]";
        if (!n.isObject()) {
            p.add(path, "a question must be an object");
            return null;
        }
        String id = p.string(n, "id", path + ".id", true);
        if (id != null) {
            path = "questions." + id;
        }
        String type = p.string(n, "type", path + ".type", true);
        if (id == null || type == null) {
            return null;
        }
        int before = p.list.size();
        Question.Builder<?, ?> qb;
        switch (type) {
            case "single", "multi" -> {
                ChoiceQuestion.Builder cb = "single".equals(type) ? Question.single(id) : Question.multi(id);
                JsonNode options = n.get("options");
                if (options == null || !options.isArray()) {
                    p.add(path + ".options", options == null ? "a " + type + " question needs options" : "must be an array");
                } else {
                    for (int j = 0; j < options.size(); j++) {
                        Option o = option(options.get(j), path + ".options[" + j + "]", p);
                        if (o != null) {
                            cb.option(o);
                        }
                    }
                }
                qb = cb;
            }
            case "scale" -> {
                ScaleQuestion.Builder sb = Question.scale(id);
                Integer min = p.integer(n, "min", path + ".min", true);
                Integer max = p.integer(n, "max", path + ".max", true);
                if (min != null && max != null) {
                    sb.range(min, max);
                }
                Boolean dk = p.bool(n, "dontKnow", path + ".dontKnow");
                if (dk != null) {
                    sb.dontKnow(dk);
                }
                Integer sat = p.integer(n, "satisfiedFrom", path + ".satisfiedFrom", false);
                if (sat != null) {
                    sb.satisfiedFrom(sat);
                }
                Integer dis = p.integer(n, "dissatisfiedTo", path + ".dissatisfiedTo", false);
                if (dis != null) {
                    sb.dissatisfiedTo(dis);
                }
                qb = sb;
            }
            case "boolean" -> qb = Question.bool(id);
            case "text" -> {
                TextQuestion.Builder tb = Question.text(id);
                Integer max = p.integer(n, "maxLength", path + ".maxLength", false);
                if (max != null) {
                    if (max < 1) {
                        p.add(path + ".maxLength", "maxLength must be at least 1");
                    } else {
                        tb.maxLength(max);
                    }
                }
                qb = tb;
            }
            case "number" -> {
                NumberQuestion.Builder nb = Question.number(id);
                BigDecimal min = p.decimal(n, "min", path + ".min");
                BigDecimal max = p.decimal(n, "max", path + ".max");
                if (min != null) {
                    nb.min(min);
                }
                if (max != null) {
                    nb.max(max);
                }
                qb = nb;
            }
            default -> {
                p.add(path + ".type", "unknown question type " + type + " (expected single, multi, scale, boolean, text or number)");
                return null;
            }
        }
        Boolean required = p.bool(n, "required", path + ".required");
        if (required != null) {
            qb.required(required);
        }
        // aspect and segment first: their setters imply a role, which an explicit role then overrides
        String aspect = p.string(n, "aspect", path + ".aspect", false);
        if (aspect != null) {
            qb.aspect(aspect);
        }
        String segment = p.string(n, "segment", path + ".segment", false);
        if (segment != null) {
            qb.segment(segment);
        }
        String role = p.string(n, "role", path + ".role", false);
        if (role != null) {
            io.github.otklik.forms.QuestionRole r = roleOf(role);
            if (r == null) {
                p.add(path + ".role", "unknown role " + role + " (expected screening, overall, aspect, problem, segment, comment or other)");
            } else {
                qb.role(r);
            }
        } else if (aspect != null || segment != null) {
            qb.role(io.github.otklik.forms.QuestionRole.OTHER);
        }
        LocalizedText text = p.text(n.get("text"), path + ".text", true);
        if (text != null) {
            qb.text(text);
        }
        JsonNode visibleIf = n.get("visibleIf");
        if (visibleIf != null) {
            Condition c = condition(visibleIf, path + ".visibleIf", p);
            if (c != null) {
                qb.visibleIf(c);
            }
        }
        return p.list.size() == before ? qb.build() : null;
    }

    private static io.github.otklik.forms.QuestionRole roleOf(String name) {
        for (io.github.otklik.forms.QuestionRole r : io.github.otklik.forms.QuestionRole.values()) {
            if (r.wireName().equals(name)) {
                return r;
            }
        }
        return null;
    }

    private static Option option(JsonNode n, String path, Problems p) {
        if (!n.isObject()) {
            p.add(path, "an option must be an object");
            return null;
        }
        JsonNode v = n.get("value");
        if (v == null || v.isNull() || (v.isTextual() && v.asText().isEmpty())) {
            p.add(path + ".value", "option without a value");
            return null;
        }
        if (!v.isTextual()) {
            p.add(path + ".value", "option value must be a string");
            return null;
        }
        LocalizedText text = p.text(n.get("text"), path + ".text", true);
        Boolean ends = p.bool(n, "endsSurvey", path + ".endsSurvey");
        return text == null ? null : new Option(v.asText(), text, ends != null && ends);
    }

    static Condition condition(JsonNode n, String path, Problems p) {
        if (!n.isObject()) {
            p.add(path, "a condition must be an object");
            return null;
        }
        if (n.has("all") || n.has("any")) {
            String key = n.has("all") ? "all" : "any";
            JsonNode list = n.get(key);
            if (!list.isArray()) {
                p.add(path + "." + key, "must be an array of conditions");
                return null;
            }
            List<Condition> items = new ArrayList<>();
            for (int i = 0; i < list.size(); i++) {
                Condition c = condition(list.get(i), path + "." + key + "[" + i + "]", p);
                if (c != null) {
                    items.add(c);
                }
            }
            return "all".equals(key) ? new Condition.All(items) : new Condition.Any(items);
        }
        if (n.has("not")) {
            Condition c = condition(n.get("not"), path + ".not", p);
            return c == null ? null : new Condition.Not(c);
        }
        String question = p.string(n, "question", path + ".question", true);
        if (question == null) {
            return null;
        }
        if (n.has("equals")) {
            return new Condition.Equals(question, AnswerValueReader.read(n.get("equals")));
        }
        if (n.has("in")) {
            JsonNode list = n.get("in");
            if (!list.isArray()) {
                p.add(path + ".in", "must be an array");
                return null;
            }
            List<AnswerValue> values = new ArrayList<>();
            list.forEach(x -> values.add(AnswerValueReader.read(x)));
            return new Condition.In(question, values);
        }
        if (n.has("answered")) {
            Boolean answered = p.bool(n, "answered", path + ".answered");
            return answered == null ? null : new Condition.Answered(question, answered);
        }
        p.add(path, "a condition needs equals, in, answered, all, any or not");
        return null;
    }

    // ------------------------------------------------------------------ writing

    /** The canonical JSON of {@code form}, ending with a newline. */
    public String write(Form form) {
        StringWriter w = new StringWriter();
        write(form, w);
        return w.toString();
    }

    /** Writes the canonical JSON of {@code form} to {@code out} (not closed), ending with a newline. */
    public void write(Form form, Writer out) {
        try {
            JsonGenerator g = mapper.getFactory().createGenerator(out);
            g.setPrettyPrinter(new CanonicalPrettyPrinter());
            FormWriter.write(form, g);
            g.flush();
            out.write('\n');
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
