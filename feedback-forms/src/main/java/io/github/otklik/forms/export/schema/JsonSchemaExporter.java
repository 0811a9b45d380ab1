package io.github.otklik.forms.export.schema;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.otklik.core.channel.Channel;
import io.github.otklik.core.client.ClientCategory;
import io.github.otklik.core.client.ClientKind;
import io.github.otklik.core.response.AnswerValue;
import io.github.otklik.core.validation.Identifiers;
import io.github.otklik.forms.Audience;
import io.github.otklik.forms.BooleanQuestion;
import io.github.otklik.forms.ChoiceQuestion;
import io.github.otklik.forms.Condition;
import io.github.otklik.forms.Form;
import io.github.otklik.forms.NumberQuestion;
import io.github.otklik.forms.Option;
import io.github.otklik.forms.Question;
import io.github.otklik.forms.ScaleQuestion;
import io.github.otklik.forms.TextQuestion;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Objects;

/**
 * Exports the JSON Schema (draft 2020-12) of one response line to a form ({@code spec/formats.md}
 * §2): required fields, identifier syntax, timestamps with an offset, enums, and every answer's
 * type, range and option values. Immutable and thread-safe.
 *
 * <p>The schema does not encode the skip logic of the form: that a hidden question ({@code visibleIf}
 * false) is not answered, that a required question is answered when it is visible, and that
 * nothing after an {@code endsSurvey} option is answered. It annotates them instead
 * ({@code x-otklik-required-when-visible} at the top, {@code x-otklik-visible-if} and
 * {@code x-otklik-ends-survey} on the answers), says so in its top-level {@code description}, and
 * leaves those checks to {@link io.github.otklik.forms.validation.ResponseValidator}. Nor can it
 * tell {@code 4} from {@code 4.0} (JSON Schema counts both as integers), nor check that ids are
 * unique within a file. So a line that passes the schema may still be rejected by the Otklik
 * validator.
 *
 * <pre>{@code
 * Form ext1 = FormCatalog.standard().find("EXT-1", "1").orElseThrow();
 * String schema = new JsonSchemaExporter().export(ext1);
 * }</pre>
 */
public final class JsonSchemaExporter {
    /** The dialect of the exported schemas. */
    static final String DIALECT = "https://json-schema.org/draft/2020-12/schema";
    /** The pattern of identifiers ({@code id}, {@code agency}, {@code process}). */
    static final String IDENTIFIER_PATTERN = "^" + Identifiers.IDENTIFIER_REGEX + "$";
    /**
     * The pattern of {@code submittedAt}: an ISO-8601 date and time that ends in {@code Z} or an
     * offset ({@code ±hh:mm}, optionally {@code :ss}); seconds and their fraction are optional.
     */
    static final String TIMESTAMP_PATTERN =
            "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|[+-]\\d{2}:\\d{2}(:\\d{2})?)$";

