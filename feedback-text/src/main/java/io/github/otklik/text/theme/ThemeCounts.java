package io.github.otklik.text.theme;

import io.github.otklik.core.text.CodePoints;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The theme figures of one group of texts (a process, or all texts): how many texts it has, and for
 * each theme that at least one of them matched, how many did. Figures only — no text.
 *
 * @param texts the group's texts that have at least one word (n of every count)
 * @param matched texts matched per theme code, only codes with at least one, in code-point order
 */
public record ThemeCounts(long texts, Map<String, Long> matched) {
    /** No texts. */
    public static final ThemeCounts EMPTY = new ThemeCounts(0, Map.of());

    /**
     * Checks and copies the figures, putting codes in code-point order.
     *
     * @param texts the group's texts that have at least one word (n of every count)
     * @param matched texts matched per theme code, only codes with at least one, in code-point order
     * @throws IllegalArgumentException when a count is outside 1..texts
     */
    public ThemeCounts {
        if (texts < 0) {
            throw new IllegalArgumentException("texts must not be negative: " + texts);
        }
        List<String> codes = new ArrayList<>(matched.keySet());
        codes.sort(CodePoints.ORDER);
        Map<String, Long> copy = new LinkedHashMap<>();
        for (String code : codes) {
            long x = matched.get(code);
            if (x < 1 || x > texts) {
                throw new IllegalArgumentException("theme " + code + ": " + x + " of " + texts + " texts");
            }
            copy.put(code, x);
        }
        matched = Collections.unmodifiableMap(copy);
    }

    /**
     * The texts that matched theme {@code code}.
     *
     * @param code a theme code
     * @return x, 0 when no text matched
     */
    public long x(String code) {
        return matched.getOrDefault(code, 0L);
    }

    /**
     * The proportion for theme {@code code}.
     *
     * @param code a theme code
     * @return x of n, when at least one text matched
     */
    public Optional<ThemeCount> count(String code) {
        Long x = matched.get(code);
        return x == null ? Optional.empty() : Optional.of(new ThemeCount(code, x, texts));
    }

    /**
     * Every theme matched at least once, as proportions: the {@code TEXT} evidence of the group.
     *
     * @return the counts in code-point order of the codes
     */
    public List<ThemeCount> counts() {
        List<ThemeCount> out = new ArrayList<>(matched.size());
        matched.forEach((code, x) -> out.add(new ThemeCount(code, x, texts)));
        return out;
    }
}
