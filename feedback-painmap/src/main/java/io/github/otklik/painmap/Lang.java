package io.github.otklik.painmap;

import java.math.BigDecimal;
import java.util.Locale;

/** The language of a pain map's names, titles, explanations and export headers ({@code --lang}). */
public enum Lang {
    /** Russian, the default. */
    RU("ru"),
    /** English. */
    EN("en");

    private final String code;

    Lang(String code) {
        this.code = code;
    }

    /** The code, {@code ru} or {@code en}, as {@code LocalizedText.in} takes it. */
    public String code() {
        return code;
    }

    /**
     * The language of {@code code}.
     *
     * @throws IllegalArgumentException when the code is neither {@code ru} nor {@code en}
     */
    public static Lang of(String code) {
        for (Lang l : values()) {
            if (l.code.equals(code)) {
                return l;
            }
        }
        throw new IllegalArgumentException("unknown language \"" + code + "\" (expected ru or en)");
    }

    /**
     * {@code value} with exactly {@code decimals} digits after the separator, rounded half-up:
     * {@code 0.257} (en) or {@code 0,257} (ru).
     */
    public String fixed(double value, int decimals) {
        return localize(String.format(Locale.ROOT, "%." + decimals + "f", value));
    }

    /**
     * {@code value} in its shortest exact decimal form, without trailing zeros: a threshold as the
     * rule set gives it, {@code 0.25}, {@code 10000} (en) or {@code 0,25} (ru).
     */
    public String plain(double value) {
        if (Double.isInfinite(value) || Double.isNaN(value)) {
            return Double.toString(value);
        }
        String s = new BigDecimal(Double.toString(value)).stripTrailingZeros().toPlainString();
        return localize(s);
    }

    private String localize(String s) {
        return this == RU ? s.replace('.', ',') : s;
    }
}
