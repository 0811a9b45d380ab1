package io.github.otklik.report;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.strings;

class BarChartTest {
    @Test
    void shortLabelsStayOnOneLineLongOnesWrapBetweenWords() {
        assertThat(BarChart.wrap("Опека и попечительство")).containsExactly("Опека и попечительство");
        assertThat(BarChart.wrap("Лицензионный контроль организаций социального обслуживания"))
                .containsExactly("Лицензионный контроль организаций", "социального обслуживания");
    }

    @Test
    void aVeryLongLabelIsCutOnTheSecondLineWithAnEllipsis() {
        List<String> lines = BarChart.wrap("Грант начинающим предпринимателям на создание собственного дела в сельской местности и малых городах");
        assertThat(lines).hasSize(2);
        assertThat(lines.get(1)).endsWith("…");
        assertThat(lines.get(1).codePointCount(0, lines.get(1).length())).isLessThanOrEqualTo(34);
    }

    @Test
    void labelsAreNeverCutInsideACharacter() {
        // 30 characters and an emoji, as a registry name may be: the cut must not split the surrogate pair
        String name = "Регистрация многодетной семьи 👨‍👩‍👧‍👦 и выдача удостоверения 😀😀😀😀😀😀😀😀😀";
        for (String line : BarChart.wrap(name)) {
            assertThat(line.codePoints().noneMatch(cp -> Character.isSurrogate((char) cp))).as(line).isTrue();
        }
        qt().forAll(strings().allPossible().ofLengthBetween(0, 120)).checkAssert(s -> {
            for (String line : BarChart.wrap(s)) {
                assertThat(line.codePoints().noneMatch(cp -> cp >= Character.MIN_SURROGATE && cp <= Character.MAX_SURROGATE)
                        || s.codePoints().anyMatch(cp -> cp >= Character.MIN_SURROGATE && cp <= Character.MAX_SURROGATE)).isTrue();
                assertThat(new BarChart("t").bar(line, 0.5, "50 %", "n = 1").svg()).startsWith("<svg");
            }
        });
    }
}
