package io.github.otklik.forms;

import io.github.otklik.core.text.LocalizedText;

import java.util.Objects;

/**
 * An option of a single- or multi-choice question: its value (a code), its text, and whether
 * choosing it ends the questionnaire.
 *
 * @param value the option's code, stored in answers
 * @param text what the respondent reads
 * @param endsSurvey whether choosing it ends the questionnaire
 */
public record Option(String value, LocalizedText text, boolean endsSurvey) {
    /**
     * Checks non-null parts (syntax is checked when the form is built).
     *
     * @param endsSurvey whether choosing it ends the questionnaire
     * @param text what the respondent reads
     * @param value the option's code, stored in answers
     */
    public Option {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(text, "text");
    }

    /** An option that does not end the questionnaire. */
    public static Option of(String value, LocalizedText text) {
        return new Option(value, text, false);
    }
}
