package io.github.otklik.forms.validation;

import io.github.otklik.core.response.AnswerValue;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

/** The code table against {@link List#indexOf}, on both sides of its switch from a scan to hashing. */
class CodeTableTest {
    // few distinct codes, so that lists repeat some and look-ups miss some; new strings, not the literals
    private static final Gen<String> CODES = integers().between(0, 24).map(i -> new String("c" + i));

    @Test
    void findsTheFirstPositionOfEveryCodeAsTheListDoes() {
        qt().forAll(lists().of(CODES).ofSizeBetween(0, 40), CODES).checkAssert((codes, code) -> {
            CodeTable table = new CodeTable(codes);
            assertThat(table.indexOf(code)).as("%s in %s", code, codes).isEqualTo(codes.indexOf(code));
            assertThat(table.contains(code)).isEqualTo(codes.contains(code));
            assertThat(table.unique()).isEqualTo(codes.stream().distinct().count() == codes.size());
        });
    }

    @Test
    void aChoiceIsInTheTableWhenItsTextOrAnyTextOfItsArrayIs() {
        CodeTable ending = new CodeTable(List.of("no", "never"));
        assertThat(ending.chosenIn(new AnswerValue.TextValue("no"))).isTrue();
        assertThat(ending.chosenIn(new AnswerValue.TextValue("yes"))).isFalse();
        assertThat(ending.chosenIn(new AnswerValue.ArrayValue(List.of(new AnswerValue.TextValue("yes"),
                new AnswerValue.TextValue("never"))))).isTrue();
        assertThat(ending.chosenIn(new AnswerValue.ArrayValue(List.of(new AnswerValue.TextValue("yes"),
                new AnswerValue.IntegerValue(1))))).isFalse();
        assertThat(ending.chosenIn(new AnswerValue.ArrayValue(new ArrayList<>()))).isFalse();
        assertThat(ending.chosenIn(new AnswerValue.IntegerValue(0))).isFalse();
        assertThat(ending.chosenIn(null)).as("not answered").isFalse();
    }
}
