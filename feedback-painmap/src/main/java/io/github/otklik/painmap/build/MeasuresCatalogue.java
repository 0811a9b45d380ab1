package io.github.otklik.painmap.build;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A catalogue of typical measures per problem code (каталог мероприятий), as {@code {"queue":
 * ["…", "…"]}}: every pain point of that code gets them, after the manual entry's. Immutable.
 *
 * @param byProblem measures per problem code, in the catalogue's order
 */
public record MeasuresCatalogue(Map<String, List<String>> byProblem) {
    private static final MeasuresCatalogue EMPTY = new MeasuresCatalogue(Map.of());

    /** Copies the map and the lists. */
    public MeasuresCatalogue {
        Map<String, List<String>> copy = new LinkedHashMap<>();
        byProblem.forEach((code, list) -> copy.put(code, List.copyOf(list)));
        byProblem = Collections.unmodifiableMap(copy);
    }

    /** No measures. */
    public static MeasuresCatalogue empty() {
        return EMPTY;
    }

    /** The measures for {@code problem}; empty when the catalogue has none. */
    public List<String> measures(String problem) {
        return byProblem.getOrDefault(problem, List.of());
    }
}
