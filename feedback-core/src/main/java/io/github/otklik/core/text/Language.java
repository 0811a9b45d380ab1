package io.github.otklik.core.text;

import java.math.BigDecimal;
import java.util.Locale;

/**
 * The language of everything Otklik writes for people ({@code --lang}): report and pain-map
 * wording, labels, explanations, export headers, and how numbers are written in them. Russian
 * writes a decimal comma and groups thousands with a no-break space; English a decimal point and
 * commas.
 */
public enum Language {
    /** Russian, the default. */
    RU("ru"),
    /** English. */
    EN("en");

    private final String code;

    Language(String code) {
        this.code = code;
    }

    /**
     * The code, {@code ru} or {@code en}, as {@link LocalizedText#in} takes it.
     *
     * @return the ISO 639-1 code
     */
    public String code() {
        return code;
    }

    /**
     * The language of {@code code}.
     *
     * @param code {@code ru} or {@code en}
     * @return the language
     * @throws IllegalArgumentException when the code is neither {@code ru} nor {@code en}
     */
    public static Language of(String code) {
        for (Language l : values()) {
            if (l.code.equals(code)) {
                return l;
            }
        }
        throw new IllegalArgumentException("unknown language \"" + code + "\" (expected ru or en)");
    }

    /**
     * Picks the text of this language from a Russian and an English one.
     *
     * @param ru the Russian text
     * @param en the English text
     * @return {@code ru} or {@code en}
     */
    public String pick(String ru, String en) {
        return this == EN ? en : ru;
    }

    /**
     * {@code value} with exactly {@code decimals} digits after the separator, rounded half-up:
     * {@code 0.257} (en) or {@code 0,257} (ru).
     *
     * @param value the number
     * @param decimals digits after the separator
     * @return the number as text
     */
    public String fixed(double value, int decimals) {
        return localize(String.format(Locale.ROOT, "%." + decimals + "f", value));
    }

    /**
     * {@code value} in its shortest exact decimal form, without trailing zeros: a threshold as the
     * rule set gives it, {@code 0.25}, {@code 10000} (en) or {@code 0,25} (ru).
     *
     * @param value the number
     * @return the number as text
     */
    public String plain(double value) {
        if (Double.isInfinite(value) || Double.isNaN(value)) {
            return Double.toString(value);
        }
        String s = new BigDecimal(Double.toString(value)).stripTrailingZeros().toPlainString();
        return localize(s);
    }

    /**
     * A share as a percentage with one decimal and a no-break space before the sign:
     * {@code 56.5 %} (en) or {@code 56,5 %} (ru).
     *
     * @param share a proportion, 0 to 1
     * @return the percentage as text
     */
    public String percent(double share) {
        return fixed(100 * share, 1) + "\u00a0%";
    }

    /**
     * A whole number with grouped thousands: {@code 12,345} (en) or {@code 12 345} (ru, no-break space).
     *
     * @param value the number
     * @return the number as text
     */
    public String integer(long value) {
        String s = String.format(Locale.ROOT, "%,d", value);
        return this == EN ? s : s.replace(',', '\u00a0');
    }

    private String localize(String s) {
        return this == RU ? s.replace('.', ',') : s;
    }
}
