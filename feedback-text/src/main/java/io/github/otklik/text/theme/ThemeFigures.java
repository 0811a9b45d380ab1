package io.github.otklik.text.theme;

import io.github.otklik.core.text.CodePoints;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Theme counts per process and over all texts, the result of {@link ThemeAggregator}. Texts without a
 * process count in {@link #total()} only (a pain point needs a process). Figures only — no text.
 *
 * @param byProcess counts per process id, for processes with at least one text, in code-point order
 * @param total counts over every text
 */
public record ThemeFigures(Map<String, ThemeCounts> byProcess, ThemeCounts total) {
    /**
     * Copies the map, putting process ids in code-point order.
     *
     * @param byProcess counts per process id, for processes with at least one text, in code-point order
     * @param total counts over every text
     */
    public ThemeFigures {
        Objects.requireNonNull(total, "total");
        List<String> ids = new ArrayList<>(byProcess.keySet());
        ids.sort(CodePoints.ORDER);
        Map<String, ThemeCounts> copy = new LinkedHashMap<>();
        for (String id : ids) {
            copy.put(id, Objects.requireNonNull(byProcess.get(id), id));
        }
        byProcess = Collections.unmodifiableMap(copy);
    }

    /**
     * The counts of one process.
     *
     * @param process a process id
     * @return its counts, when it has texts
     */
    public Optional<ThemeCounts> process(String process) {
        return Optional.ofNullable(byProcess.get(process));
    }
}
