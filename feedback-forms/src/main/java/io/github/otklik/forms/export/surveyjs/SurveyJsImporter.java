package io.github.otklik.forms.export.surveyjs;

import io.github.otklik.forms.ResponseContext;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.otklik.core.response.AnswerValue;
import io.github.otklik.core.response.SurveyResponse;
import io.github.otklik.forms.ChoiceQuestion;
import io.github.otklik.forms.Form;
import io.github.otklik.forms.NumberQuestion;
import io.github.otklik.forms.Question;
import io.github.otklik.forms.ScaleQuestion;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Turns SurveyJS results ({@code survey.data}) of an exported form back into an Otklik response; it
 * maps representations, never judges them. Immutable and thread-safe.
 *
 * <pre>{@code
 * SurveyResponse r = new SurveyJsImporter().toResponse(form, surveyDataJson, ctx);
 * List<Violation> problems = new ResponseValidator(catalog).check(r);   // empty when valid
 * }</pre>
 *
 * <p>The mapping is in the {@linkplain io.github.otklik.forms.export.surveyjs package documentation}.
 * Answers come in form order, then the keys that are no question of the form, in data order.
 */
public final class SurveyJsImporter {
    private static final Pattern INTEGER = Pattern.compile("-?[0-9]+");
    /** Longer numeric strings stay strings (the validator rejects them); bounds the cost of parsing. */
    private static final int MAX_NUMBER_TEXT = 100;
    private static final Pattern DECIMAL = Pattern.compile("-?[0-9]+(\\.[0-9]+)?");

