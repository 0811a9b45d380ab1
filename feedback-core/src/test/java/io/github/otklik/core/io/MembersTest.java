package io.github.otklik.core.io;

import io.github.otklik.core.response.AnswerValue;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

/** {@link Members} keeps input order and refuses a repeated key, as a map that refuses to overwrite would. */
class MembersTest {
    @Test
    void actsAsAnInsertionOrderedMapThatRefusesRepeats() {
        qt().withExamples(500).forAll(lists().of(integers().between(0, 80)).ofSizeBetween(0, 120)).checkAssert(picks -> {
            Members members = new Members();
            Map<String, AnswerValue> reference = new LinkedHashMap<>();
            for (int i = 0; i < picks.size(); i++) {
                String key = new String("k" + picks.get(i)); // equal keys, not the same instance
                AnswerValue value = new AnswerValue.IntegerValue(i);
                boolean fresh = !reference.containsKey(key);
                if (fresh) {
                    reference.put(key, value);
                }
                assertThat(members.add(key, value)).isEqualTo(fresh);
            }
            assertThat(members).isEqualTo(reference);
            assertThat(new LinkedHashMap<>(members).keySet()).containsExactlyElementsOf(reference.keySet());
            Map<String, AnswerValue> viaForEach = new LinkedHashMap<>();
            members.forEach(viaForEach::put);
            assertThat(viaForEach.entrySet()).containsExactlyElementsOf(reference.entrySet());
        });
    }
}
