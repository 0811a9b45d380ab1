package io.github.otklik.forms.export.surveyjs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.otklik.core.process.ProcessType;
import io.github.otklik.core.text.LocalizedText;
import io.github.otklik.forms.Audience;
import io.github.otklik.forms.BooleanQuestion;
import io.github.otklik.forms.ChoiceQuestion;
import io.github.otklik.forms.Form;
import io.github.otklik.forms.FormCatalog;
import io.github.otklik.forms.Option;
import io.github.otklik.forms.Question;
import io.github.otklik.forms.ScaleQuestion;
import io.github.otklik.forms.TextQuestion;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SurveyJsExporterTest {
    private static final FormCatalog STANDARD = FormCatalog.standard();
    private static final Path GOLDEN = Path.of("src/test/resources/golden");
    private static final ObjectMapper JSON = new ObjectMapper();
    private final SurveyJsExporter exporter = new SurveyJsExporter();

    /** Byte-for-byte; regenerate with {@code -Dotklik.updateGolden=true} and review the diff. */
    @ParameterizedTest
    @ValueSource(strings = {"EXT-1", "INT-1"})
    void matchesTheGoldenFile(String id) throws Exception {
        String exported = exporter.export(STANDARD.find(id, "1").orElseThrow());
        Path golden = GOLDEN.resolve(id + ".surveyjs.json");
        if (Boolean.getBoolean("otklik.updateGolden")) {
            Files.createDirectories(GOLDEN);
            Files.writeString(golden, exported, StandardCharsets.UTF_8);
        }
        assertThat(exported).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
    }

    @Test
    void everyStandardTemplateHasOneElementPerQuestionInOrderWithTheSpecifiedType() throws Exception {
        for (Form form : STANDARD.forms()) {
            String text = exporter.export(form);
            assertThat(exporter.export(form)).as("deterministic").isEqualTo(text);
            assertThat(text).endsWith("}\n").doesNotContain("\r");
            JsonNode survey = JSON.readTree(text);
            assertThat(survey.path("locale").asText()).isEqualTo("ru");
            assertLocalized(survey.get("title"), form.title());
            assertLocalized(survey.get("description"), form.description().orElseThrow());
            assertThat(survey.get("pages")).hasSize(1);
            JsonNode elements = survey.get("pages").get(0).get("elements");
            List<String> names = new ArrayList<>();
            elements.forEach(e -> names.add(e.get("name").asText()));
            assertThat(names).as(form.id()).containsExactlyElementsOf(form.questions().stream().map(Question::id).toList());
            for (int i = 0; i < form.questions().size(); i++) {
                assertElement(form, form.questions().get(i), elements.get(i));
            }
            List<String> triggers = new ArrayList<>();
            survey.path("triggers").forEach(t -> {
                assertThat(t.get("type").asText()).isEqualTo("complete");
                triggers.add(t.get("expression").asText());
            });
            boolean screening = form.questions().get(0) instanceof ChoiceQuestion c && c.options().stream().anyMatch(Option::endsSurvey);
            assertThat(triggers).as(form.id()).isEqualTo(screening ? List.of("{used} anyof ['no', 'cant-say']") : List.of());
        }
    }

    private static void assertElement(Form form, Question q, JsonNode e) {
        String what = form.id() + " " + q.id();
        assertLocalized(e.get("title"), q.text());
        assertThat(e.path("isRequired").asBoolean(false)).as(what).isEqualTo(q.required());
        if (q instanceof ChoiceQuestion c) {
            assertThat(e.get("type").asText()).as(what).isEqualTo(c.multiple() ? "checkbox" : "radiogroup");
            assertThat(e.get("choices")).hasSize(c.options().size());
            for (int k = 0; k < c.options().size(); k++) {
                assertThat(e.get("choices").get(k).get("value").asText()).isEqualTo(c.options().get(k).value());
                assertLocalized(e.get("choices").get(k).get("text"), c.options().get(k).text());
            }
        } else if (q instanceof ScaleQuestion s) {
            assertThat(e.get("type").asText()).as(what).isEqualTo("rating");
            assertThat(s.dontKnow()).isTrue(); // every standard scale offers "difficult to answer"
            JsonNode values = e.get("rateValues");
            assertThat(values).hasSize(s.max() - s.min() + 2);
            for (int v = s.min(); v <= s.max(); v++) {
                assertThat(values.get(v - s.min()).isInt()).isTrue();
                assertThat(values.get(v - s.min()).asInt()).isEqualTo(v);
            }
            JsonNode dk = values.get(values.size() - 1);
            assertThat(dk.get("value").asText()).isEqualTo("dk");
            assertThat(dk.get("text").get("ru").asText()).isEqualTo("Затрудняюсь ответить");
        } else if (q instanceof TextQuestion t) {
            assertThat(e.get("type").asText()).as(what).isEqualTo(t.maxLength().getAsInt() <= 200 ? "text" : "comment");
            assertThat(e.get("maxLength").asInt()).isEqualTo(t.maxLength().getAsInt());
        } else if (q instanceof BooleanQuestion) {
            assertThat(e.get("type").asText()).as(what).isEqualTo("boolean");
        } else {
            throw new AssertionError("no standard template has a number question: " + what);
        }
        boolean afterScreening = form.indexOf(q.id()) > 0 && form.question("used").isPresent();
        if (q.visibleIf().isPresent() || afterScreening) {
            assertThat(e.get("visibleIf").asText()).as(what).isNotBlank();
        } else {
            assertThat(e.has("visibleIf")).as(what).isFalse();
        }
        if (afterScreening) {
            assertThat(e.get("visibleIf").asText()).as(what).endsWith("!({used} anyof ['no', 'cant-say'])");
        }
    }

    private static void assertLocalized(JsonNode node, LocalizedText text) {
        assertThat(node.size()).isEqualTo(2);
        assertThat(node.get("default").asText()).isEqualTo(text.en().orElseThrow());
        assertThat(node.get("ru").asText()).isEqualTo(text.ru());
    }

    @Test
    void mapsEveryQuestionTypeOfACustomForm() throws Exception {
        Form form = Form.builder("AG-7").version("2").audience(Audience.INTERNAL).processTypes(ProcessType.INTERNAL)
                .title(LocalizedText.of("Только по-русски"))
                .question(Question.scale("nps").range(0, 10).required().text("Порекомендуете?", "Recommend?"))
                .question(Question.scale("wide").range(1, 21).text(LocalizedText.of("Широкая шкала")))
                .question(Question.scale("three").range(1, 3).satisfiedFrom(3).dissatisfiedTo(1).dontKnow().text("Три", "Three"))
                .question(Question.bool("agree").text("Согласны?", "Agree?"))
                .question(Question.text("short").maxLength(200).text("Коротко", "Short"))
                .question(Question.text("long").maxLength(201).text("Подробно", "In detail"))
                .question(Question.text("free").text("Свободно", "Freely"))
                .question(Question.number("hours").min(new java.math.BigDecimal("0.5")).max(new java.math.BigDecimal("1E+2"))
                        .text("Часы", "Hours"))
                .question(Question.number("any").text("Число", "Number"))
                .question(Question.multi("units").text("Подразделения", "Units").option("hr", "Кадры", "HR")
                        .endingOption("none", "Ни одно", "None"))
                .build();
        JsonNode survey = JSON.readTree(exporter.export(form));
        assertThat(survey.has("description")).isFalse();
        assertThat(survey.get("title").toString()).isEqualTo("{\"default\":\"Только по-русски\",\"ru\":\"Только по-русски\"}");
        JsonNode el = survey.get("pages").get(0).get("elements");
        assertThat(el.get(0).toString()).isEqualTo("{\"type\":\"rating\",\"name\":\"nps\",\"title\":{\"default\":\"Recommend?\","
                + "\"ru\":\"Порекомендуете?\"},\"isRequired\":true,\"rateMin\":0,\"rateMax\":10}");
        assertThat(el.get(1).get("rateValues")).as("21 points: more than SurveyJS generates").hasSize(21);
        assertThat(el.get(1).has("rateMin")).isFalse();
        assertThat(el.get(2).get("rateValues").toString())
                .isEqualTo("[1,2,3,{\"value\":\"dk\",\"text\":{\"default\":\"Can't say\",\"ru\":\"Затрудняюсь ответить\"}}]");
        assertThat(el.get(3).toString()).contains("\"type\":\"boolean\"")
                .contains("\"labelTrue\":{\"default\":\"Yes\",\"ru\":\"Да\"},\"labelFalse\":{\"default\":\"No\",\"ru\":\"Нет\"}");
        assertThat(el.get(4).get("type").asText()).isEqualTo("text");
        assertThat(el.get(4).get("maxLength").asInt()).isEqualTo(200);
        assertThat(el.get(4).has("inputType")).isFalse();
        assertThat(el.get(5).get("type").asText()).isEqualTo("comment");
        assertThat(el.get(5).get("maxLength").asInt()).isEqualTo(201);
        assertThat(el.get(6).get("type").asText()).isEqualTo("comment");
        assertThat(el.get(6).has("maxLength")).isFalse();
        assertThat(el.get(7).toString()).endsWith("\"inputType\":\"number\",\"min\":0.5,\"max\":100}");
        assertThat(el.get(8).toString()).endsWith("\"inputType\":\"number\"}");
        assertThat(survey.get("triggers").toString()).isEqualTo("[{\"type\":\"complete\",\"expression\":\"{units} contains 'none'\"}]");
        assertThat(el.get(9).has("visibleIf")).as("nothing ends before the last question").isFalse();
        assertThat(survey.get("completeText").get("ru").asText()).isEqualTo("Отправить");
        assertThat(survey.get("showQuestionNumbers").asText()).isEqualTo("on");
        assertThat(survey.get("clearInvisibleValues").asText()).isEqualTo("onHidden");
    }

    @Test
    void surveyPropertiesComeInAFixedOrder() throws Exception {
        JsonNode survey = JSON.readTree(exporter.export(STANDARD.find("EXT-1", "1").orElseThrow()));
        List<String> keys = new ArrayList<>();
        survey.fieldNames().forEachRemaining(keys::add);
        assertThat(keys).containsExactly("locale", "title", "description", "showQuestionNumbers", "clearInvisibleValues",
                "completeText", "pages", "triggers");
    }
}
