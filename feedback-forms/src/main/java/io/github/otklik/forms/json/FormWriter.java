package io.github.otklik.forms.json;

import com.fasterxml.jackson.core.JsonGenerator;
import io.github.otklik.core.process.ProcessType;
import io.github.otklik.core.response.AnswerValue;
import io.github.otklik.core.text.LocalizedText;
import io.github.otklik.forms.ChoiceQuestion;
import io.github.otklik.forms.Condition;
import io.github.otklik.forms.Form;
import io.github.otklik.forms.NumberQuestion;
import io.github.otklik.forms.Option;
import io.github.otklik.forms.Question;
import io.github.otklik.forms.ScaleQuestion;
import io.github.otklik.forms.TextQuestion;

import java.io.IOException;
import java.util.Map;

/** Writes a form in the canonical key order of {@code otklik-form/1}. */
final class FormWriter {
    private FormWriter() {
    }

    static void write(Form form, JsonGenerator g) throws IOException {
        g.writeStartObject();
        g.writeStringField("format", Form.FORMAT);
        g.writeStringField("id", form.id());
        g.writeStringField("version", form.version());
        g.writeStringField("audience", form.audience().name());
        g.writeArrayFieldStart("processTypes");
        for (ProcessType t : form.processTypes()) {
            g.writeString(t.name());
        }
        g.writeEndArray();
        text(g, "title", form.title());
        if (form.description().isPresent()) {
            text(g, "description", form.description().get());
        }
        g.writeArrayFieldStart("questions");
        for (Question q : form.questions()) {
            question(g, q);
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void question(JsonGenerator g, Question q) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", q.id());
        g.writeStringField("type", q.type().wireName());
        if (q.required()) {
            g.writeBooleanField("required", true);
        }
        g.writeStringField("role", q.role().wireName());
        if (q.aspect().isPresent()) {
            g.writeStringField("aspect", q.aspect().get());
        }
        if (q.segment().isPresent()) {
            g.writeStringField("segment", q.segment().get());
        }
        text(g, "text", q.text());
        if (q instanceof ScaleQuestion s) {
            g.writeNumberField("min", s.min());
            g.writeNumberField("max", s.max());
            if (s.dontKnow()) {
                g.writeBooleanField("dontKnow", true);
            }
            if (s.explicitSatisfiedFrom().isPresent()) {
                g.writeNumberField("satisfiedFrom", s.explicitSatisfiedFrom().get());
            }
            if (s.explicitDissatisfiedTo().isPresent()) {
                g.writeNumberField("dissatisfiedTo", s.explicitDissatisfiedTo().get());
            }
        } else if (q instanceof NumberQuestion n) {
            if (n.min().isPresent()) {
                g.writeNumberField("min", n.min().get());
            }
            if (n.max().isPresent()) {
                g.writeNumberField("max", n.max().get());
            }
        } else if (q instanceof TextQuestion t && t.maxLength().isPresent()) {
            g.writeNumberField("maxLength", t.maxLength().getAsInt());
        }
        if (q instanceof ChoiceQuestion c) {
            g.writeArrayFieldStart("options");
            for (Option o : c.options()) {
                g.writeStartObject();
                g.writeStringField("value", o.value());
                text(g, "text", o.text());
                if (o.endsSurvey()) {
                    g.writeBooleanField("endsSurvey", true);
                }
                g.writeEndObject();
            }
            g.writeEndArray();
        }
        if (q.visibleIf().isPresent()) {
            g.writeFieldName("visibleIf");
            condition(g, q.visibleIf().get());
        }
        g.writeEndObject();
    }

    private static void text(JsonGenerator g, String field, LocalizedText t) throws IOException {
        g.writeObjectFieldStart(field);
        g.writeStringField("ru", t.ru());
        if (t.en().isPresent()) {
            g.writeStringField("en", t.en().get());
        }
        g.writeEndObject();
    }

    static void condition(JsonGenerator g, Condition c) throws IOException {
        g.writeStartObject();
        if (c instanceof Condition.Equals e) {
            g.writeStringField("question", e.question());
            g.writeFieldName("equals");
            value(g, e.value());
        } else if (c instanceof Condition.In in) {
            g.writeStringField("question", in.question());
            g.writeArrayFieldStart("in");
            for (AnswerValue v : in.values()) {
                value(g, v);
            }
            g.writeEndArray();
        } else if (c instanceof Condition.Answered a) {
            g.writeStringField("question", a.question());
            g.writeBooleanField("answered", a.answered());
        } else if (c instanceof Condition.All a) {
            g.writeArrayFieldStart("all");
            for (Condition x : a.conditions()) {
                condition(g, x);
            }
            g.writeEndArray();
        } else if (c instanceof Condition.Any a) {
            g.writeArrayFieldStart("any");
            for (Condition x : a.conditions()) {
                condition(g, x);
            }
            g.writeEndArray();
        } else if (c instanceof Condition.Not n) {
            g.writeFieldName("not");
            condition(g, n.condition());
        }
        g.writeEndObject();
    }

    static void value(JsonGenerator g, AnswerValue v) throws IOException {
        if (v instanceof AnswerValue.IntegerValue i) {
            g.writeNumber(i.value());
        } else if (v instanceof AnswerValue.DecimalValue d) {
            g.writeNumber(d.value());
        } else if (v instanceof AnswerValue.TextValue t) {
            g.writeString(t.value());
        } else if (v instanceof AnswerValue.BooleanValue b) {
            g.writeBoolean(b.value());
        } else if (v instanceof AnswerValue.ArrayValue a) {
            g.writeStartArray();
            for (AnswerValue x : a.values()) {
                value(g, x);
            }
            g.writeEndArray();
        } else if (v instanceof AnswerValue.ObjectValue o) {
            g.writeStartObject();
            for (Map.Entry<String, AnswerValue> e : o.fields().entrySet()) {
                g.writeFieldName(e.getKey());
                value(g, e.getValue());
            }
            g.writeEndObject();
        } else {
            g.writeNull();
        }
    }
}
