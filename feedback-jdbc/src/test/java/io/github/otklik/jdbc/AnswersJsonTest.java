package io.github.otklik.jdbc;

import io.github.otklik.core.response.AnswerValue;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.strings;

class AnswersJsonTest {
    @Test
    void nulAndSurrogatesAreWrittenAsEscapesAndReadBackAsTheyWere() {
        Map<String, AnswerValue> answers = new LinkedHashMap<>();
        answers.put("nul", AnswerValue.of("a\u0000b"));
        answers.put("lone", AnswerValue.of("x\uD800y\uDFFFz"));
        answers.put("emoji", AnswerValue.of("\uD83D\uDE21"));
        answers.put("key \uDBFF", AnswerValue.of("Очередь — 2 часа"));

        String json = AnswersJson.write(answers);

        assertThat(json).contains("a\\u0000b", "x\\ud800y\\udfffz", "\\ud83d\\ude21", "key \\udbff", "Очередь — 2 часа");
        assertThat(Texts.unstorable(json)).as("plain Unicode, no NUL").isEqualTo(-1);
        assertThat(AnswersJson.read(json)).isEqualTo(answers);
    }

    @Test
    void numberTokensAndTypesSurvive() {
        Map<String, AnswerValue> answers = new LinkedHashMap<>();
        answers.put("int", AnswerValue.of(4));
        answers.put("dec", new AnswerValue.DecimalValue(new BigDecimal("4.0")));
        answers.put("multi", AnswerValue.ofStrings(List.of("a", "b")));
        answers.put("bool", AnswerValue.of(false));

        assertThat(AnswersJson.read(AnswersJson.write(answers))).isEqualTo(answers);
    }

    @Test
    void anyStringAtAllIsWrittenAsStorableTextAndReadBackEqual() {
        qt().forAll(strings().allPossible().ofLengthBetween(0, 40), strings().allPossible().ofLengthBetween(0, 40))
                .checkAssert((key, value) -> {
                    Map<String, AnswerValue> m = Map.of(key, AnswerValue.of(value));
                    String json = AnswersJson.write(m);
                    assertThat(Texts.unstorable(json)).isEqualTo(-1);
                    assertThat(AnswersJson.read(json)).isEqualTo(m);
                });
    }
}
