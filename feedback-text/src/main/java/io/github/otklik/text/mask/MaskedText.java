package io.github.otklik.text.mask;

import java.util.List;
import java.util.Objects;

/**
 * A text with its personal data replaced by tokens ({@code [телефон]}, {@code [e-mail]}, …), and
 * where each replacement stands. Offsets "in the input" refer to the text the masker was given (the
 * same text, and offsets, as {@code AnalyzedText.text()} of that input), except in the rare case
 * where its NFKC form cannot be mapped back piecewise ({@code NfkcText}): then the input is its NFKC
 * form. The replaced characters are not kept anywhere. Immutable, thread-safe.
 */
public final class MaskedText {
    private final String text;
    private final List<MaskSpan> spans;

    MaskedText(String text, List<MaskSpan> spans) {
        this.text = Objects.requireNonNull(text, "text");
        this.spans = List.copyOf(spans);
    }

    /**
     * The masked text.
     *
     * @return the input with every span replaced by its token
     */
    public String text() {
        return text;
    }

    /**
     * The replacements, in text order, not overlapping.
     *
     * @return the spans; empty when nothing was masked
     */
    public List<MaskSpan> spans() {
        return spans;
    }

    /**
     * Whether anything was masked.
     *
     * @return true when at least one span was replaced
     */
    public boolean isMasked() {
        return !spans.isEmpty();
    }

    /**
     * Whether {@code [from, to)} of the input shares a character with a replaced span.
     *
     * @param from start offset in the input
     * @param to end offset in the input
     * @return true when some span overlaps the range
     */
    public boolean overlapsMask(int from, int to) {
        int i = firstEndingAfter(from);
        return i < spans.size() && spans.get(i).start() < to;
    }

    /**
     * Where a range starting at {@code offset} of the input starts in the masked text; an offset
     * inside a span moves to the start of its token.
     *
     * @param offset an offset in the input, 0 to its length
     * @return the matching offset in {@link #text()}
     */
    public int maskedStart(int offset) {
        int i = firstEndingAfter(offset);
        if (i < spans.size() && spans.get(i).start() <= offset) {
            return spans.get(i).maskedStart();
        }
        return offset + shiftBefore(i);
    }

    /**
     * Where a range ending at {@code offset} of the input ends in the masked text; an offset
     * inside a span moves to the end of its token.
     *
     * @param offset an offset in the input, 0 to its length
     * @return the matching offset in {@link #text()}
     */
    public int maskedEnd(int offset) {
        int i = firstEndingAfter(offset - 1);
        if (i < spans.size() && spans.get(i).start() < offset) {
            return spans.get(i).maskedEnd();
        }
        return offset + shiftBefore(i);
    }

    /** Index of the first span whose end is after {@code offset} (spans.size() if none). */
    private int firstEndingAfter(int offset) {
        int lo = 0;
        int hi = spans.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (spans.get(mid).end() <= offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** How far the masked text is shifted after the first {@code count} spans. */
    private int shiftBefore(int count) {
        if (count == 0) {
            return 0;
        }
        MaskSpan last = spans.get(count - 1);
        return last.maskedEnd() - last.end();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MaskedText m && text.equals(m.text) && spans.equals(m.spans);
    }

    @Override
    public int hashCode() {
        return Objects.hash(text, spans);
    }

    @Override
    public String toString() {
        return text;
    }
}
