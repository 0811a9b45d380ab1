package io.github.otklik.core.response;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

/** A response's answers behave as the insertion-ordered map they replace, and cannot be changed. */
class AnswerMapTest {
    @Test
    void behavesAsALinkedHashMapThroughRepeatsAndTheHashIndex() {
        qt().withExamples(500).forAll(lists().of(integers().between(0, 40)).ofSizeBetween(0, 60)).checkAssert(picks -> {
            SurveyResponse.Builder b = SurveyResponse.builder("r-1");
            Map<String, AnswerValue> reference = new LinkedHashMap<>();
            for (int i = 0; i < picks.size(); i++) {
                String key = new String("q" + picks.get(i)); // equal keys, other instances
                AnswerValue v = new AnswerValue.IntegerValue(i);
                b.answer(key, v);
                reference.put(key, v);
            }
            Map<String, AnswerValue> answers = build(b).answers();
            assertThat(answers).isEqualTo(reference);
            assertThat(reference).isEqualTo(answers);
            assertThat(answers.hashCode()).isEqualTo(reference.hashCode());
            assertThat(new ArrayList<>(answers.entrySet())).containsExactlyElementsOf(reference.entrySet());
            for (int k = -1; k <= 41; k++) {
                assertThat(answers.get("q" + k)).isEqualTo(reference.get("q" + k));
                assertThat(answers.containsKey("q" + k)).isEqualTo(reference.containsKey("q" + k));
            }
            assertThat(answers.get(null)).isNull();
            assertThat(answers.get(7)).isNull();
        });
    }

    @Test
    void cannotBeChangedAndABuilderAfterBuildChangesOnlyItsCopy() {
        SurveyResponse.Builder b = SurveyResponse.builder("r-1").answer("a", AnswerValue.of(1));
        SurveyResponse first = build(b);
        Map<String, AnswerValue> answers = first.answers();
        assertThatThrownBy(() -> answers.put("b", AnswerValue.of(2))).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> answers.remove("a")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(answers::clear).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> answers.entrySet().iterator().next().setValue(AnswerValue.of(3)))
                .isInstanceOf(UnsupportedOperationException.class);
        SurveyResponse second = build(b.answer("a", AnswerValue.of(9)).answer("b", AnswerValue.of(2)));
        assertThat(first.answers()).containsExactly(Map.entry("a", AnswerValue.of(1)));
        assertThat(second.answers()).containsExactly(Map.entry("a", AnswerValue.of(9)), Map.entry("b", AnswerValue.of(2)));
        assertThat(build(SurveyResponse.builder("r-2")).answers()).isEmpty();
        assertThat(first.toBuilder().build()).isEqualTo(first);
    }

    @Test
    void theRespondentsDataKeepsItsOrderAndCannotBeChanged() {
        Map<String, AnswerValue> given = new LinkedHashMap<>();
        for (String k : List.of("name", "email", "phone", "name2")) {
            given.put(k, AnswerValue.of(k.length()));
        }
        SurveyResponse.Builder b = SurveyResponse.builder("r-1").respondent(given);
        given.put("late", AnswerValue.of(0)); // the builder copied it
        SurveyResponse r = build(b);
        Map<String, AnswerValue> data = r.respondent().orElseThrow();
        assertThat(new ArrayList<>(data.keySet())).containsExactly("name", "email", "phone", "name2");
        assertThat(data).isEqualTo(Map.of("name", AnswerValue.of(4), "email", AnswerValue.of(5), "phone", AnswerValue.of(5),
                "name2", AnswerValue.of(5)));
        assertThat(data.hashCode()).isEqualTo(Map.copyOf(data).hashCode());
        assertThatThrownBy(() -> data.put("x", AnswerValue.of(1))).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(data::clear).isInstanceOf(UnsupportedOperationException.class);
        assertThat(r.toBuilder().build()).isEqualTo(r);
        assertThat(build(SurveyResponse.builder("r-2")).respondent()).isEmpty();
        assertThatThrownBy(() -> SurveyResponse.builder("r").respondent(java.util.Collections.singletonMap("a", null)))
                .isInstanceOf(NullPointerException.class);
    }

    @Test
    void aNullQuestionOrValueIsRefused() {
        List<Runnable> calls = List.of(
                () -> SurveyResponse.builder("r").answer(null, AnswerValue.of(1)),
                () -> SurveyResponse.builder("r").answer("a", null));
        for (Runnable call : calls) {
            assertThatThrownBy(call::run).isInstanceOf(NullPointerException.class);
        }
    }

    private static SurveyResponse build(SurveyResponse.Builder b) {
        return b.form("EXT-1", "1").submittedAt(java.time.Instant.parse("2025-01-01T00:00:00Z")).agency("a")
                .channel(io.github.otklik.core.channel.Channel.values()[0])
                .client(io.github.otklik.core.client.Client.of(io.github.otklik.core.client.ClientKind.values()[0])).build();
    }
}
