package io.github.otklik.text.phrase;

import io.github.otklik.text.mask.MaskSpan;
import io.github.otklik.text.mask.MaskedText;

/** Cuts a {@link Quote}'s window from a masked text around a phrase. Stateless. */
final class QuoteCutter {
    /** Characters of context on each side before cutting at white space. */
    static final int CONTEXT = 60;

    private QuoteCutter() {
    }

    /**
     * The window around {@code [start, end)} of the unmasked text: up to {@value #CONTEXT}
     * characters each side, cut after (before) white space when there is some, never inside a
     * token, white space collapsed, {@code …} where cut, at most {@link Quote#MAX_LENGTH} long.
     */
    static String cut(MaskedText masked, int start, int end) {
        String s = masked.text();
        int ms = masked.maskedStart(start);
        int me = masked.maskedEnd(end);
        int from = Math.max(0, ms - CONTEXT);
        if (from > 0) {
            int ws = firstWhitespace(s, from, ms);
            if (ws >= 0) {
                from = ws + 1;
            }
        }
        int to = Math.min(s.length(), me + CONTEXT);
        if (to < s.length()) {
            int ws = lastWhitespace(s, me, to);
            if (ws >= 0) {
                to = ws;
            }
        }
        for (MaskSpan span : masked.spans()) {
            if (from > span.maskedStart() && from < span.maskedEnd()) {
                from = span.maskedEnd();
            }
            if (to > span.maskedStart() && to < span.maskedEnd()) {
                to = span.maskedStart();
            }
        }
        String body = collapse(s, from, Math.max(from, to)).strip();
        String quote = (from > 0 ? "…" : "") + body + (to < s.length() ? "…" : "");
        return quote.length() <= Quote.MAX_LENGTH ? quote : quote.substring(0, Quote.MAX_LENGTH - 1) + "…";
    }

    /** {@code s[from, to)} with every run of white space written as one space. */
    static String collapse(String s, int from, int to) {
        StringBuilder b = null;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            boolean space = Character.isWhitespace(c) || c == '\u00a0';
            if (space && (c != ' ' || (i + 1 < to && isSpace(s.charAt(i + 1))))) {
                if (b == null) {
                    b = new StringBuilder(to - from).append(s, from, i);
                }
                b.append(' ');
                while (i + 1 < to && isSpace(s.charAt(i + 1))) {
                    i++;
                }
            } else if (b != null) {
                b.append(c);
            }
        }
        return b == null ? s.substring(from, to) : b.toString();
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || c == '\u00a0';
    }

    private static int firstWhitespace(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (Character.isWhitespace(s.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    private static int lastWhitespace(String s, int from, int to) {
        for (int i = to - 1; i >= from; i--) {
            if (Character.isWhitespace(s.charAt(i))) {
                return i;
            }
        }
        return -1;
    }
}
