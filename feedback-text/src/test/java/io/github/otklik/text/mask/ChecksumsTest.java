package io.github.otklik.text.mask;

import io.github.otklik.text.PersonalDataSamples;
import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

class ChecksumsTest {
    @Test
    void knownNumbers() {
        assertThat(Checksums.isInn("7707083893")).isTrue();
        assertThat(Checksums.isInn("500100732259")).isTrue();
        assertThat(Checksums.isInn("7707083894")).isFalse();
        assertThat(Checksums.isInn("500100732258")).isFalse();
        assertThat(Checksums.isSnils("11223344595")).isTrue();
        assertThat(Checksums.isSnils("11223344596")).isFalse();
        assertThat(Checksums.isSnils("00100199812")).isTrue(); // below 001-001-998: no check number
        assertThat(Checksums.isCard("4111111111111111")).isTrue();
        assertThat(Checksums.isCard("5555555555554444")).isTrue();
        assertThat(Checksums.isCard("378282246310005")).isTrue();
        assertThat(Checksums.isCard("4111111111111112")).isFalse();
        assertThat(Checksums.isCard("411111111111")).isFalse(); // 12 digits is no card
        assertThat(Checksums.isInn("77070838a3")).isFalse();
    }

    @Test
    void generatedValuesPassAndAChangedCheckDigitFails() {
        qt().withExamples(500).forAll(integers().between(0, Integer.MAX_VALUE)).checkAssert(seed -> {
            Random r = new Random(seed);
            String inn = PersonalDataSamples.inn10(r);
            String inn12 = PersonalDataSamples.inn12(r);
            String snils = PersonalDataSamples.snils(r).replaceAll("[^0-9]", "");
            String card = PersonalDataSamples.card(r).replaceAll("[^0-9]", "");
            assertThat(Checksums.isInn(inn)).isTrue();
            assertThat(Checksums.isInn(inn12)).isTrue();
            assertThat(Checksums.isSnils(snils)).isTrue();
            assertThat(Checksums.isCard(card)).isTrue();
            assertThat(Checksums.isInn(bump(inn, 9))).isFalse();
            assertThat(Checksums.isInn(bump(inn12, 11))).isFalse();
            assertThat(Checksums.isSnils(bump(snils, 10))).isFalse();
            assertThat(Checksums.isCard(bump(card, card.length() - 1))).isFalse();
        });
    }

    private static String bump(String digits, int at) {
        char c = (char) ('0' + (digits.charAt(at) - '0' + 1) % 10);
        return digits.substring(0, at) + c + digits.substring(at + 1);
    }
}
