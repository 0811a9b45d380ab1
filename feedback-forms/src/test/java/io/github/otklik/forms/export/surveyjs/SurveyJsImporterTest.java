package io.github.otklik.forms.export.surveyjs;

import io.github.otklik.forms.ResponseContext;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.otklik.core.channel.Channel;
import io.github.otklik.core.client.Client;
import io.github.otklik.core.client.ClientCategory;
import io.github.otklik.core.client.ClientKind;
import io.github.otklik.core.response.AnswerValue;
import io.github.otklik.core.response.SurveyResponse;
import io.github.otklik.core.validation.Violation;
import io.github.otklik.forms.Form;
import io.github.otklik.forms.FormCatalog;
import io.github.otklik.forms.validation.ResponseValidator;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import static io.github.otklik.core.response.AnswerValue.of;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SurveyJsImporterTest {
    private static final FormCatalog STANDARD = FormCatalog.standard();
    private static final Form EXT1 = STANDARD.find("EXT-1", "1").orElseThrow();
    private static final Form INT1 = STANDARD.find("INT-1", "1").orElseThrow();
    private static final ResponseValidator VALIDATOR = new ResponseValidator(STANDARD);
    private static final Instant AT = Instant.parse("2025-03-31T21:30:00Z");
    private final SurveyJsImporter importer = new SurveyJsImporter();

    private static SurveyResponse.Builder ext1(String id) {
        return SurveyResponse.builder(id).form("EXT-1", "1").submittedAt(AT).agency("minsoc").process("svc-042")
                .channel(Channel.OFFICIAL_SITE).client(Client.of(ClientKind.EXTERNAL, ClientCategory.CITIZEN));
    }

    private static SurveyResponse.Builder int1(String id) {
        return SurveyResponse.builder(id).form("INT-1", "1").submittedAt(AT).agency("minsoc")
                .channel(Channel.INTRANET).client(Client.of(ClientKind.INTERNAL)).anonymous(true);
    }

    static List<SurveyResponse> validResponses() {
        return List.of(
                ext1("e-full").answer("used", of("yes")).answer("result-obtained", of("yes")).answer("visits", of("1"))
                        .answer("overall", of(2)).answer("result-time", of("dk")).answer("waiting-time", of(3))
                        .answer("staff", of(5)).answer("premises", of(4)).answer("information", of("dk"))
                        .answer("e-service", of(1))
                        .answer("problems", AnswerValue.ofStrings(List.of("queue", "missed-deadline", "other")))
                        .answer("category", of("CITIZEN")).answer("channel", of("EPGU"))
                        .answer("comment", of("Очередь — 2 часа; «талон» не работал.\nO'Brien said \"\\\" 😀")).build(),
                ext1("e-no").answer("used", of("no")).build(),
                ext1("e-cant-say").anonymous(false).answer("used", of("cant-say")).build(),
                ext1("e-dk").answer("used", of("yes")).answer("overall", of("dk")).answer("visits", of("3-plus"))
                        .answer("category", of("LEGAL_ENTITY")).answer("channel", of("MFC")).build(),
                int1("i-low").answer("overall", of(1)).answer("equipment", of(2)).answer("career", of("dk"))
                        .answer("law-making", of(5))
                        .answer("problems", AnswerValue.ofStrings(List.of("workload", "outdated-equipment")))
                        .answer("tenure", of("1-3")).answer("comment", of("Мало принтеров")).build(),
                int1("i-high").answer("overall", of(5)).answer("tenure", of("gt-10")).build(),
                int1("i-dk").answer("overall", of("dk")).answer("hr-requests", of(3)).build());
    }

    @Test
    void roundTripGivesTheOriginalValidResponse() {
        for (SurveyResponse original : validResponses()) {
            Form form = original.form().equals("EXT-1") ? EXT1 : INT1;
            assertThat(VALIDATOR.check(original)).as(original.id() + " is valid to begin with").isEmpty();
            ObjectNode data = SurveyData.toSurveyData(original);
            SurveyResponse imported = importer.toResponse(form, data, SurveyData.contextOf(original));
            assertThat(imported).as(original.id()).isEqualTo(original);
            assertThat(VALIDATOR.check(imported)).as(original.id()).isEmpty();
            SurveyResponse fromText = importer.toResponse(form, data.toString(), SurveyData.contextOf(original));
            assertThat(fromText).as(original.id() + " from JSON text").isEqualTo(original);
        }
    }

    @Test
    void answersComeInFormOrderThenUnknownKeys() {
        SurveyResponse r = importer.toResponse(EXT1, "{\"x-Comment\":\"?\",\"overall\":4,\"used\":\"yes\"}", SurveyData.contextOf(ext1("r").build()));
        assertThat(r.answers().keySet()).containsExactly("used", "overall", "x-Comment");
    }

    @Test
    void ratingValuesMayComeAsNumbersOrNumericStrings() {
        SurveyResponse r = importer.toResponse(EXT1, "{\"used\":\"yes\",\"overall\":\"4\",\"staff\":5.0,\"premises\":\"dk\","
                + "\"information\":3.5,\"e-service\":\"4.0\",\"result-time\":\"-1\"}", SurveyData.contextOf(ext1("r").build()));
        assertThat(r.answers().get("overall")).isEqualTo(of(4));
        assertThat(r.answers().get("staff")).as("5.0 is the JavaScript number 5").isEqualTo(of(5));
        assertThat(r.answers().get("premises")).isEqualTo(of("dk"));
        assertThat(r.answers().get("information")).isEqualTo(new AnswerValue.DecimalValue(new BigDecimal("3.5")));
        assertThat(r.answers().get("e-service")).isEqualTo(of("4.0"));
        assertThat(r.answers().get("result-time")).isEqualTo(of(-1));
        assertThat(VALIDATOR.check(r)).extracting(Violation::path)
                .containsExactly("answers.result-time", "answers.information", "answers.e-service");
    }

    @Test
    void choiceAndTextAndBooleanAndNumberValues() {
        Form form = SurveyJsExpressionsTest.ALL_TYPES;
        ResponseContext ctx = ResponseContext.builder("r-9").submittedAt(AT).agency("minsoc").process("svc-1")
                .channel(Channel.EPGU).client(Client.of(ClientKind.EXTERNAL)).build();
        SurveyResponse r = importer.toResponse(form, "{\"used\":1,\"problems\":[\"docs\",\"queue\"],\"overall\":3,"
                + "\"agreed\":false,\"name\":\"Анна\",\"age\":2.50,\"comment\":\"x\"}", ctx);
        assertThat(r.answers().get("used")).as("a number that is an option value").isEqualTo(of("1"));
        assertThat(r.answers().get("problems")).as("click order kept").isEqualTo(AnswerValue.ofStrings(List.of("docs", "queue")));
        assertThat(r.answers().get("agreed")).isEqualTo(of(false));
        assertThat(r.answers().get("name")).isEqualTo(of("Анна"));
        assertThat(r.answers().get("age")).as("a JavaScript number has no scale")
                .isEqualTo(new AnswerValue.DecimalValue(new BigDecimal("2.5")));
        assertThat(importer.toResponse(form, (ObjectNode) new ObjectMapper().createObjectNode()
                .set("age", DecimalNode.valueOf(new BigDecimal("2.50"))), ctx)
                .answers().get("age")).isEqualTo(new AnswerValue.DecimalValue(new BigDecimal("2.5")));
        assertThat(r.process()).contains("svc-1");
        assertThat(r.anonymous()).isTrue();
        assertThat(VALIDATOR.check(form, r)).isEmpty();

        assertThat(importer.toResponse(form, "{\"age\":3.0}", ctx).answers().get("age")).isEqualTo(of(3));
        assertThat(importer.toResponse(form, "{\"age\":\"-0.25\"}", ctx).answers().get("age"))
                .isEqualTo(new AnswerValue.DecimalValue(new BigDecimal("-0.25")));
        assertThat(importer.toResponse(form, "{\"age\":\"12\"}", ctx).answers().get("age")).isEqualTo(of(12));
        assertThat(importer.toResponse(form, "{\"age\":\"1e3\"}", ctx).answers().get("age")).isEqualTo(of("1e3"));
        assertThat(importer.toResponse(form, "{\"age\":123456789012345678901234567890}", ctx).answers().get("age"))
                .isEqualTo(new AnswerValue.DecimalValue(new BigDecimal("123456789012345678901234567890")));
        assertThat(importer.toResponse(form, "{\"age\":1e999999999}", ctx).answers().get("age")).as("kept, not expanded")
                .isEqualTo(new AnswerValue.DecimalValue(new BigDecimal("1e999999999")));
        assertThat(importer.toResponse(form, "{\"used\":2}", ctx).answers().get("used")).as("not an option: kept a number")
                .isEqualTo(of(2));
    }

    @Test
    void keysOutsideTheFormAndWrongTypesAreKeptForTheValidatorToReject() {
        SurveyResponse r = importer.toResponse(EXT1, "{\"used\":\"yes\",\"overall\":4,\"problems-Comment\":\"долго\","
                + "\"category\":null,\"channel\":[\"EPGU\"],\"comment\":42,\"extra\":{\"a\":[true]}}", SurveyData.contextOf(ext1("r").build()));
        assertThat(r.answers()).containsEntry("problems-Comment", of("долго"))
                .containsEntry("category", AnswerValue.NullValue.INSTANCE)
                .containsEntry("channel", AnswerValue.ofStrings(List.of("EPGU")))
                .containsEntry("comment", of(42));
        assertThat(VALIDATOR.check(r)).extracting(Violation::path).containsExactly(
                "answers.problems-Comment", "answers.extra", "answers.category", "answers.channel", "answers.comment");
    }

    @Test
    void hiddenOrEndedAnswersSurviveImportAndAreRejected() {
        SurveyResponse r = importer.toResponse(EXT1, "{\"used\":\"no\",\"staff\":4}", SurveyData.contextOf(ext1("r").build()));
        assertThat(VALIDATOR.check(r)).extracting(Violation::message)
                .containsExactly("answered after the survey ended at question used");
    }

    @Test
    void contextFieldsAreCarriedOver() {
        ResponseContext ctx = ResponseContext.builder("int-7").submittedAt(AT).agency("minfin").channel(Channel.INTRANET)
                .client(Client.of(ClientKind.INTERNAL, ClientCategory.EMPLOYEE)).anonymous(false).build();
        SurveyResponse r = importer.toResponse(INT1, "{\"overall\":5}", ctx);
        assertThat(r.id()).isEqualTo("int-7");
        assertThat(r.form()).isEqualTo("INT-1");
        assertThat(r.formVersion()).isEqualTo("1");
        assertThat(r.submittedAt()).isEqualTo(AT);
        assertThat(r.agency()).isEqualTo("minfin");
        assertThat(r.process()).isEmpty();
        assertThat(r.channel()).isEqualTo(Channel.INTRANET);
        assertThat(r.client()).isEqualTo(Client.of(ClientKind.INTERNAL, ClientCategory.EMPLOYEE));
        assertThat(r.anonymous()).isFalse();
        assertThat(r.respondent()).isEmpty();
        assertThat(VALIDATOR.check(r)).isEmpty();
        assertThat(VALIDATOR.check(importer.toResponse(EXT1, "{\"used\":\"no\"}", ctx)))
                .extracting(Violation::path).containsExactly("process");
    }

    @Test
    void rejectsDataThatIsNotAJsonObject() {
        ResponseContext ctx = SurveyData.contextOf(ext1("r").build());
        assertThatThrownBy(() -> importer.toResponse(EXT1, "[1]", ctx)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("object");
        assertThatThrownBy(() -> importer.toResponse(EXT1, "{\"used\":", ctx)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("malformed");
        assertThatThrownBy(() -> importer.toResponse(EXT1, "{\"used\":\"yes\",\"used\":\"no\"}", ctx))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("used");
        assertThatThrownBy(() -> importer.toResponse(EXT1, "", ctx)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> importer.toResponse(EXT1, new ObjectMapper().nullNode(), ctx))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
