package io.github.otklik.text.normalize;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Objects;

/**
 * A text and its Unicode NFKC form, with a map from offsets in the NFKC form back to the text, so
 * that what is found in the normalised form (words, personal data) can be shown as the client wrote
 * it ({@code №} stays {@code №}, not NFKC's {@code No}).
 *
 * <p>The map is built cluster by cluster (a character with the combining marks after it): each
 * cluster is normalised alone, and an offset inside a cluster's normalised form maps to the whole
 * cluster. When the pieces do not add up to the NFKC form of the whole text (sequences that compose
 * across clusters, such as conjoining Hangul jamo), the "original" becomes the NFKC form itself and
 * the map is the identity. Immutable, thread-safe.
 */
public final class NfkcText {
    private final String original;
    private final String normalized;
    private final int[] clusterStart; // per normalised char: start of its cluster in original; null = identity
    private final int[] clusterEnd;

    private NfkcText(String original, String normalized, int[] clusterStart, int[] clusterEnd) {
        this.original = original;
        this.normalized = normalized;
        this.clusterStart = clusterStart;
        this.clusterEnd = clusterEnd;
    }

    /**
     * The NFKC form of {@code text} with its offset map.
     *
     * @param text any text
     * @return the pair
     */
    public static NfkcText of(String text) {
        Objects.requireNonNull(text, "text");
        if (Normalizer.isNormalized(text, Normalizer.Form.NFKC)) {
            return new NfkcText(text, text, null, null);
        }
        int n = text.length();
        StringBuilder out = new StringBuilder(n + 8);
        int[] starts = new int[n + 8];
        int[] ends = new int[n + 8];
        int i = 0;
        while (i < n) {
            int j = i + Character.charCount(text.codePointAt(i));
            while (j < n && isMark(text.codePointAt(j))) {
                j += Character.charCount(text.codePointAt(j));
            }
            int from = out.length();
            if (j == i + 1 && inert(text.charAt(i))) {
                out.append(text.charAt(i));
            } else {
                out.append(Normalizer.normalize(text.subSequence(i, j), Normalizer.Form.NFKC));
            }
            if (out.length() > starts.length) {
                int grown = Math.max(out.length(), starts.length * 2);
                starts = Arrays.copyOf(starts, grown);
                ends = Arrays.copyOf(ends, grown);
            }
            for (int k = from; k < out.length(); k++) {
                starts[k] = i;
                ends[k] = j;
            }
            i = j;
        }
        String normalized = out.toString();
        if (!normalized.equals(Normalizer.normalize(text, Normalizer.Form.NFKC))) {
            String whole = Normalizer.normalize(text, Normalizer.Form.NFKC);
            return new NfkcText(whole, whole, null, null);
        }
        return new NfkcText(text, normalized, Arrays.copyOf(starts, normalized.length()), Arrays.copyOf(ends, normalized.length()));
    }

    /** Printable ASCII and the basic Cyrillic letters are NFKC-inert on their own. */
    private static boolean inert(char c) {
        return (c >= 0x20 && c < 0x7f) || (c >= 0x410 && c <= 0x44f);
    }

    private static boolean isMark(int cp) {
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK || type == Character.COMBINING_SPACING_MARK;
    }

    /**
     * The text that offsets map back to: the input, or its NFKC form when the map could not be built.
     *
     * @return the text as written
     */
    public String original() {
        return original;
    }

    /**
     * The NFKC form.
     *
     * @return the normalised text
     */
    public String normalized() {
        return normalized;
    }

    /**
     * Whether offsets map one to one ({@link #original()} is already NFKC).
     *
     * @return true when the two texts are equal
     */
    public boolean isIdentity() {
        return clusterStart == null;
    }

    /**
     * Where a range starting at {@code offset} of the NFKC form starts in the original.
     *
     * @param offset 0 to {@code normalized().length()}
     * @return the start of the cluster holding that offset, or the original's length at the end
     */
    public int originalStart(int offset) {
        if (clusterStart == null) {
            return offset;
        }
        return offset >= clusterStart.length ? original.length() : clusterStart[offset];
    }

    /**
     * Where a range ending at {@code offset} of the NFKC form ends in the original.
     *
     * @param offset 0 to {@code normalized().length()}
     * @return the end of the cluster holding the character before that offset, or 0 at the start
     */
    public int originalEnd(int offset) {
        if (clusterEnd == null) {
            return offset;
        }
        return offset <= 0 ? 0 : clusterEnd[offset - 1];
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof NfkcText t && original.equals(t.original) && normalized.equals(t.normalized);
    }

    @Override
    public int hashCode() {
        return original.hashCode() * 31 + normalized.hashCode();
    }

    @Override
    public String toString() {
        return normalized;
    }
}
