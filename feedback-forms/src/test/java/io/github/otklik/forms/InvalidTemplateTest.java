package io.github.otklik.forms;

import io.github.otklik.core.validation.Violation;
import io.github.otklik.forms.json.FormJson;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/** One test per rule a custom template can break; each names the path and says why. */
class InvalidTemplateTest {
    private static final String HEAD = "{\"format\":\"otklik-form/1\",\"id\":\"AG-7\",\"version\":\"1\",\"audience\":\"EXTERNAL\","
            + "\"processTypes\":[\"SERVICE\"],\"title\":{\"ru\":\"Анкета\"},\"questions\":[";
    private static final String USED = "{\"id\":\"used\",\"type\":\"single\",\"role\":\"screening\",\"text\":{\"ru\":\"Обращались?\"},"
            + "\"options\":[{\"value\":\"yes\",\"text\":{\"ru\":\"Да\"}},{\"value\":\"no\",\"text\":{\"ru\":\"Нет\"},\"endsSurvey\":true}]}";
    private static final String OVERALL = "{\"id\":\"overall\",\"type\":\"scale\",\"min\":1,\"max\":5,\"role\":\"overall\",\"text\":{\"ru\":\"Оценка\"}}";

    static Stream<Arguments> cases() {
        return Stream.of(
                arguments("duplicate question ids", USED + "," + USED, "questions.used.id", "duplicate question id used"),
                arguments("visibleIf pointing forward",
                        "{\"id\":\"a\",\"type\":\"boolean\",\"text\":{\"ru\":\"А\"},\"visibleIf\":{\"question\":\"used\",\"equals\":\"yes\"}}," + USED,
                        "questions.a.visibleIf", "refers to a later question used"),
                arguments("visibleIf to an unknown question",
                        USED + ",{\"id\":\"a\",\"type\":\"boolean\",\"text\":{\"ru\":\"А\"},\"visibleIf\":{\"question\":\"nope\",\"answered\":true}}",
                        "questions.a.visibleIf", "refers to an unknown question \"nope\""),
                arguments("visibleIf on a value the question never has",
                        USED + ",{\"id\":\"a\",\"type\":\"boolean\",\"text\":{\"ru\":\"А\"},\"visibleIf\":{\"question\":\"used\",\"equals\":\"maybe\"}}",
                        "questions.a.visibleIf", "a value it can never have"),
                arguments("overall not a scale",
                        "{\"id\":\"overall\",\"type\":\"single\",\"role\":\"overall\",\"text\":{\"ru\":\"О\"},\"options\":[{\"value\":\"a\",\"text\":{\"ru\":\"а\"}}]}",
                        "questions.overall.type", "the overall question must be a scale"),
                arguments("two overall questions", OVERALL + "," + OVERALL.replace("\"overall\",\"type\"", "\"overall2\",\"type\""),
                        "questions.overall2.role", "at most one overall question"),
                arguments("option without a value",
                        "{\"id\":\"a\",\"type\":\"single\",\"text\":{\"ru\":\"А\"},\"options\":[{\"text\":{\"ru\":\"а\"}}]}",
                        "questions.a.options[0].value", "option without a value"),
                arguments("missing ru text", "{\"id\":\"a\",\"type\":\"boolean\",\"text\":{\"en\":\"A\"}}",
                        "questions.a.text.ru", "Russian text is missing"),
                arguments("malformed code: dot in a question id", "{\"id\":\"a.b\",\"type\":\"boolean\",\"text\":{\"ru\":\"А\"}}",
                        "questions.[0].id", "malformed question id \"a.b\""),
                arguments("malformed code: option value with a space",
                        "{\"id\":\"a\",\"type\":\"multi\",\"text\":{\"ru\":\"А\"},\"options\":[{\"value\":\"x y\",\"text\":{\"ru\":\"а\"}}]}",
                        "questions.a.options[0].value", "malformed option value \"x y\""),
                arguments("malformed aspect code",
                        "{\"id\":\"t\",\"type\":\"scale\",\"min\":1,\"max\":5,\"role\":\"aspect\",\"aspect\":\"wait.time\",\"text\":{\"ru\":\"В\"}}",
                        "questions.t.aspect", "malformed aspect code \"wait.time\""),
                arguments("scale thresholds out of order",
                        "{\"id\":\"t\",\"type\":\"scale\",\"min\":1,\"max\":5,\"satisfiedFrom\":2,\"dissatisfiedTo\":3,\"text\":{\"ru\":\"В\"}}",
                        "questions.t.satisfiedFrom", "scale thresholds out of order"),
                arguments("three-point scale without thresholds",
                        "{\"id\":\"t\",\"type\":\"scale\",\"min\":1,\"max\":3,\"text\":{\"ru\":\"В\"}}",
                        "questions.t.dissatisfiedTo", "must set satisfiedFrom and dissatisfiedTo"),
                arguments("scale max not above min",
                        "{\"id\":\"t\",\"type\":\"scale\",\"min\":5,\"max\":5,\"text\":{\"ru\":\"В\"}}",
                        "questions.t.max", "must be greater than min"),
                arguments("aspect without a code",
                        "{\"id\":\"t\",\"type\":\"scale\",\"min\":1,\"max\":5,\"role\":\"aspect\",\"text\":{\"ru\":\"В\"}}",
                        "questions.t.aspect", "needs an aspect code"),
                arguments("unknown question type", "{\"id\":\"t\",\"type\":\"slider\",\"text\":{\"ru\":\"В\"}}",
                        "questions.t.type", "unknown question type slider"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void rejected(String name, String questions, String path, String message) {
        String json = HEAD + questions + "]}";
        assertThatThrownBy(() -> new FormJson().read(json, "ag7.json"))
                .isInstanceOf(InvalidFormException.class)
                .satisfies(e -> assertThat(((InvalidFormException) e).problems())
                        .anySatisfy(v -> {
                            assertThat(v.path()).isEqualTo(path);
                            assertThat(v.message()).contains(message);
                        }));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void validBaselineIsAccepted(String name, String questions, String path, String message) {
        assertThat(new FormJson().read(HEAD + USED + "," + OVERALL + "]}", "ag7.json").questions()).hasSize(2);
    }

    @org.junit.jupiter.api.Test
    void threePointScaleWithThresholdsIsValid() {
        Form f = new FormJson().read(HEAD + "{\"id\":\"t\",\"type\":\"scale\",\"min\":1,\"max\":3,\"satisfiedFrom\":3,"
                + "\"dissatisfiedTo\":1,\"role\":\"overall\",\"text\":{\"ru\":\"В\"}}]}", "x");
        assertThat(f.overall()).hasValueSatisfying(s -> {
            assertThat(s.satisfiedFrom()).isEqualTo(3);
            assertThat(s.dissatisfiedTo()).isEqualTo(1);
        });
    }

    @org.junit.jupiter.api.Test
    void builderReportsEveryProblemAtOnce() {
        assertThatThrownBy(() -> Form.builder("AG 8").version("1").audience(Audience.INTERNAL).title("Т", "T")
                .question(Question.scale("x").range(3, 1).text("а", "a"))
                .question(Question.bool("x").text("б", "b"))
                .build())
                .isInstanceOf(InvalidFormException.class)
                .satisfies(e -> assertThat(((InvalidFormException) e).problems()).extracting(Violation::path)
                        .containsExactly("id", "questions.x.max", "questions.x.id"));
    }
}
