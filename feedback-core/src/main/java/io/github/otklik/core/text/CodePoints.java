package io.github.otklik.core.text;

import java.util.Comparator;

/** String order by Unicode code point, as {@code spec/metrics.md} requires (Java's compareTo uses UTF-16 units). */
public final class CodePoints {
    /** Compares strings by code point. */
    public static final Comparator<String> ORDER = CodePoints::compare;

    private CodePoints() {
    }

    /** Negative, zero or positive as {@code a} sorts before, with or after {@code b} by code point. */
    public static int compare(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            int ca = a.codePointAt(i);
            int cb = b.codePointAt(j);
            if (ca != cb) {
                return Integer.compare(ca, cb);
            }
            i += Character.charCount(ca);
            j += Character.charCount(cb);
        }
        return Integer.compare(a.length() - i, b.length() - j);
    }
}
