package io.github.otklik.forms.json;

import io.github.otklik.core.config.ConfigArray;
import io.github.otklik.core.config.ConfigObject;
import io.github.otklik.core.config.ConfigValue;
import io.github.otklik.core.process.ProcessType;
import io.github.otklik.core.text.LocalizedText;
import io.github.otklik.core.validation.Violation;
import io.github.otklik.forms.Audience;
import io.github.otklik.forms.ChoiceQuestion;
import io.github.otklik.forms.Form;
import io.github.otklik.forms.NumberQuestion;
import io.github.otklik.forms.Option;
import io.github.otklik.forms.Question;
import io.github.otklik.forms.QuestionRole;
import io.github.otklik.forms.ScaleQuestion;
import io.github.otklik.forms.TextQuestion;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the structure of one {@code otklik-form/1} template from its strict JSON tree
 * ({@link io.github.otklik.core.config.JsonConfig}): every field has the type the format gives
 * it, no field is unknown (the fields of a question depend on its {@code type}), and every
 * problem is recorded with its path. A question's path is {@code questions[i]} until its id is
 * read, {@code questions.ID} after ({@link #withQuestionIds}). One reader per document; not
 * thread-safe.
 */
final class FormReader {
    private static final String[] FORM_FIELDS = {"format", "id", "version", "audience", "processTypes", "title", "description",
        "questions"};
    private static final List<String> COMMON = List.of("id", "type", "required", "role", "aspect", "segment", "text", "visibleIf");
    private static final Map<String, List<String>> TYPE_FIELDS = Map.of(
            "single", List.of("options"),
            "multi", List.of("options"),
            "scale", List.of("min", "max", "dontKnow", "satisfiedFrom", "dissatisfiedTo"),
            "boolean", List.of(),
            "text", List.of("maxLength"),
            "number", List.of("min", "max"));
    private static final Pattern QUESTION_PATH = Pattern.compile("^questions\\[(\\d+)](?=$|[.\\[])");

    /** The ids of the questions by index, as far as they were read. */
    private final Map<Integer, String> questionIds = new TreeMap<>();
    private String formId;

    /**
     * The form's id, when it was read.
     *
     * @return the id
     */
    Optional<String> formId() {
        return Optional.ofNullable(formId);
    }

    /**
     * Reads the template's structure; the semantic checks are the form builder's.
     *
     * @param root the document
     * @return the builder of the form, all of the template set on it
     */
    Form.Builder read(ConfigValue root) {
        ConfigObject o = root.asObject(FORM_FIELDS);
        o.attempt("format", v -> {
            String format = v.asString();
            if (!Form.FORMAT.equals(format)) {
                throw v.fail("unsupported format " + format + " (expected " + Form.FORMAT + ")");
            }
            return format;
        });
        Optional<String> id = o.attempt("id", ConfigValue::asString);
        id.ifPresent(x -> formId = x);
        Optional<String> version = o.attempt("version", ConfigValue::asString);
        Optional<Audience> audience = o.attempt("audience", v -> v.asEnum(Audience.class));
        Optional<LocalizedText> title = o.attempt("title", FormReader::text);
        Optional<LocalizedText> description = o.optional("description").flatMap(v -> v.attempt(FormReader::text));
        Form.Builder b = Form.builder(id.orElse("form"));
        version.ifPresent(b::version);
        audience.ifPresent(b::audience);
        title.ifPresent(b::title);
        description.ifPresent(b::description);
        o.optional("processTypes").ifPresent(types -> types.attempt(v -> v.asArray().map(t -> t.asEnum(ProcessType.class)))
                .ifPresent(list -> list.forEach(b::processTypes)));
        o.attempt("questions", ConfigValue::asArray).ifPresent(questions -> questions(questions, b));
        return b;
    }

    private void questions(ConfigArray questions, Form.Builder b) {
        List<ConfigValue> list = questions.values();
        for (int i = 0; i < list.size(); i++) {
            int index = i;
            list.get(i).attempt(v -> question(v, index)).ifPresent(b::question);
        }
    }

    private Question question(ConfigValue value, int index) {
        ConfigObject probe = value.asMap();
        String id = probe.required("id").asString();
        questionIds.put(index, id);
        String type = probe.required("type").asString();
        List<String> typeFields = TYPE_FIELDS.get(type);
        if (typeFields == null) {
            throw probe.required("type").fail("unknown question type " + type + " (expected single, multi, scale, boolean, text or number)");
        }
        List<String> fields = new ArrayList<>(COMMON);
        fields.addAll(typeFields);
        ConfigObject o = value.asObject(fields.toArray(String[]::new));
        Question.Builder<?, ?> qb = switch (type) {
            case "single", "multi" -> choice(o, type);
            case "scale" -> scale(o);
            case "text" -> text(o);
            case "number" -> number(o);
            default -> Question.bool(id);
        };
        o.optional("required").ifPresent(v -> qb.required(v.asBoolean()));
        // aspect and segment first: their setters imply a role, which an explicit role then overrides
        Optional<String> aspect = o.optional("aspect").map(ConfigValue::asString);
        aspect.ifPresent(qb::aspect);
        Optional<String> segment = o.optional("segment").map(ConfigValue::asString);
        segment.ifPresent(qb::segment);
        Optional<ConfigValue> role = o.optional("role");
        if (role.isPresent()) {
            qb.role(role.get().asOneOf("role", FormReader::role, "screening, overall, aspect, problem, segment, comment or other"));
        } else if (aspect.isPresent() || segment.isPresent()) {
            qb.role(QuestionRole.OTHER);
        }
        qb.text(text(o.required("text")));
        o.optional("visibleIf").ifPresent(v -> qb.visibleIf(ConditionReader.condition(v)));
        return qb.build();
    }

    private static ChoiceQuestion.Builder choice(ConfigObject o, String type) {
        ChoiceQuestion.Builder cb = "single".equals(type) ? Question.single(idOf(o)) : Question.multi(idOf(o));
        List<Option> options = o.required("options", "a " + type + " question needs options").asArray().map(FormReader::option);
        options.forEach(cb::option);
        return cb;
    }

    private static ScaleQuestion.Builder scale(ConfigObject o) {
        ScaleQuestion.Builder sb = Question.scale(idOf(o));
        Optional<Integer> min = o.attempt("min", ConfigValue::asInt);
        Optional<Integer> max = o.attempt("max", ConfigValue::asInt);
        if (min.isEmpty() || max.isEmpty()) {
            throw o.asValue().abandon();
        }
        sb.range(min.get(), max.get());
        o.optional("dontKnow").ifPresent(v -> sb.dontKnow(v.asBoolean()));
        o.optional("satisfiedFrom").ifPresent(v -> sb.satisfiedFrom(v.asInt()));
        o.optional("dissatisfiedTo").ifPresent(v -> sb.dissatisfiedTo(v.asInt()));
        return sb;
    }

    private static TextQuestion.Builder text(ConfigObject o) {
        TextQuestion.Builder tb = Question.text(idOf(o));
        o.optional("maxLength").ifPresent(v -> {
            int max = v.asInt();
            if (max < 1) {
                throw v.fail("maxLength must be at least 1");
            }
            tb.maxLength(max);
        });
        return tb;
    }

    private static NumberQuestion.Builder number(ConfigObject o) {
        NumberQuestion.Builder nb = Question.number(idOf(o));
        o.optional("min").ifPresent(v -> nb.min(v.asDecimal()));
        o.optional("max").ifPresent(v -> nb.max(v.asDecimal()));
        return nb;
    }

    private static String idOf(ConfigObject o) {
        return o.required("id").asString();
    }

    private static Option option(ConfigValue value) {
        ConfigObject o = value.asObject("value", "text", "endsSurvey");
        ConfigValue v = o.required("value", "option without a value");
        if (v.kind() == io.github.otklik.core.config.ConfigKind.NULL
                || (v.kind() == io.github.otklik.core.config.ConfigKind.STRING && v.asString().isEmpty())) {
            throw v.fail("option without a value");
        }
        String code = v.kind() == io.github.otklik.core.config.ConfigKind.STRING ? v.asString() : null;
        if (code == null) {
            throw v.fail("option value must be a string");
        }
        LocalizedText text = text(o.required("text"));
        boolean ends = o.optional("endsSurvey").map(ConfigValue::asBoolean).orElse(false);
        return new Option(code, text, ends);
    }

    private static Optional<QuestionRole> role(String name) {
        for (QuestionRole r : QuestionRole.values()) {
            if (r.wireName().equals(name)) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }

    /** A text in Russian and, optionally, English: {@code {"ru": …, "en": …}}; the Russian text must not be blank. */
    static LocalizedText text(ConfigValue value) {
        ConfigObject o = value.asObject("ru", "en");
        ConfigValue ru = o.required("ru", "Russian text is missing");
        if (ru.kind() != io.github.otklik.core.config.ConfigKind.STRING || ru.asString().isBlank()) {
            throw ru.fail("Russian text is missing");
        }
        Optional<ConfigValue> en = o.optional("en");
        return en.isPresent() ? LocalizedText.of(ru.asString(), en.get().asString()) : LocalizedText.of(ru.asString());
    }

    /**
     * {@code problems} with each question's path by its id ({@code questions.used.text}) where the
     * id was read, by its index ({@code questions[3].id}) where it was not.
     *
     * @param problems the problems as the tree reported them
     * @return the problems as the template's readers see them
     */
    List<Violation> withQuestionIds(List<Violation> problems) {
        List<Violation> out = new ArrayList<>(problems.size());
        for (Violation v : problems) {
            Matcher m = QUESTION_PATH.matcher(v.path());
            String id = m.find() ? questionIds.get(Integer.parseInt(m.group(1))) : null;
            out.add(id == null ? v : new Violation("questions." + id + v.path().substring(m.end()), v.message()));
        }
        return out;
    }
}