    private final ObjectMapper mapper = new ObjectMapper(JsonFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build())
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS); // one client's results: a second value is an error, not dropped

    /** An importer. */
    public SurveyJsImporter() {
    }

    /**
     * The response of {@code form} that {@code surveyData} (SurveyJS's {@code survey.data}) and
     * {@code context} describe.
     *
     * @throws IllegalArgumentException when {@code surveyData} is not a JSON object, or is a survey
     *     definition (it has {@code pages} or {@code elements}) rather than results
     */
    public SurveyResponse toResponse(Form form, JsonNode surveyData, ResponseContext context) {
        Objects.requireNonNull(form, "form");
        Objects.requireNonNull(surveyData, "surveyData");
        Objects.requireNonNull(context, "context");
        if (!surveyData.isObject()) {
            throw new IllegalArgumentException("SurveyJS data must be a JSON object, found " + surveyData.getNodeType());
        }
        for (String key : new String[] {"pages", "elements"}) {
            if (surveyData.path(key).isArray() && form.indexOf(key) < 0) {
                throw new IllegalArgumentException("this is a SurveyJS survey definition (it has \"" + key
                        + "\"), not a client's results (survey.data)");
            }
        }
        SurveyResponse.Builder b = SurveyResponse.builder(context.id()).form(form.id(), form.version())
                .submittedAt(context.submittedAt()).agency(context.agency()).channel(context.channel())
                .client(context.client()).anonymous(context.anonymous());
        context.process().ifPresent(b::process);
        for (Question q : form.questions()) {
            JsonNode value = surveyData.get(q.id());
            if (value != null) {
                b.answer(q.id(), answer(q, value));
            }
        }
        for (Map.Entry<String, JsonNode> field : surveyData.properties()) {
            if (form.indexOf(field.getKey()) < 0) {
                b.answer(field.getKey(), plain(field.getValue()));
            }
        }
        return b.build();
    }

    /**
     * The response of {@code form} that the JSON text {@code surveyData} and {@code context} describe.
     *
     * @throws IllegalArgumentException when {@code surveyData} is not one JSON object (nothing may
     *     follow it), is malformed, repeats a key, or is a survey definition
     */
    public SurveyResponse toResponse(Form form, String surveyData, ResponseContext context) {
        Objects.requireNonNull(surveyData, "surveyData");
        JsonNode tree;
        try {
            tree = mapper.readTree(surveyData);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("malformed SurveyJS data: " + e.getOriginalMessage(), e);
        }
        if (tree == null || tree.isMissingNode()) {
            throw new IllegalArgumentException("SurveyJS data is empty");
        }
        java.util.Optional<String> lone = io.github.otklik.core.text.CodePoints.loneSurrogateIn(tree);
        if (lone.isPresent()) {
            throw new IllegalArgumentException("SurveyJS data " + lone.get() + ": text holds a lone surrogate (not Unicode text)");
        }
        return toResponse(form, tree, context);
    }

    private static AnswerValue answer(Question q, JsonNode n) {
        if (q instanceof ScaleQuestion) {
            if (n.isNumber()) {
                return number(n);
            }
            if (n.isTextual() && n.textValue().length() <= MAX_NUMBER_TEXT && INTEGER.matcher(n.textValue()).matches()) {
                return integer(new BigInteger(n.textValue()));
            }
        } else if (q instanceof ChoiceQuestion c) {
            if (!c.multiple()) {
                return option(c, n);
            }
            if (n.isArray()) {
                List<AnswerValue> values = new ArrayList<>();
                n.forEach(x -> values.add(option(c, x)));
                return new AnswerValue.ArrayValue(values);
            }
        } else if (q instanceof NumberQuestion) {
            if (n.isNumber()) {
                return number(n);
            }
            if (n.isTextual() && n.textValue().length() <= MAX_NUMBER_TEXT && DECIMAL.matcher(n.textValue()).matches()) {
                return decimal(new BigDecimal(n.textValue()));
            }
        }
        return plain(n); // boolean and text questions: true/false or the string, as SurveyJS keeps them
    }

    private static AnswerValue option(ChoiceQuestion c, JsonNode n) {
        if (n.isIntegralNumber()) { // option values are codes: never a fraction
            String text = n.bigIntegerValue().toString();
            if (c.option(text).isPresent()) {
                return AnswerValue.of(text);
            }
        }
        return plain(n);
    }

    /**
     * An integer when the number is integral, else a decimal without trailing zeros: SurveyJS values are
     * JavaScript numbers, which have no scale (4 and 4.0, 2.5 and 2.50 are the same number).
     */
    private static AnswerValue number(JsonNode n) {
        if (n.isIntegralNumber()) {
            return integer(n.bigIntegerValue());
        }
        return decimal(n.decimalValue());
    }

    private static AnswerValue decimal(BigDecimal d) {
        BigDecimal stripped = d.stripTrailingZeros();
        if (stripped.scale() <= 0 && stripped.precision() - stripped.scale() <= 19) { // never expands a huge exponent
            try {
                return AnswerValue.of(stripped.longValueExact());
            } catch (ArithmeticException beyondLong) {
                return new AnswerValue.DecimalValue(stripped);
            }
        }
        return new AnswerValue.DecimalValue(stripped);
    }

    private static AnswerValue integer(BigInteger i) {
        return i.bitLength() < Long.SIZE ? AnswerValue.of(i.longValue()) : new AnswerValue.DecimalValue(new BigDecimal(i));
    }

    /** The JSON value as it is, type for type. */
    private static AnswerValue plain(JsonNode n) {
        if (n.isNumber()) {
            return n.isIntegralNumber() ? integer(n.bigIntegerValue()) : new AnswerValue.DecimalValue(n.decimalValue());
        } else if (n.isTextual()) {
            return AnswerValue.of(n.textValue());
        } else if (n.isBoolean()) {
            return AnswerValue.of(n.booleanValue());
        } else if (n.isArray()) {
            List<AnswerValue> items = new ArrayList<>();
            n.forEach(x -> items.add(plain(x)));
            return new AnswerValue.ArrayValue(items);
        } else if (n.isObject()) {
            Map<String, AnswerValue> fields = new LinkedHashMap<>();
            for (Map.Entry<String, JsonNode> e : n.properties()) {
                fields.put(e.getKey(), plain(e.getValue()));
            }
            return new AnswerValue.ObjectValue(fields);
        }
        return AnswerValue.NullValue.INSTANCE;
    }
}
