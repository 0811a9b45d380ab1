package io.github.otklik.metrics.label;

import io.github.otklik.core.text.Language;

/**
 * Small text helpers of labels: a label at the start of a sentence or inside one. Stateless.
 */
public final class Wording {
    private Wording() {
    }

    /**
     * {@code text} with its first letter in upper case: {@code Время ожидания}.
     *
     * @param text a label
     * @return the label as a sentence or a chart row starts it
     */
    public static String capitalized(String text) {
        if (text.isEmpty()) {
            return text;
        }
        int first = text.codePointAt(0);
        return new StringBuilder().appendCodePoint(Character.toUpperCase(first)).append(text, Character.charCount(first), text.length())
                .toString();
    }

    /**
     * {@code text} with its first letter in lower case, unless the first word is an abbreviation
     * ({@code ЕПГУ}, {@code МФЦ}, {@code HR} stay): {@code время ожидания} after «Низкая оценка: ».
     *
     * @param text a label
     * @return the label as it reads inside a sentence
     */
    public static String inSentence(String text) {
        if (text.isEmpty()) {
            return text;
        }
        int first = text.codePointAt(0);
        int next = Character.charCount(first);
        if (next < text.length() && Character.isUpperCase(text.codePointAt(next))) {
            return text;
        }
        return new StringBuilder().appendCodePoint(Character.toLowerCase(first)).append(text, next, text.length()).toString();
    }

    /**
     * {@code count} with the Russian noun form it takes ({@code 1 день}, {@code 3 дня}, {@code 90 дней}),
     * or the English singular or plural.
     *
     * @param lang the language
     * @param count the number
     * @param one the form after 1 ({@code день} / {@code day})
     * @param few the form after 2–4 ({@code дня}; English: the plural)
     * @param many the form after 5–20 ({@code дней} / {@code days})
     * @return the number and its noun
     */
    public static String count(Language lang, long count, String one, String few, String many) {
        String noun;
        if (lang == Language.EN) {
            noun = count == 1 ? one : many;
        } else {
            long mod100 = Math.abs(count) % 100;
            long mod10 = mod100 % 10;
            noun = mod100 >= 11 && mod100 <= 14 ? many : mod10 == 1 ? one : mod10 >= 2 && mod10 <= 4 ? few : many;
        }
        return lang.integer(count) + " " + noun;
    }
}