    private final JsonNodeFactory nodes = JsonNodeFactory.instance;
    private final ObjectWriter writer = new ObjectMapper(JsonFactory.builder()
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN).build())
            .writer(new io.github.otklik.forms.json.CanonicalPrettyPrinter());

    /** An exporter. */
    public JsonSchemaExporter() {
    }

    /** The schema's {@code $id}: {@code urn:otklik:form:<id>:<version>:response}. */
    static String schemaId(Form form) {
        return "urn:otklik:form:" + form.id() + ":" + form.version() + ":response";
    }

    /**
     * The JSON Schema of a response line to {@code form}: two-space indentation, LF line ends,
     * ending with a newline. The same form always gives the same text.
     */
    public String export(Form form) {
        Objects.requireNonNull(form, "form");
        try {
            return writer.writeValueAsString(schema(form)) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the schema of " + form.key(), e);
        }
    }

    private ObjectNode schema(Form form) {
        ObjectNode root = nodes.objectNode();
        root.put("$schema", DIALECT);
        root.put("$id", schemaId(form));
        root.put("title", form.title().ru());
        root.put("description", description(form));
        root.put("type", "object");
        ArrayNode required = root.putArray("required");
        for (String field : new String[] {"id", "form", "formVersion", "submittedAt", "agency", "channel", "client"}) {
            required.add(field);
        }
        if (form.audience() == Audience.EXTERNAL) {
            required.add("process");
        }
        ObjectNode properties = root.putObject("properties");
        properties.set("id", identifier("Response id, unique within a file."));
        properties.set("form", nodes.objectNode().put("description", "Form id.").put("const", form.id()));
        properties.set("formVersion", nodes.objectNode().put("description", "Form version.").put("const", form.version()));
        properties.set("submittedAt", nodes.objectNode()
                .put("description", "When the response was submitted: ISO-8601 with Z or an offset.")
                .put("type", "string")
                .put("format", "date-time")
                .put("pattern", TIMESTAMP_PATTERN));
        properties.set("agency", identifier("Agency id."));
        properties.set("process", identifier("Process id" + (form.audience() == Audience.EXTERNAL
                ? "; required for external forms." : ".")));
        ObjectNode channel = properties.putObject("channel");
        channel.put("description", "Channel through which the response came.");
        ArrayNode channels = channel.putArray("enum");
        for (Channel c : Channel.values()) {
            channels.add(c.name());
        }
        properties.set("client", client());
        properties.set("anonymous", nodes.objectNode()
                .put("description", "Whether the response is anonymous; absent means true.")
                .put("type", "boolean")
                .put("default", true));
        properties.set("respondent", nodes.objectNode()
                .put("description", "Personal data of the respondent (any fields); never exported publicly.")
                .put("type", "object"));
        properties.set("answers", answers(form));
        ArrayNode requiredWhenVisible = root.putArray("x-otklik-required-when-visible");
        for (Question q : form.questions()) {
            if (q.required()) {
                requiredWhenVisible.add(q.id());
            }
        }
        return root;
    }

    private static String description(Form form) {
        String title = form.title().en().map(t -> " (\u201c" + t + "\u201d)").orElse("");
        return "A response line (JSON Lines, otklik spec/formats.md \u00a72) to form " + form.id() + " version "
                + form.version() + title + ". This schema checks the fields, identifiers, timestamps, enums and each "
                + "answer's type, range and option values. It does not check the skip logic of the form: that a "
                + "question whose visibleIf is false is not answered (see x-otklik-visible-if on each answer), that a "
                + "required question is answered when it is visible (x-otklik-required-when-visible lists them), and "
                + "that no question after an option with endsSurvey is answered (x-otklik-ends-survey). Nor does it "
                + "check that a scale answer is an integer token (JSON Schema counts 4.0 as an integer) or that "
                + "response ids are unique within a file. The Otklik validator (otklik validate) checks all of "
                + "these, so a line that passes this schema may still be rejected by it.";
    }

    private ObjectNode identifier(String description) {
        return nodes.objectNode().put("description", description).put("type", "string").put("pattern", IDENTIFIER_PATTERN);
    }

    private ObjectNode client() {
        ObjectNode client = nodes.objectNode();
        client.put("description", "Who responded: kind and optional category. INTERNAL allows only category "
                + "EMPLOYEE (or none); EXTERNAL never EMPLOYEE.");
        client.put("type", "object");
        client.putArray("required").add("kind");
        ObjectNode props = client.putObject("properties");
        ArrayNode kinds = props.putObject("kind").putArray("enum");
        for (ClientKind k : ClientKind.values()) {
            kinds.add(k.name());
        }
        ArrayNode categories = props.putObject("category").putArray("enum");
        for (ClientCategory c : ClientCategory.values()) {
            categories.add(c.name());
        }
        ArrayNode allOf = client.putArray("allOf");
        for (ClientKind kind : ClientKind.values()) {
            ObjectNode rule = allOf.addObject();
            ObjectNode ifKind = rule.putObject("if");
            ifKind.putObject("properties").putObject("kind").put("const", kind.name());
            ifKind.putArray("required").add("kind");
            ObjectNode category = rule.putObject("then").putObject("properties").putObject("category");
            if (kind == ClientKind.INTERNAL) {
                category.put("const", ClientCategory.EMPLOYEE.name());
            } else {
                category.putObject("not").put("const", ClientCategory.EMPLOYEE.name());
            }
        }
        return client;
    }

    private ObjectNode answers(Form form) {
        ObjectNode answers = nodes.objectNode();
        answers.put("description", "Answers by question id; a missing key means not answered.");
        answers.put("type", "object");
        ObjectNode props = answers.putObject("properties");
        for (Question q : form.questions()) {
            props.set(q.id(), answer(q));
        }
        answers.put("additionalProperties", false);
        return answers;
    }

    private ObjectNode answer(Question q) {
        ObjectNode s = nodes.objectNode();
        s.put("title", q.text().ru());
        q.text().en().ifPresent(en -> s.put("description", en));
        if (q instanceof ScaleQuestion scale) {
            ArrayNode oneOf = s.putArray("oneOf");
            oneOf.addObject().put("type", "integer").put("minimum", scale.min()).put("maximum", scale.max());
            if (scale.dontKnow()) {
                oneOf.addObject().put("const", AnswerValue.DONT_KNOW);
            }
        } else if (q instanceof ChoiceQuestion choice) {
            ArrayNode values = nodes.arrayNode();
            for (Option o : choice.options()) {
                values.add(o.value());
            }
            if (choice.multiple()) {
                s.put("type", "array");
                s.putObject("items").set("enum", values);
                s.put("minItems", 1);
                s.put("uniqueItems", true);
            } else {
                s.set("enum", values);
            }
        } else if (q instanceof BooleanQuestion) {
            s.put("type", "boolean");
        } else if (q instanceof TextQuestion text) {
            s.put("type", "string");
            if (text.maxLength().isPresent()) {
                s.put("maxLength", text.maxLength().getAsInt());
            }
        } else if (q instanceof NumberQuestion number) {
            s.put("type", "number");
            number.min().ifPresent(min -> s.set("minimum", number(min)));
            number.max().ifPresent(max -> s.set("maximum", number(max)));
        } else {
            throw new IllegalStateException("unknown question type " + q.getClass().getName());
        }
        q.visibleIf().ifPresent(c -> s.set("x-otklik-visible-if", condition(c)));
        if (q instanceof ChoiceQuestion choice) {
            ArrayNode ends = nodes.arrayNode();
            for (Option o : choice.options()) {
                if (o.endsSurvey()) {
                    ends.add(o.value());
                }
            }
            if (!ends.isEmpty()) {
                s.set("x-otklik-ends-survey", ends);
            }
        }
        return s;
    }

    private JsonNode number(BigDecimal value) {
        BigDecimal v = value.stripTrailingZeros();
        if (v.scale() <= 0) {
            return nodes.numberNode(v.toBigIntegerExact());
        }
        return nodes.numberNode(v);
    }

    /** A condition exactly as {@code otklik-form/1} writes it. */
    private ObjectNode condition(Condition c) {
        ObjectNode n = nodes.objectNode();
        if (c instanceof Condition.Equals e) {
            n.put("question", e.question());
            n.set("equals", value(e.value()));
        } else if (c instanceof Condition.In in) {
            n.put("question", in.question());
            ArrayNode values = n.putArray("in");
            for (AnswerValue v : in.values()) {
                values.add(value(v));
            }
        } else if (c instanceof Condition.Answered a) {
            n.put("question", a.question());
            n.put("answered", a.answered());
        } else if (c instanceof Condition.All all) {
            ArrayNode list = n.putArray("all");
            for (Condition x : all.conditions()) {
                list.add(condition(x));
            }
        } else if (c instanceof Condition.Any any) {
            ArrayNode list = n.putArray("any");
            for (Condition x : any.conditions()) {
                list.add(condition(x));
            }
        } else if (c instanceof Condition.Not not) {
            n.set("not", condition(not.condition()));
        } else {
            throw new IllegalStateException("unknown condition " + c.getClass().getName());
        }
        return n;
    }

    private JsonNode value(AnswerValue v) {
        if (v instanceof AnswerValue.IntegerValue i) {
            return nodes.numberNode(i.value());
        } else if (v instanceof AnswerValue.DecimalValue d) {
            return number(d.value());
        } else if (v instanceof AnswerValue.TextValue t) {
            return nodes.textNode(t.value());
        } else if (v instanceof AnswerValue.BooleanValue b) {
            return nodes.booleanNode(b.value());
        } else if (v instanceof AnswerValue.ArrayValue a) {
            ArrayNode array = nodes.arrayNode();
            for (AnswerValue x : a.values()) {
                array.add(value(x));
            }
            return array;
        } else if (v instanceof AnswerValue.ObjectValue o) {
            ObjectNode object = nodes.objectNode();
            for (Map.Entry<String, AnswerValue> e : o.fields().entrySet()) {
                object.set(e.getKey(), value(e.getValue()));
            }
            return object;
        }
        return nodes.nullNode();
    }
}
