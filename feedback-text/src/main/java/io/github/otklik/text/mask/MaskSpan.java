package io.github.otklik.text.mask;

import java.util.Objects;

/**
 * One replaced stretch of a text: what it was, where it stood in the masker's input
 * ({@code [start, end)}), and where its token stands in the masked text
 * ({@code [maskedStart, maskedEnd)}). The replaced characters themselves are not kept.
 *
 * @param datum the kind of personal data
 * @param start offset of the first replaced character in the input
 * @param end offset just after the last replaced character, {@code end > start}
 * @param maskedStart offset of the token in the masked text
 * @param maskedEnd offset just after the token in the masked text
 */
public record MaskSpan(PersonalDatum datum, int start, int end, int maskedStart, int maskedEnd) {
    /**
     * Checks the offsets.
     *
     * @param datum the kind of personal data
     * @param start offset of the first replaced character in the input
     * @param end offset just after the last replaced character, {@code end > start}
     * @param maskedStart offset of the token in the masked text
     * @param maskedEnd offset just after the token in the masked text
     * @throws IllegalArgumentException when an offset is negative or a range is empty
     */
    public MaskSpan {
        Objects.requireNonNull(datum, "datum");
        if (start < 0 || end <= start || maskedStart < 0 || maskedEnd <= maskedStart) {
            throw new IllegalArgumentException("bad span [" + start + ", " + end + ") -> [" + maskedStart + ", " + maskedEnd + ")");
        }
    }

    /**
     * Whether this span shares a character with {@code [from, to)} of the input.
     *
     * @param from start of the range
     * @param to end of the range
     * @return true when the ranges overlap
     */
    public boolean overlaps(int from, int to) {
        return from < end && start < to;
    }
}
