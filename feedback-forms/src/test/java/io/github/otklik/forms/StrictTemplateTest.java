package io.github.otklik.forms;

import io.github.otklik.core.response.AnswerValue;
import io.github.otklik.core.validation.Violation;
import io.github.otklik.forms.json.FormJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The template reader is strict: unknown fields, wrong types and repeated keys are problems with their paths, all in one run. */
class StrictTemplateTest {
    private static final String HEAD = "{\"format\":\"otklik-form/1\",\"id\":\"AG-7\",\"version\":\"1\",\"audience\":\"EXTERNAL\","
            + "\"title\":{\"ru\":\"Анкета\"},\"questions\":[";
    private static final String OVERALL = "{\"id\":\"overall\",\"type\":\"scale\",\"min\":1,\"max\":5,\"role\":\"overall\",\"text\":{\"ru\":\"Оценка\"}}";

    private static List<Violation> problems(String json) {
        Throwable t = org.assertj.core.api.Assertions.catchThrowable(() -> new FormJson().read(json, "ag7.json"));
        assertThat(t).isInstanceOf(InvalidFormException.class);
        return ((InvalidFormException) t).problems();
    }

    @Test
    void everyProblemOfTheDocumentIsReportedWithItsPath() {
        String json = HEAD + OVERALL + ",{\"id\":\"wait\",\"type\":\"scale\",\"min\":\"1\",\"max\":5,\"options\":[],\"text\":{\"ru\":\"В\"}},"
                + "{\"type\":\"boolean\",\"text\":{\"ru\":\"Б\"}},"
                + "{\"id\":\"c\",\"type\":\"text\",\"maxLenght\":20,\"text\":{\"ru\":\"К\",\"de\":\"K\"}}],\"colour\":\"red\"}";
        assertThat(problems(json)).extracting(Violation::toString).containsExactlyInAnyOrder(
                "colour: unknown field (expected format, id, version, audience, processTypes, title, description, questions)",
                "questions.wait.min: must be an integer, found a string",
                "questions.wait.options: unknown field (expected id, type, required, role, aspect, segment, text, visibleIf, min, max, "
                        + "dontKnow, satisfiedFrom, dissatisfiedTo)",
                "questions[2].id: required field is missing",
                "questions.c.maxLenght: unknown field (expected id, type, required, role, aspect, segment, text, visibleIf, maxLength)",
                "questions.c.text.de: unknown field (expected ru, en)");
    }

    @Test
    void aRepeatedKeyIsAProblemNotALastOneWins() {
        List<Violation> problems = problems(HEAD + "{\"id\":\"overall\",\"id\":\"other\",\"type\":\"scale\",\"min\":1,\"max\":5,"
                + "\"role\":\"overall\",\"text\":{\"ru\":\"О\"}}]}");
        assertThat(problems).hasSize(1);
        assertThat(problems.get(0).path()).isEqualTo("questions[0].id"); // the document is not read further, so the id is not known
        assertThat(problems.get(0).message()).startsWith("repeated key (line 1, column ");
    }

    @Test
    void malformedJsonAndAWrongRootAreProblemsOfTheDocument() {
        assertThat(problems("{\"format\":")).singleElement().satisfies(v -> assertThat(v.path()).isEqualTo("format"));
        assertThat(problems("[1]")).singleElement().satisfies(v -> assertThat(v.message()).contains("must be an object"));
    }

    @Test
    void conditionsKeepTheJsonTypeOfTheirValuesAndTheirShape() {
        String used = "{\"id\":\"n\",\"type\":\"number\",\"min\":0,\"max\":10.5,\"text\":{\"ru\":\"Ч\"}}";
        Form f = new FormJson().read(HEAD + used + ",{\"id\":\"a\",\"type\":\"boolean\",\"text\":{\"ru\":\"А\"},"
                + "\"visibleIf\":{\"any\":[{\"question\":\"n\",\"equals\":4},{\"question\":\"n\",\"in\":[4.0,7]}]}}]}", "x.json");
        Condition c = f.questions().get(1).visibleIf().orElseThrow();
        assertThat(c).isEqualTo(new Condition.Any(List.of(new Condition.Equals("n", new AnswerValue.IntegerValue(4)),
                new Condition.In("n", List.of(new AnswerValue.DecimalValue(new BigDecimal("4.0")), new AnswerValue.IntegerValue(7))))));
        assertThat(problems(HEAD + used + ",{\"id\":\"a\",\"type\":\"boolean\",\"text\":{\"ru\":\"А\"},"
                + "\"visibleIf\":{\"question\":\"n\",\"equals\":4,\"answered\":true}}]}"))
                .extracting(Violation::toString).containsExactly("questions.a.visibleIf.answered: unknown field (expected question, equals)");
    }

    @Test
    void theStandardTemplatesReadBackFromTheirOwnJson() {
        FormJson json = new FormJson();
        for (Form f : FormCatalog.standard().forms()) {
            assertThat(json.read(json.write(f), f.id() + ".json")).isEqualTo(f);
        }
    }

    @Test
    void aDirectoryNamesTheFileAndTheField(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("ag7.json"), HEAD + OVERALL.replace("\"min\":1", "\"min\":1,\"mni\":1") + "]}", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> FormCatalog.builder().standard().directory(dir))
                .isInstanceOf(InvalidFormException.class)
                .hasMessageStartingWith("invalid form ag7.json: questions.overall.mni: unknown field");
    }
}
