package io.github.otklik.forms.export.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.github.otklik.core.io.Reject;
import io.github.otklik.core.io.RecordHandler;
import io.github.otklik.core.io.ResponseJsonlReader;
import io.github.otklik.core.process.ProcessType;
import io.github.otklik.core.response.SurveyResponse;
import io.github.otklik.forms.Audience;
import io.github.otklik.forms.ChoiceQuestion;
import io.github.otklik.forms.Form;
import io.github.otklik.forms.FormCatalog;
import io.github.otklik.forms.Question;
import io.github.otklik.forms.QuestionRole;
import io.github.otklik.forms.ScaleQuestion;
import io.github.otklik.forms.TextQuestion;
import io.github.otklik.forms.export.Golden;
import io.github.otklik.forms.validation.ResponseValidator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

class JsonSchemaExporterTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
    private static final JsonSchemaExporter EXPORTER = new JsonSchemaExporter();

    /** A form with a scale that has no "difficult to answer" choice, plus the types the standard forms lack. */
    private static final Form CUSTOM = Form.builder("AG-7").version("2").audience(Audience.INTERNAL)
            .processTypes(ProcessType.INTERNAL)
            .title("Короткая анкета", "Short questionnaire")
            .question(Question.scale("overall").role(QuestionRole.OVERALL).range(1, 5).required()
                    .text("Оцените в целом", "Rate overall"))
            .question(Question.bool("again").text("Обратились бы снова?", "Would you come again?"))
            .question(Question.number("visits").min(BigDecimal.ZERO).max(new BigDecimal("12.5"))
                    .text("Сколько раз?", "How many times?"))
            .question(Question.text("note").maxLength(5).text("Коротко", "Briefly"))
            .build();

    private static final FormCatalog CATALOG = FormCatalog.builder().standard().add(CUSTOM).build();
    private static final Form EXT1 = CATALOG.find("EXT-1", "1").orElseThrow();
    private static final Form INT1 = CATALOG.find("INT-1", "1").orElseThrow();
    private static final Map<Form, JsonSchema> SCHEMAS = schemas();

    private static final String EXT1_BASE = """
            {"id":"r-1","form":"EXT-1","formVersion":"1","submittedAt":"2025-03-31T21:30:00Z",
             "agency":"minsoc","process":"svc-042","channel":"EPGU",
             "client":{"kind":"EXTERNAL","category":"CITIZEN"},"anonymous":true,
             "answers":{"used":"yes","overall":2,"result-time":"dk","problems":["queue","too-many-documents"],
                        "category":"CITIZEN","channel":"EPGU","comment":"Долго ждал в очереди"}}""";

    private static final String INT1_BASE = """
            {"id":"i-1","form":"INT-1","formVersion":"1","submittedAt":"2025-03-31T09:00:00+03:00",
             "agency":"minsoc","channel":"INTRANET","client":{"kind":"INTERNAL","category":"EMPLOYEE"},
             "answers":{"overall":3,"equipment":1,"career":"dk","problems":["workload","other"],"tenure":"1-3"}}""";

    private static final String CUSTOM_BASE = """
            {"id":"c-1","form":"AG-7","formVersion":"2","submittedAt":"2025-03-31T09:00:00.123-05:30",
             "agency":"minsoc","channel":"PAPER","client":{"kind":"INTERNAL"},
             "answers":{"overall":5,"again":true,"visits":12.5,"note":"ёжик"}}""";

    // ------------------------------------------------------------------ golden files

    @Test
    void ext1SchemaMatchesGoldenFile() throws Exception {
        Golden.assertMatches("EXT-1.schema.json", EXPORTER.export(EXT1));
    }

    @Test
    void int1SchemaMatchesGoldenFile() throws Exception {
        Golden.assertMatches("INT-1.schema.json", EXPORTER.export(INT1));
    }

    // ------------------------------------------------------------------ shape

    @Test
    void schemaIsValidDraft202012() throws Exception {
        JsonSchema meta = FACTORY.getSchema(SchemaLocation.of(JsonSchemaExporter.DIALECT));
        for (Form f : CATALOG.forms()) {
            JsonNode schema = JSON.readTree(EXPORTER.export(f));
            assertThat(meta.validate(schema)).as(f.key()).isEmpty();
            assertThat(schema.get("$schema").asText()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
            assertThat(schema.get("$id").asText()).isEqualTo("urn:otklik:form:" + f.id() + ":" + f.version() + ":response");
        }
    }

    @Test
    void processIsRequiredOnlyForExternalForms() throws Exception {
        assertThat(required(EXT1)).containsExactly("id", "form", "formVersion", "submittedAt", "agency", "channel", "client", "process");
        assertThat(required(INT1)).containsExactly("id", "form", "formVersion", "submittedAt", "agency", "channel", "client");
    }

    @Test
    void answersHaveOnePropertyPerQuestionInFormOrderWithRussianTitleAndEnglishDescription() throws Exception {
        for (Form f : CATALOG.forms()) {
            JsonNode answers = JSON.readTree(EXPORTER.export(f)).at("/properties/answers");
            assertThat(answers.get("additionalProperties").asBoolean(true)).isFalse();
            List<String> ids = new ArrayList<>();
            answers.get("properties").fieldNames().forEachRemaining(ids::add);
            assertThat(ids).as(f.key()).containsExactlyElementsOf(f.questions().stream().map(Question::id).toList());
            for (Question q : f.questions()) {
                JsonNode p = answers.get("properties").get(q.id());
                assertThat(p.get("title").asText()).isEqualTo(q.text().ru());
                assertThat(p.get("description").asText()).isEqualTo(q.text().en().orElseThrow());
            }
        }
    }

    @Test
    void annotatesRequiredWhenVisibleAndSkipLogic() throws Exception {
        JsonNode schema = JSON.readTree(EXPORTER.export(EXT1));
        assertThat(schema.get("x-otklik-required-when-visible")).extracting(JsonNode::asText).containsExactly("used", "overall");
        assertThat(schema.at("/properties/answers/properties/overall/x-otklik-visible-if"))
                .isEqualTo(JSON.readTree("{\"question\":\"used\",\"equals\":\"yes\"}"));
        assertThat(schema.at("/properties/answers/properties/used/x-otklik-ends-survey"))
                .extracting(JsonNode::asText).containsExactly("no", "cant-say");
        assertThat(schema.get("description").asText()).contains("skip logic").contains("visibleIf").contains("endsSurvey")
                .contains("otklik validate");
    }

    @Test
    void outputIsPrettyPrintedWithTwoSpacesLfAndFinalNewline() {
        String text = EXPORTER.export(EXT1);
        assertThat(text).startsWith("{\n  \"$schema\": \"https://json-schema.org/draft/2020-12/schema\",\n")
                .endsWith("}\n").doesNotContain("\r").doesNotContain("\t");
        assertThat(EXPORTER.export(EXT1)).isEqualTo(text);
    }

    @Test
    void numberBoundsAreWrittenPlain() throws Exception {
        JsonNode visits = JSON.readTree(EXPORTER.export(CUSTOM)).at("/properties/answers/properties/visits");
        assertThat(visits.toString()).contains("\"minimum\":0").contains("\"maximum\":12.5");
        JsonNode overall = JSON.readTree(EXPORTER.export(CUSTOM)).at("/properties/answers/properties/overall/oneOf");
        assertThat(overall).hasSize(1);
    }

    // ------------------------------------------------------------------ valid responses pass (schema and validator)

    @Test
    void handWrittenValidResponsesPassTheSchemaAndTheValidator() throws Exception {
        List<Line> valid = List.of(
                new Line(EXT1, EXT1_BASE),
                // screened out, offset, no category, not anonymous, with respondent data
                """
                {"id":"r-2","form":"EXT-1","formVersion":"1","submittedAt":"2025-04-01T01:30:00+04:00",
                 "agency":"minsoc","process":"svc.042:a","channel":"MFC","client":{"kind":"EXTERNAL"},"anonymous":false,
                 "respondent":{"name":"Иван Петров","phone":"+7 900 000-00-00"},"answers":{"used":"no"}}""".transform(j -> new Line(EXT1, j)),
                // minutes only, every aspect rated, satisfied (problems hidden), unknown extra field ignored
                """
                {"id":"r-3","form":"EXT-1","formVersion":"1","submittedAt":"2025-04-01T01:30+03:00",
                 "agency":"minsoc","process":"svc-042","channel":"PAPER","client":{"kind":"EXTERNAL","category":"LEGAL_ENTITY"},
                 "source":"scan-17","answers":{"used":"yes","result-obtained":"yes","visits":"3-plus","overall":5,
                 "result-time":5,"waiting-time":4,"staff":1,"premises":"dk","information":3,"e-service":2}}""".transform(j -> new Line(EXT1, j)),
                // a comment of exactly 2000 code points (4000 UTF-16 units): maxLength counts code points
                ext1(r -> answers(r).put("comment", "😀".repeat(2000))),
                new Line(INT1, INT1_BASE),
                """
                {"id":"i-2","form":"INT-1","formVersion":"1","submittedAt":"2025-12-31T23:59:59.999999Z",
                 "agency":"minsoc","channel":"INFORMATION_SYSTEM","client":{"kind":"INTERNAL"},"answers":{"overall":"dk"}}""".transform(j -> new Line(INT1, j)),
                new Line(CUSTOM, CUSTOM_BASE),
                custom(r -> answers(r).put("visits", 0)));
        for (Line line : valid) {
            assertThat(schemaErrors(line)).as(line.json()).isEmpty();
            assertThat(otklikAccepts(line)).as(line.json()).isTrue();
        }
    }

    @Test
    void everyStandardFormAcceptsAResponseAnsweringEveryQuestion() throws Exception {
        for (Form f : FormCatalog.standard().forms()) {
            ObjectNode r = (ObjectNode) JSON.readTree(f.audience() == Audience.EXTERNAL ? EXT1_BASE : INT1_BASE);
            r.put("form", f.id()).put("formVersion", f.version());
            ObjectNode answers = r.putObject("answers");
            for (Question q : f.questions()) {
                if (q instanceof ScaleQuestion s) {
                    answers.put(q.id(), s.max());
                } else if (q instanceof ChoiceQuestion c && c.multiple()) {
                    answers.putArray(q.id()).add(c.options().get(0).value()).add(c.options().get(1).value());
                } else if (q instanceof ChoiceQuestion c) {
                    answers.put(q.id(), c.options().get(0).value());
                } else if (q instanceof TextQuestion) {
                    answers.put(q.id(), "текст");
                } else {
                    answers.put(q.id(), true);
                }
            }
            assertThat(schemaErrors(new Line(f, r.toString()))).as(f.key()).isEmpty();
        }
    }

    // ------------------------------------------------------------------ invalid responses fail (schema and validator)

    @Test
    void outOfRangeScaleFails() {
        assertRejected(ext1(r -> answers(r).put("overall", 7)));
        assertRejected(ext1(r -> answers(r).put("overall", 0)));
        assertRejected(int1(r -> answers(r).put("equipment", -1)));
        assertRejected(ext1(r -> answers(r).put("overall", 3.5)));
    }

    @Test
    void dontKnowOnAScaleWithoutDontKnowFails() {
        assertRejected(custom(r -> answers(r).put("overall", "dk")));
    }

    @Test
    void unknownOptionFails() {
        assertRejected(ext1(r -> answers(r).put("used", "maybe")));
        assertRejected(ext1(r -> answers(r).putArray("problems").add("queue").add("aliens")));
        assertRejected(int1(r -> answers(r).put("tenure", "LT-1")));
    }

    @Test
    void malformedMultiChoiceFails() {
        assertRejected(ext1(r -> answers(r).putArray("problems")));
        assertRejected(ext1(r -> answers(r).putArray("problems").add("queue").add("queue")));
        assertRejected(ext1(r -> answers(r).put("problems", "queue")));
    }

    @Test
    void unknownQuestionFails() {
        assertRejected(ext1(r -> answers(r).put("favourite-colour", "blue")));
        assertRejected(int1(r -> answers(r).put("Overall", 3)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"id", "form", "formVersion", "submittedAt", "agency", "process", "channel", "client"})
    void missingRequiredFieldFails(String field) {
        assertRejected(ext1(r -> r.remove(field)));
    }

    @Test
    void missingClientKindFails() {
        assertRejected(ext1(r -> ((ObjectNode) r.get("client")).remove("kind")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2025-03-31T21:30:00", "2025-03-31T21:30", "2025-03-31 21:30:00Z", "2025-03-31", "2025-03-31T21:30:00+0400"})
    void timestampWithoutOffsetOrMalformedFails(String timestamp) {
        assertRejected(ext1(r -> r.put("submittedAt", timestamp)));
    }

    @Test
    void clientKindAndCategoryMustAgree() {
        assertRejected(int1(r -> ((ObjectNode) r.get("client")).put("category", "CITIZEN")));
        assertRejected(ext1(r -> ((ObjectNode) r.get("client")).put("category", "EMPLOYEE")));
        assertRejected(ext1(r -> ((ObjectNode) r.get("client")).put("kind", "ROBOT")));
    }

    @Test
    void otherMalformedFieldsFail() {
        assertRejected(ext1(r -> r.put("id", "r 1")));
        assertRejected(ext1(r -> r.put("agency", ".minsoc")));
        assertRejected(ext1(r -> r.put("channel", "FAX")));
        assertRejected(ext1(r -> r.put("formVersion", "2")));
        assertRejected(ext1(r -> r.put("anonymous", "yes")));
        assertRejected(ext1(r -> answers(r).putNull("overall")));
        assertRejected(ext1(r -> answers(r).put("comment", "😀".repeat(2001))));
        assertRejected(custom(r -> answers(r).put("again", "true")));
        assertRejected(custom(r -> answers(r).put("visits", 12.6)));
        assertRejected(custom(r -> answers(r).put("visits", -1)));
        assertRejected(custom(r -> answers(r).put("note", "шесть!")));
    }

    // ------------------------------------------------------------------ laws and documented gaps

    @Test
    void scaleAnswersPassTheSchemaExactlyWhenTheValidatorAcceptsThem() {
        qt().withExamples(200).forAll(integers().between(-3, 9)).checkAssert(v -> {
            Line line = ext1(r -> {
                answers(r).remove("problems");
                answers(r).put("overall", v);
            });
            assertThat(schemaErrors(line).isEmpty()).as("overall %d", v).isEqualTo(otklikAccepts(line));
        });
    }

    @Test
    void multiChoiceAnswersPassTheSchemaExactlyWhenTheValidatorAcceptsThem() {
        List<String> codes = List.of("queue", "too-many-documents", "other", "aliens", "Queue");
        qt().withExamples(300).forAll(lists().of(integers().between(0, codes.size() - 1)).ofSizeBetween(0, 4)).checkAssert(picks -> {
            Line line = ext1(r -> {
                ArrayNode problems = answers(r).putArray("problems");
                picks.forEach(i -> problems.add(codes.get(i)));
            });
            assertThat(schemaErrors(line).isEmpty()).as("problems %s", picks).isEqualTo(otklikAccepts(line));
        });
    }

    @Test
    void skipLogicIsLeftToTheValidator() throws Exception {
        // Documented gaps: each line passes the schema but the Otklik validator rejects it.
        List<Line> gaps = List.of(
                ext1(r -> answers(r).put("overall", 5)), // problems answered although hidden
                ext1(r -> answers(r).put("used", "no")), // answers after an endsSurvey option
                ext1(r -> answers(r).remove("overall")), // required and visible, unanswered
                ext1(r -> answers(r).put("overall", new BigDecimal("2.0")))); // 2.0 is no integer token
        for (Line line : gaps) {
            assertThat(schemaErrors(line)).as(line.json()).isEmpty();
            assertThat(otklikAccepts(line)).as(line.json()).isFalse();
        }
    }

    // ------------------------------------------------------------------ helpers

    private static Map<Form, JsonSchema> schemas() {
        Map<Form, JsonSchema> out = new HashMap<>();
        for (Form f : CATALOG.forms()) {
            out.put(f, FACTORY.getSchema(EXPORTER.export(f)));
        }
        return out;
    }

    private static List<String> required(Form form) throws Exception {
        List<String> out = new ArrayList<>();
        JSON.readTree(EXPORTER.export(form)).get("required").forEach(n -> out.add(n.asText()));
        return out;
    }

    private static void assertRejected(Line line) {
        assertThat(schemaErrors(line)).as("schema errors for %s", line.json()).isNotEmpty();
        assertThat(otklikAccepts(line)).as("Otklik validator accepts %s", line.json()).isFalse();
    }

    private static Set<ValidationMessage> schemaErrors(Line line) {
        try {
            return SCHEMAS.get(line.form()).validate(JSON.readTree(line.json()));
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static boolean otklikAccepts(Line line) {
        ResponseJsonlReader reader = ResponseJsonlReader.builder().check(new ResponseValidator(CATALOG)).build();
        List<SurveyResponse> accepted = new ArrayList<>();
        byte[] bytes = line.json().replace("\n", "").getBytes(StandardCharsets.UTF_8);
        reader.read(new ByteArrayInputStream(bytes), "test", new RecordHandler<>() {
            @Override
            public void accept(SurveyResponse record, long lineNumber) {
                accepted.add(record);
            }

            @Override
            public void reject(Reject reject) {
            }
        });
        return accepted.size() == 1;
    }

    private static Line ext1(Consumer<ObjectNode> change) {
        return mutate(EXT1, EXT1_BASE, change);
    }

    private static Line int1(Consumer<ObjectNode> change) {
        return mutate(INT1, INT1_BASE, change);
    }

    private static Line custom(Consumer<ObjectNode> change) {
        return mutate(CUSTOM, CUSTOM_BASE, change);
    }

    private static Line mutate(Form form, String base, Consumer<ObjectNode> change) {
        try {
            ObjectNode r = (ObjectNode) JSON.readTree(base);
            change.accept(r);
            return new Line(form, JSON.writeValueAsString(r));
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static ObjectNode answers(ObjectNode response) {
        return (ObjectNode) response.get("answers");
    }

    /** A response line meant for {@code form} (validated against that form's schema, whatever it says). */
    private record Line(Form form, String json) {
    }
}
