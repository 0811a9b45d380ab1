package io.github.otklik.core.config;

import io.github.otklik.core.validation.Violation;

import java.util.ArrayList;
import java.util.List;

/**
 * The problems found in one document, in the order they were found, shared by all its values;
 * and how paths and values are written in their messages. Not thread-safe.
 */
final class Problems {
    private final List<Violation> list = new ArrayList<>();

    /** Records that the value at {@code path} has {@code reason}. */
    void add(String path, String reason) {
        list.add(new Violation(path, reason));
    }

    boolean isEmpty() {
        return list.isEmpty();
    }

    List<Violation> list() {
        return List.copyOf(list);
    }

    /**
     * Thrown to abandon the value being read once its problem is recorded; caught where reading
     * goes on with the next value (an array element, an object member, an attempt, the document).
     */
    static final class Abandon extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Abandon() {
            super(null, null, false, false);
        }
    }

    // ------------------------------------------------------------------------------ wording

    /** The path of member {@code name} of the value at {@code path}: {@code a.b}, or {@code a["x y"]} for a name that is not plain. */
    static String member(String path, String name) {
        if (!plain(name)) {
            return path + "[" + quoteFully(name) + "]";
        }
        return path.isEmpty() ? name : path + "." + name;
    }

    /** The path of element {@code index} of the array at {@code path}. */
    static String element(String path, int index) {
        return path + "[" + index + "]";
    }

    /** Letters, digits, {@code _}, {@code -} and {@code :} only: the codes of {@code spec/formats.md} and Java-like field names. */
    private static boolean plain(String name) {
        if (name.isEmpty()) {
            return false;
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (!Character.isLetterOrDigit(c) && c != '_' && c != '-' && c != ':') {
                return false;
            }
        }
        return true;
    }

    /** {@code text} quoted for a message, control characters escaped, cut after 40 characters. */
    static String quote(String text) {
        if (text.length() <= 40) {
            return quoteFully(text);
        }
        String cut = quoteFully(text.substring(0, Character.isHighSurrogate(text.charAt(39)) ? 39 : 40));
        return cut.substring(0, cut.length() - 1) + "…\"";
    }

    private static String quoteFully(String text) {
        StringBuilder b = new StringBuilder(text.length() + 2).append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> {
                    if (c < 0x20 || c == 0x2028 || c == 0x2029) {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('"').toString();
    }
}
