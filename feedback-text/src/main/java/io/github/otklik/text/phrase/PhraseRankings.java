package io.github.otklik.text.phrase;

import io.github.otklik.core.text.CodePoints;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The result of {@link PhraseAggregator}: one ranking over all texts ({@link Grouping#OVERALL}) or one
 * per process ({@link Grouping#PROCESS}). Immutable.
 */
public final class PhraseRankings {
    private final Grouping grouping;
    private final PhraseRanking overall;
    private final Map<String, PhraseRanking> byProcess;

    PhraseRankings(Grouping grouping, PhraseRanking overall, Map<String, PhraseRanking> byProcess) {
        this.grouping = grouping;
        this.overall = overall;
        List<String> ids = new ArrayList<>(byProcess.keySet());
        ids.sort(CodePoints.ORDER);
        Map<String, PhraseRanking> copy = new LinkedHashMap<>();
        ids.forEach(id -> copy.put(id, byProcess.get(id)));
        this.byProcess = Collections.unmodifiableMap(copy);
    }

    /**
     * How the texts were grouped.
     *
     * @return the grouping
     */
    public Grouping grouping() {
        return grouping;
    }

    /**
     * The ranking over all texts.
     *
     * @return the ranking, for {@link Grouping#OVERALL}
     */
    public Optional<PhraseRanking> overall() {
        return Optional.ofNullable(overall);
    }

    /**
     * The rankings per process, for processes with texts, in code-point order of their ids.
     *
     * @return the rankings, empty for {@link Grouping#OVERALL}
     */
    public Map<String, PhraseRanking> byProcess() {
        return byProcess;
    }

    /**
     * The ranking of one process.
     *
     * @param process a process id
     * @return its ranking, when grouping by process and the process has texts
     */
    public Optional<PhraseRanking> process(String process) {
        return Optional.ofNullable(byProcess.get(process));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PhraseRankings r && grouping == r.grouping && java.util.Objects.equals(overall, r.overall)
                && byProcess.equals(r.byProcess);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(grouping, overall, byProcess);
    }

    @Override
    public String toString() {
        return "PhraseRankings[" + grouping + ", " + (overall != null ? "overall" : byProcess.size() + " processes") + "]";
    }
}
