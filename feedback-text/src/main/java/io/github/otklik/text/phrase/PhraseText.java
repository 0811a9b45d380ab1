package io.github.otklik.text.phrase;

import java.util.List;
import java.util.Objects;

/**
 * The words shown with an emerging phrase — internal use only, masked: the label (the most frequent
 * surface form, lower case) and up to three quotes (none when fewer than {@code minCell}
 * dissatisfied texts hold the phrase).
 *
 * @param label the phrase as clients wrote it most often, masked
 * @param quotes masked quotes, at most three
 */
public record PhraseText(String label, List<Quote> quotes) {
    /**
     * Copies the quotes.
     *
     * @param label the phrase as clients wrote it most often, masked
     * @param quotes masked quotes, at most three
     */
    public PhraseText {
        Objects.requireNonNull(label, "label");
        quotes = List.copyOf(quotes);
    }
}
