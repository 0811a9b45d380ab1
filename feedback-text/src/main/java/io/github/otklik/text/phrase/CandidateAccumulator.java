package io.github.otklik.text.phrase;

import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;

/**
 * The running state of pass two ({@link PhraseAggregator}): per group, the texts on both sides and a
 * table of at most {@code candidates} phrases counted exactly, each with at most 8 surface forms
 * (≤ 120 characters) and 3 quotes (≤ 240 characters). Not thread-safe; serialisable for distributed
 * engines.
 */
public final class CandidateAccumulator implements Serializable {
    private static final long serialVersionUID = 1L;

    final int capacity;
    final Map<String, CandidateTable> groups = new HashMap<>();

    CandidateAccumulator(int capacity) {
        this.capacity = capacity;
    }

    CandidateTable table(String group) {
        return groups.computeIfAbsent(group, g -> new CandidateTable(capacity));
    }

    /**
     * The phrases held now, over all groups: at most {@code candidates} per group.
     *
     * @return the number of phrases counted exactly
     */
    public int candidateCount() {
        int n = 0;
        for (CandidateTable t : groups.values()) {
            n += t.byKey.size();
        }
        return n;
    }

    /**
     * The groups seen.
     *
     * @return the number of groups with at least one text
     */
    public int groupCount() {
        return groups.size();
    }

    /**
     * The most surface forms and quotes any candidate holds, and the longest of them: the figures
     * the memory bound rests on.
     *
     * @return {most surface forms, most quotes, longest surface form, longest quote}
     */
    public int[] extremes() {
        int[] out = new int[4];
        for (CandidateTable t : groups.values()) {
            for (Candidate c : t.byKey.values()) {
                out[0] = Math.max(out[0], c.surfaces.size());
                out[1] = Math.max(out[1], c.quotes.size());
                for (Candidate.SurfaceKey s : c.surfaces.keySet()) {
                    out[2] = Math.max(out[2], s.surface().length());
                }
                for (Candidate.QuoteSample q : c.quotes.keySet()) {
                    out[3] = Math.max(out[3], q.text().length());
                }
            }
        }
        return out;
    }
}
