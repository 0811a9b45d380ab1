package io.github.otklik.forms.export.surveyjs;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.otklik.core.response.AnswerValue;
import io.github.otklik.core.text.LocalizedText;
import io.github.otklik.forms.BooleanQuestion;
import io.github.otklik.forms.ChoiceQuestion;
import io.github.otklik.forms.Condition;
import io.github.otklik.forms.Form;
import io.github.otklik.forms.NumberQuestion;
import io.github.otklik.forms.Option;
import io.github.otklik.forms.Question;
import io.github.otklik.forms.ScaleQuestion;
import io.github.otklik.forms.TextQuestion;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * Exports a form as a SurveyJS survey JSON that survey-core 2.x loads without errors or warnings.
 * Deterministic (the same form gives the same bytes); immutable and thread-safe.
 *
 * <pre>{@code
 * Form ext1 = FormCatalog.standard().find("EXT-1", "1").orElseThrow();
 * String surveyJson = new SurveyJsExporter().export(ext1);   // new Model(JSON.parse(surveyJson))
 * }</pre>
 *
 * <p>The mapping, and why, is in the {@linkplain io.github.otklik.forms.export.surveyjs package
 * documentation}.
 */
public final class SurveyJsExporter {
    /** The longest {@code maxLength} for which a text question is a single-line {@code text} input. */
    public static final int SINGLE_LINE_MAX_LENGTH = 200;
    /** The most values SurveyJS generates from {@code rateMin}/{@code rateMax} ({@code settings.ratingMaximumRateValueCount}). */
    public static final int MAX_GENERATED_RATE_VALUES = 20;

    private static final LocalizedText DONT_KNOW = LocalizedText.of("Затрудняюсь ответить", "Can't say");
    private static final LocalizedText COMPLETE = LocalizedText.of("Отправить", "Submit");
    private static final LocalizedText YES = LocalizedText.of("Да", "Yes");
    private static final LocalizedText NO = LocalizedText.of("Нет", "No");

    private final ObjectMapper mapper = new ObjectMapper()
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);
    private final JsonNodeFactory nodes = JsonNodeFactory.instance;

    /** An exporter. */
    public SurveyJsExporter() {
    }

    /** The SurveyJS survey JSON of {@code form}, ending with a newline. */
    public String export(Form form) {
        ObjectNode survey = survey(form);
        StringWriter out = new StringWriter();
        try {
            mapper.writer(new io.github.otklik.forms.json.CanonicalPrettyPrinter()).writeValue(out, survey);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.append('\n').toString();
    }

    private ObjectNode survey(Form form) {
        ObjectNode survey = nodes.objectNode();
        survey.put("locale", "ru");
        survey.set("title", text(form.title()));
        form.description().ifPresent(d -> survey.set("description", text(d)));
        survey.put("showQuestionNumbers", "on");
        survey.put("clearInvisibleValues", "onHidden");
        survey.set("completeText", text(COMPLETE));
        ArrayNode elements = nodes.arrayNode();
        ArrayNode triggers = nodes.arrayNode();
        for (int i = 0; i < form.questions().size(); i++) {
            Question q = form.questions().get(i);
            ObjectNode element = element(q);
            Optional<Condition> visibleIf = SurveyJsExpressions.effectiveVisibleIf(form, i);
            if (visibleIf.isPresent()) {
                element.put("visibleIf", SurveyJsExpressions.of(visibleIf.get(), form));
            }
            elements.add(element);
            Optional<Condition> ending = SurveyJsExpressions.ending(q);
            if (ending.isPresent()) {
                ObjectNode trigger = triggers.addObject();
                trigger.put("type", "complete");
                trigger.put("expression", SurveyJsExpressions.of(ending.get(), form));
            }
        }
        ObjectNode page = survey.putArray("pages").addObject();
        page.put("name", "page1");
        page.set("elements", elements);
        if (!triggers.isEmpty()) {
            survey.set("triggers", triggers);
        }
        return survey;
    }

    private ObjectNode element(Question q) {
        ObjectNode e = nodes.objectNode();
        e.put("type", type(q));
        e.put("name", q.id());
        e.set("title", text(q.text()));
        if (q.required()) {
            e.put("isRequired", true);
        }
        if (q instanceof ChoiceQuestion c) {
            ArrayNode choices = e.putArray("choices");
            for (Option o : c.options()) {
                ObjectNode choice = choices.addObject();
                choice.put("value", o.value());
                choice.set("text", text(o.text()));
            }
        } else if (q instanceof ScaleQuestion s) {
            int count = s.max() - s.min() + 1;
            if (!s.dontKnow() && count <= MAX_GENERATED_RATE_VALUES) {
                e.put("rateMin", s.min());
                e.put("rateMax", s.max());
            } else {
                ArrayNode values = e.putArray("rateValues");
                for (int v = s.min(); v <= s.max(); v++) {
                    values.add(v);
                }
                if (s.dontKnow()) {
                    ObjectNode dk = values.addObject();
                    dk.put("value", AnswerValue.DONT_KNOW);
                    dk.set("text", text(DONT_KNOW));
                }
            }
        } else if (q instanceof BooleanQuestion) {
            e.set("labelTrue", text(YES));
            e.set("labelFalse", text(NO));
        } else if (q instanceof TextQuestion t) {
            if (t.maxLength().isPresent()) {
                e.put("maxLength", t.maxLength().getAsInt());
            }
        } else if (q instanceof NumberQuestion n) {
            e.put("inputType", "number");
            n.min().ifPresent(v -> e.set("min", number(v)));
            n.max().ifPresent(v -> e.set("max", number(v)));
        }
        return e;
    }

    private static String type(Question q) {
        if (q instanceof ChoiceQuestion c) {
            return c.multiple() ? "checkbox" : "radiogroup";
        } else if (q instanceof ScaleQuestion) {
            return "rating";
        } else if (q instanceof BooleanQuestion) {
            return "boolean";
        } else if (q instanceof TextQuestion t) {
            return t.maxLength().isPresent() && t.maxLength().getAsInt() <= SINGLE_LINE_MAX_LENGTH ? "text" : "comment";
        }
        return "text"; // number: a text input of inputType "number"
    }

    private ObjectNode text(LocalizedText t) {
        ObjectNode n = nodes.objectNode();
        n.put("default", t.en().orElse(t.ru()));
        n.put("ru", t.ru());
        return n;
    }

    private JsonNode number(BigDecimal v) {
        BigDecimal plain = new BigDecimal(v.stripTrailingZeros().toPlainString());
        return plain.scale() <= 0 ? nodes.numberNode(plain.toBigIntegerExact()) : nodes.numberNode(plain);
    }
}
