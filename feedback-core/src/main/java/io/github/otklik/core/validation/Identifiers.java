package io.github.otklik.core.validation;

import java.util.regex.Pattern;

/**
 * The identifier and code syntax of {@code spec/formats.md}: identifiers may contain dots, codes
 * may not (so that dotted metric paths stay unambiguous).
 */
public final class Identifiers {
    /** Regular expression of identifiers ({@code id}, {@code agency}, {@code process}, {@code topic}). */
    public static final String IDENTIFIER_REGEX = "[A-Za-z0-9][A-Za-z0-9._:-]{0,127}";
    /** Regular expression of codes (question ids, option values, aspect, problem and reason codes). */
    public static final String CODE_REGEX = "[A-Za-z0-9][A-Za-z0-9_:-]{0,127}";

    private Identifiers() {
    }

    /** Whether {@code s} is a well-formed identifier. */
    public static boolean isIdentifier(String s) {
        return matches(s, true);
    }

    /** Whether {@code s} is a well-formed code (an identifier without dots). */
    public static boolean isCode(String s) {
        return matches(s, false);
    }

    /** Returns {@code s} or throws {@link IllegalArgumentException} naming {@code what}. */
    public static String requireIdentifier(String s, String what) {
        if (!isIdentifier(s)) {
            throw new IllegalArgumentException(what + " is not a valid identifier: " + describe(s));
        }
        return s;
    }

    /** Returns {@code s} or throws {@link IllegalArgumentException} naming {@code what}. */
    public static String requireCode(String s, String what) {
        if (!isCode(s)) {
            throw new IllegalArgumentException(what + " is not a valid code: " + describe(s));
        }
        return s;
    }

    /** A short, quoted rendering of a possibly long or null value for messages: at most 40 code points, control characters and lone surrogates escaped as {@code \\uXXXX}. */
    public static String describe(String s) {
        if (s == null) {
            return "null";
        }
        StringBuilder sb = new StringBuilder(48).append('"');
        int shown = 0;
        for (int i = 0; i < s.length(); ) {
            if (shown == 40) {
                sb.append('…');
                break;
            }
            int c = s.codePointAt(i);
            if (c < 0x20 || c == 0x7f || (c >= 0x80 && c < 0xa0) || Character.getType(c) == Character.SURROGATE) {
                sb.append(String.format("\\u%04X", c)); // control characters and lone surrogates shown escaped
            } else {
                sb.appendCodePoint(c);
            }
            i += Character.charCount(c);
            shown++;
        }
        return sb.append('"').toString();
    }

    // A hand-written matcher: ~10x faster than Pattern on the hot ingest path, same language.
    private static boolean matches(String s, boolean allowDot) {
        if (s == null) {
            return false;
        }
        int n = s.length();
        if (n == 0 || n > 128) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            boolean alnum = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
            if (alnum) {
                continue;
            }
            if (i == 0) {
                return false;
            }
            if (c == '_' || c == ':' || c == '-' || (allowDot && c == '.')) {
                continue;
            }
            return false;
        }
        return true;
    }

    /** Compiled patterns, for Bean Validation and tests that check the matcher against them. */
    static final Pattern IDENTIFIER = Pattern.compile(IDENTIFIER_REGEX);
    static final Pattern CODE = Pattern.compile(CODE_REGEX);
}
