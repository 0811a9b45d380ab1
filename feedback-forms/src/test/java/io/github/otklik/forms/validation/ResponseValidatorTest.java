package io.github.otklik.forms.validation;

import io.github.otklik.core.channel.Channel;
import io.github.otklik.core.client.Client;
import io.github.otklik.core.client.ClientKind;
import io.github.otklik.core.response.AnswerValue;
import io.github.otklik.core.response.SurveyResponse;
import io.github.otklik.core.validation.Violation;
import io.github.otklik.forms.FormCatalog;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ResponseValidatorTest {
    private static final ResponseValidator VALIDATOR = new ResponseValidator(FormCatalog.standard());

    private static SurveyResponse.Builder ext1(Map<String, AnswerValue> answers) {
        return SurveyResponse.builder("r-1").form("EXT-1", "1").submittedAt(Instant.parse("2025-03-01T10:00:00Z"))
                .agency("minsoc").process("svc-1").channel(Channel.EPGU).client(Client.of(ClientKind.EXTERNAL)).answers(answers);
    }

    private static List<Violation> check(Map<String, AnswerValue> answers) {
        return VALIDATOR.check(ext1(answers).build());
    }

    private static final AnswerValue YES = AnswerValue.of("yes");

    @Test
    void aTypicalValidResponse() {
        assertThat(check(Map.of("used", YES, "overall", AnswerValue.of(2), "waiting-time", AnswerValue.of("dk"),
                "problems", AnswerValue.ofStrings(List.of("queue", "rude-staff")), "comment", AnswerValue.of("Долго")))).isEmpty();
    }

    @Test
    void screeningNoEndsTheSurvey() {
        assertThat(check(Map.of("used", AnswerValue.of("no")))).isEmpty();
        assertThat(check(Map.of("used", AnswerValue.of("no"), "comment", AnswerValue.of("x"))))
                .containsExactly(new Violation("answers.comment", "answered after the survey ended at question used"));
    }

    @Test
    void requiredVisibleQuestionMustBeAnswered() {
        assertThat(check(Map.of("used", YES))).containsExactly(new Violation("answers.overall", "required question is not answered"));
        assertThat(check(Map.of())).containsExactly(new Violation("answers.used", "required question is not answered"));
    }

    @Test
    void hiddenQuestionMayNotBeAnswered() {
        assertThat(check(Map.of("used", YES, "overall", AnswerValue.of(5), "problems", AnswerValue.ofStrings(List.of("queue")))))
                .containsExactly(new Violation("answers.problems", "answered although hidden (its visibleIf is false)"));
        assertThat(check(Map.of("used", YES, "overall", AnswerValue.of("dk"), "problems", AnswerValue.ofStrings(List.of("queue")))))
                .extracting(Violation::path).containsExactly("answers.problems");
    }

    @Test
    void valueRules() {
        assertThat(check(Map.of("used", YES, "overall", AnswerValue.of(7))))
                .containsExactly(new Violation("answers.overall", "value 7 is outside 1..5"));
        assertThat(check(Map.of("used", YES, "overall", new AnswerValue.DecimalValue(new BigDecimal("4.0")))))
                .containsExactly(new Violation("answers.overall", "expected an integer 1..5 or \"dk\", found decimal 4.0"));
        assertThat(check(Map.of("used", YES, "overall", AnswerValue.NullValue.INSTANCE)).get(0).message()).endsWith("found null");
        assertThat(check(Map.of("used", AnswerValue.of("perhaps"))).get(0))
                .isEqualTo(new Violation("answers.used", "unknown option \"perhaps\""));
        assertThat(check(Map.of("used", YES, "overall", AnswerValue.of(1), "problems", AnswerValue.ofStrings(List.of()))).get(0).message())
                .contains("found an empty array");
        assertThat(check(Map.of("used", YES, "overall", AnswerValue.of(1), "problems", AnswerValue.ofStrings(List.of("queue", "queue")))).get(0).message())
                .isEqualTo("option \"queue\" is chosen twice");
        assertThat(check(Map.of("used", YES, "overall", AnswerValue.of(1), "comment", AnswerValue.of("я".repeat(2001)))).get(0).message())
                .isEqualTo("text is 2001 characters long, the maximum is 2000");
        assertThat(check(Map.of("used", YES, "overall", AnswerValue.of(1), "comment", AnswerValue.of("😀".repeat(2000))))).isEmpty();
    }

    @Test
    void unknownQuestionsAndFormsAndMissingProcess() {
        assertThat(check(Map.of("used", YES, "overall", AnswerValue.of(4), "colour", AnswerValue.of("red"))))
                .containsExactly(new Violation("answers.colour", "unknown question \"colour\" in form EXT-1@1"));
        SurveyResponse unknownForm = ext1(Map.of()).form("EXT-9", "1").build();
        assertThat(VALIDATOR.check(unknownForm)).containsExactly(new Violation("form", "unknown form \"EXT-9\""));
        SurveyResponse unknownVersion = ext1(Map.of()).form("EXT-1", "7").build();
        assertThat(VALIDATOR.check(unknownVersion)).extracting(Violation::path).containsExactly("formVersion");
        SurveyResponse noProcess = SurveyResponse.builder("r-2").form("EXT-1", "1").submittedAt(Instant.EPOCH).agency("a")
                .channel(Channel.EPGU).client(Client.of(ClientKind.EXTERNAL)).answers(Map.of("used", AnswerValue.of("no"))).build();
        assertThat(VALIDATOR.check(noProcess)).containsExactly(new Violation("process", "required for responses to external forms"));
    }

    @Test
    void internalFormsNeedNoProcess() {
        SurveyResponse r = SurveyResponse.builder("r-3").form("INT-1", "1").submittedAt(Instant.EPOCH).agency("a")
                .channel(Channel.INTRANET).client(Client.of(ClientKind.INTERNAL)).answers(Map.of("overall", AnswerValue.of(3))).build();
        assertThat(VALIDATOR.check(r)).isEmpty();
    }

    @Test
    void hugeExponentsAreReportedWithoutExpandingThem() {
        List<Violation> v = check(Map.of("used", YES, "overall", new AnswerValue.DecimalValue(new BigDecimal("1e999999999"))));
        assertThat(v.get(0).message()).isEqualTo("expected an integer 1..5 or \"dk\", found decimal 1E+999999999");
    }
}
