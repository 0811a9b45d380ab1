package io.github.otklik.core.text;

/** HTML escaping of untrusted text for element content and quoted attribute values: every export that writes HTML uses it. */
public final class Html {
    private Html() {
    }

    /**
     * {@code text} with {@code &}, {@code <}, {@code >}, {@code "} and {@code '} replaced by
     * character references, safe both as element content and inside a quoted attribute value.
     */
    public static String escape(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String ref = switch (c) {
                case '&' -> "&amp;";
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                case '"' -> "&quot;";
                case '\'' -> "&#39;";
                default -> null;
            };
            if (ref != null) {
                if (out == null) {
                    out = new StringBuilder(text.length() + 16).append(text, 0, i);
                }
                out.append(ref);
            } else if (out != null) {
                out.append(c);
            }
        }
        return out == null ? text : out.toString();
    }
}
