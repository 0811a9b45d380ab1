package io.github.otklik.core.text;

import java.util.Objects;
import java.util.Optional;

/**
 * A text in Russian with an optional English translation, as every template and registry text is.
 * Immutable and thread-safe.
 */
public final class LocalizedText {
    private final String ru;
    private final String en;

    private LocalizedText(String ru, String en) {
        this.ru = Objects.requireNonNull(ru, "ru");
        this.en = en;
    }

    /** A Russian-only text. */
    public static LocalizedText of(String ru) {
        return new LocalizedText(ru, null);
    }

    /** A Russian text with its English translation. */
    public static LocalizedText of(String ru, String en) {
        return new LocalizedText(ru, Objects.requireNonNull(en, "en"));
    }

    /**
     * The Russian text (always present).
     *
     * @return the Russian text (always present)
     */
    public String ru() {
        return ru;
    }

    /**
     * The English text, when given.
     *
     * @return the English text, when given
     */
    public Optional<String> en() {
        return Optional.ofNullable(en);
    }

    /** The text in {@code lang} ({@code "en"} or {@code "ru"}), falling back to Russian. */
    public String in(String lang) {
        return "en".equals(lang) && en != null ? en : ru;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LocalizedText t && ru.equals(t.ru) && Objects.equals(en, t.en);
    }

    @Override
    public int hashCode() {
        return Objects.hash(ru, en);
    }

    @Override
    public String toString() {
        return en == null ? ru : ru + " / " + en;
    }
}
