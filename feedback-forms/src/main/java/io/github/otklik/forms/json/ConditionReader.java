package io.github.otklik.forms.json;

import io.github.otklik.core.config.ConfigObject;
import io.github.otklik.core.config.ConfigValue;
import io.github.otklik.core.json.AnswerValueReader;
import io.github.otklik.forms.Condition;

/**
 * Reads a {@code visibleIf} condition of {@code otklik-form/1}: {@code {"question": Q, "equals": V}},
 * {@code {"question": Q, "in": [V…]}}, {@code {"question": Q, "answered": B}}, {@code {"all": [C…]}},
 * {@code {"any": [C…]}} or {@code {"not": C}}; each shape with exactly its own fields. Values
 * are converted by {@link AnswerValueReader}, so their JSON type is kept. Stateless.
 */
final class ConditionReader {
    private ConditionReader() {
    }

    /**
     * The condition {@code value} describes.
     *
     * @param value the condition's JSON
     * @return the condition
     */
    static Condition condition(ConfigValue value) {
        ConfigObject probe = value.asMap();
        if (probe.has("all") || probe.has("any")) {
            String key = probe.has("all") ? "all" : "any";
            ConfigObject o = value.asObject(key);
            var items = o.required(key).asArray().map(ConditionReader::condition);
            return "all".equals(key) ? new Condition.All(items) : new Condition.Any(items);
        }
        if (probe.has("not")) {
            return new Condition.Not(condition(value.asObject("not").required("not")));
        }
        if (probe.has("equals")) {
            ConfigObject o = value.asObject("question", "equals");
            return new Condition.Equals(o.required("question").asString(), AnswerValueReader.read(o.required("equals")));
        }
        if (probe.has("in")) {
            ConfigObject o = value.asObject("question", "in");
            String question = o.required("question").asString();
            return new Condition.In(question, o.required("in").asArray().map(AnswerValueReader::read));
        }
        if (probe.has("answered")) {
            ConfigObject o = value.asObject("question", "answered");
            return new Condition.Answered(o.required("question").asString(), o.required("answered").asBoolean());
        }
        probe.required("question");
        throw value.fail("a condition needs equals, in, answered, all, any or not");
    }
}
