package io.github.otklik.painmap.evidence;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The theme counts of one process's free text in the period, the input of the pain map's {@code TEXT}
 * evidence ({@code spec/painmap.md}): how many texts the process had (comments of its responses and
 * texts of its appeals, each with at least one word), and for each theme code how many of them
 * matched. Figures only, no text. Immutable.
 *
 * @param texts the process's texts, n of every theme, ≥ 0
 * @param matched texts that count for each theme code (x), each in 0..texts; codes in code-point order
 */
public record TextCounts(long texts, Map<String, Long> matched) {
    /**
     * Checks that every count is a proportion of {@code texts} and copies the map.
     *
     * @param texts the process's texts, ≥ 0
     * @param matched texts per theme code, each in 0..texts
     * @throws IllegalArgumentException when texts &lt; 0 or a count is outside 0..texts
     */
    public TextCounts {
        if (texts < 0) {
            throw new IllegalArgumentException("texts must be ≥ 0: " + texts);
        }
        Map<String, Long> copy = new TreeMap<>();
        matched.forEach((code, x) -> {
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(x, code);
            if (x < 0 || x > texts) {
                throw new IllegalArgumentException("theme " + code + ": " + x + " of " + texts + " texts is not a proportion");
            }
            copy.put(code, x);
        });
        matched = Collections.unmodifiableMap(copy);
    }
}
