package io.github.otklik.core.instrument;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.otklik.core.text.LocalizedText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class InstrumentRecommendationTest {

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "two\nlines", "carriage\rreturn"})
    void reasonsMustBeOneNonBlankLine(String bad) {
        assertThatThrownBy(() -> new InstrumentRecommendation(Instrument.SURVEY, 1, bad, "ок"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("reason ");
        assertThatThrownBy(() -> new InstrumentRecommendation(Instrument.SURVEY, 1, "ok", bad))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("reasonRu ");
    }

    @Test
    void localizedReasonPairsRussianWithEnglish() {
        InstrumentRecommendation r = new InstrumentRecommendation(Instrument.SURVEY, 6, "Strong fit.", "Подходит.");
        assertThat(r.localizedReason()).isEqualTo(LocalizedText.of("Подходит.", "Strong fit."));
    }
}
