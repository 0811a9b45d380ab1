package io.github.otklik.jdbc;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.strings;

class TextsTest {
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "'plain', -1",
        "'', -1",
        "'a\u0000b', 1",
        "'\uD83D\uDE21 ok', -1",
        "'x\uD800', 1",
        "'\uDC00x', 0",
        "'\uD800\uD800\uDC00', 0",
        "'\uFFFF', -1",
    })
    void unstorableFindsTheFirstNulOrUnpairedSurrogate(String text, int index) {
        assertThat(Texts.unstorable(text)).isEqualTo(index);
    }

    @Test
    void requireStorableNamesTheValueAndTheCharacter() {
        assertThatThrownBy(() -> Texts.requireStorable("note", "ab\u0000")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("note holds a NUL character (U+0000) at index 2, which the store cannot keep");
        assertThatThrownBy(() -> Texts.requireStorable("note", "\uDBFF")).hasMessageContaining("unpaired surrogate (U+DBFF)");
        assertThatCode(() -> Texts.requireText("status", "\uD83D\uDE21", 64)).doesNotThrowAnyException();
        assertThatThrownBy(() -> Texts.requireText("status", "x\u0000", 64)).hasMessageContaining("status holds a NUL");
    }

    @Test
    void escapingSurrogatesInJsonKeepsItsValue() throws Exception {
        ObjectMapper mapper = new ObjectMapper();
        qt().forAll(strings().allPossible().ofLengthBetween(0, 30)).checkAssert(s -> {
            try {
                String json = mapper.writeValueAsString(java.util.Map.of("t", s));
                String escaped = Texts.escapeSurrogates(json);
                assertThat(escaped.chars().noneMatch(c -> Character.isSurrogate((char) c))).isTrue();
                assertThat(mapper.readTree(escaped)).isEqualTo(mapper.readTree(json));
            } catch (java.io.IOException e) {
                throw new AssertionError(e);
            }
        });
        assertThat(Texts.escapeSurrogates("{\"a\":\"b\"}")).isEqualTo("{\"a\":\"b\"}");
    }
}
