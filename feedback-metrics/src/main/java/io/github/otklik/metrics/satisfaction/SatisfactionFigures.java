package io.github.otklik.metrics.satisfaction;

import io.github.otklik.metrics.Cell;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Satisfaction figures of one group ({@code spec/metrics.md}): responses, overall, aspects by
 * code and problems by code (only codes chosen at least once), both maps in code-point order. In a
 * public report, aspects with fewer than {@code minCell} answers and problems with a base below
 * {@code minCell} are {@link Cell.Suppressed}. Immutable.
 *
 * @param responses responses in the group
 * @param overall the overall scale
 * @param aspects per aspect code
 * @param problems per problem code with count ≥ 1
 */
public record SatisfactionFigures(long responses, ScaleResult overall, Map<String, Cell<ScaleResult>> aspects,
        Map<String, Cell<ProblemResult>> problems) {
    /**
     * Copies the maps, keeping their order.
     *
     * @param aspects per aspect code
     * @param overall the overall scale
     * @param problems per problem code with count ≥ 1
     * @param responses responses in the group
     */
    public SatisfactionFigures {
        aspects = Collections.unmodifiableMap(new LinkedHashMap<>(aspects));
        problems = Collections.unmodifiableMap(new LinkedHashMap<>(problems));
    }

    /** These figures with aspects answered fewer than {@code minCell} times and problems of base below it suppressed. */
    public SatisfactionFigures suppressBelow(long minCell) {
        Map<String, Cell<ScaleResult>> a = new LinkedHashMap<>();
        aspects.forEach((code, cell) -> a.put(code, cell.figure().filter(r -> r.answered() >= minCell)
                .<Cell<ScaleResult>>map(Cell::shown).orElseGet(Cell::suppressed)));
        Map<String, Cell<ProblemResult>> p = new LinkedHashMap<>();
        problems.forEach((code, cell) -> p.put(code, cell.figure().filter(r -> r.base() >= minCell)
                .<Cell<ProblemResult>>map(Cell::shown).orElseGet(Cell::suppressed)));
        return new SatisfactionFigures(responses, overall, a, p);
    }
}
