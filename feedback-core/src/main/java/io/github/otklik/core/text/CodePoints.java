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

    /**
     * The index of the first lone surrogate of {@code s} (a UTF-16 unit that is not half of a
     * pair: not Unicode text, and no UTF-8 output can write it), or −1.
     *
     * @param s the text
     * @return the index, or −1 when {@code s} is well-formed Unicode
     */
    public static int firstLoneSurrogate(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isSurrogate(c)) {
                if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                    i++;
                    continue;
                }
                return i;
            }
        }
        return -1;
    }

    /**
     * The JSON path ({@code /a/0/b}) of the first string or key under {@code root} that holds a lone
     * surrogate, or empty.
     *
     * @param root a parsed JSON document
     * @return the path, when there is such a string
     */
    public static java.util.Optional<String> loneSurrogateIn(com.fasterxml.jackson.databind.JsonNode root) {
        return java.util.Optional.ofNullable(loneSurrogateIn(root, ""));
    }

    private static String loneSurrogateIn(com.fasterxml.jackson.databind.JsonNode node, String path) {
        if (node == null) {
            return null;
        }
        if (node.isTextual()) {
            return firstLoneSurrogate(node.textValue()) >= 0 ? path : null;
        }
        if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                String p = loneSurrogateIn(node.get(i), path + "/" + i);
                if (p != null) {
                    return p;
                }
            }
        } else if (node.isObject()) {
            for (java.util.Map.Entry<String, com.fasterxml.jackson.databind.JsonNode> e : node.properties()) {
                String at = path + "/" + e.getKey();
                if (firstLoneSurrogate(e.getKey()) >= 0) {
                    return path;
                }
                String p = loneSurrogateIn(e.getValue(), at);
                if (p != null) {
                    return p;
                }
            }
        }
        return null;
    }
}
