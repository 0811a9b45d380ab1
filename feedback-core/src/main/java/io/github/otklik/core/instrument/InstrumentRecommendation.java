package io.github.otklik.core.instrument;

import io.github.otklik.core.text.LocalizedText;

import java.util.Objects;

/**
 * One line of an {@link InstrumentSelector}'s ranking (рекомендация инструмента): the instrument,
 * its score (higher is better) and why, in English and in Russian.
 *
 * @param instrument the instrument
 * @param score fit weight plus audience adjustment minus resource penalties; only the order matters
 * @param reason one line in English naming the purpose fit and any resource shortfall
 * @param reasonRu the same reason in Russian
 */
public record InstrumentRecommendation(Instrument instrument, int score, String reason, String reasonRu) {
    /**
     * Checks that the instrument is present and both reasons are non-blank single lines.
     *
     * @param instrument the instrument
     * @param reason one line in English naming the purpose fit and any resource shortfall
     * @param reasonRu the same reason in Russian
     * @param score fit weight plus audience adjustment minus resource penalties; only the order matters
     */
    public InstrumentRecommendation {
        Objects.requireNonNull(instrument, "instrument");
        requireLine(reason, "reason");
        requireLine(reasonRu, "reasonRu");
    }

    /**
     * The reason as a {@link LocalizedText} (Russian, with the English translation).
     *
     * @return the reason as a {@link LocalizedText} (Russian, with the English translation)
     */
    public LocalizedText localizedReason() {
        return LocalizedText.of(reasonRu, reason);
    }

    private static void requireLine(String text, String name) {
        Objects.requireNonNull(text, name);
        if (text.isBlank() || text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0) {
            throw new IllegalArgumentException(name + " must be one non-blank line, was \"" + text + "\"");
        }
    }
}
