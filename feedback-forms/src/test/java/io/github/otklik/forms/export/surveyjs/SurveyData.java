package io.github.otklik.forms.export.surveyjs;

import io.github.otklik.forms.ResponseContext;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.otklik.core.response.AnswerValue;
import io.github.otklik.core.response.SurveyResponse;

import java.util.Map;

/** Test helpers: an Otklik response in the shape of SurveyJS's {@code survey.data}, and its context. */
final class SurveyData {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private SurveyData() {
    }

    /** The {@code survey.data} object SurveyJS holds for the answers of {@code response}. */
    static ObjectNode toSurveyData(SurveyResponse response) {
        ObjectNode data = NODES.objectNode();
        response.answers().forEach((question, value) -> data.set(question, json(value)));
        return data;
    }

    /** The context that the response's own fields give. */
    static ResponseContext contextOf(SurveyResponse response) {
        ResponseContext.Builder b = ResponseContext.builder(response.id()).submittedAt(response.submittedAt())
                .agency(response.agency()).channel(response.channel()).client(response.client())
                .anonymous(response.anonymous());
        response.process().ifPresent(b::process);
        return b.build();
    }

    static JsonNode json(AnswerValue v) {
        if (v instanceof AnswerValue.IntegerValue i) {
            return NODES.numberNode(i.value());
        } else if (v instanceof AnswerValue.DecimalValue d) {
            return DecimalNode.valueOf(d.value()); // exact: keeps the scale
        } else if (v instanceof AnswerValue.TextValue t) {
            return NODES.textNode(t.value());
        } else if (v instanceof AnswerValue.BooleanValue b) {
            return NODES.booleanNode(b.value());
        } else if (v instanceof AnswerValue.ArrayValue a) {
            ArrayNode array = NODES.arrayNode();
            a.values().forEach(x -> array.add(json(x)));
            return array;
        } else if (v instanceof AnswerValue.ObjectValue o) {
            ObjectNode object = NODES.objectNode();
            for (Map.Entry<String, AnswerValue> e : o.fields().entrySet()) {
                object.set(e.getKey(), json(e.getValue()));
            }
            return object;
        }
        return NODES.nullNode();
    }
}
