package io.github.otklik.text.phrase;

import io.github.otklik.core.text.LocalizedText;
import io.github.otklik.text.theme.Theme;

import java.util.Objects;

/**
 * A phrase over-represented in the texts of dissatisfied clients: its {@linkplain PhraseFigures
 * figures} and, apart, its {@linkplain PhraseText words} (label and quotes, masked, internal only).
 * {@link #toTheme(String, LocalizedText)} writes it out as a theme, so that a phrase found this
 * quarter is counted as a theme the next.
 *
 * @param figures counts and score
 * @param text label and quotes
 */
public record EmergingPhrase(PhraseFigures figures, PhraseText text) {
    /**
     * Checks non-null.
     *
     * @param figures counts and score
     * @param text label and quotes
     */
    public EmergingPhrase {
        Objects.requireNonNull(figures, "figures");
        Objects.requireNonNull(text, "text");
    }

    /**
     * The phrase as an {@code otklik-text-themes/1} theme whose one phrase is the label; the label
     * normalises to this phrase's stems, so the theme matches exactly the texts counted here.
     *
     * @param code the theme code (a problem code to merge with that problem's pain point)
     * @param title the theme's title
     * @return the theme, kind {@code PROBLEM}
     */
    public Theme toTheme(String code, LocalizedText title) {
        return Theme.builder(code).title(title).phrase(text.label()).build();
    }

    /**
     * The phrase as a theme titled with its label.
     *
     * @param code the theme code
     * @return the theme
     */
    public Theme toTheme(String code) {
        return toTheme(code, LocalizedText.of(text.label()));
    }
}
