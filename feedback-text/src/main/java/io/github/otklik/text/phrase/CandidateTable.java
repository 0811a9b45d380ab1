package io.github.otklik.text.phrase;

import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeSet;

/**
 * The candidates of one group in the second pass: at most {@code capacity} phrases, those ranking
 * first by (â from the sketch, descending; stems, ascending by code point). That order is fixed
 * before the pass starts, so the table of a whole input is the same however it was ordered or split:
 * a phrase among the first {@code capacity} of all is among the first of every part that saw it,
 * enters its part's table at its first text and is never pushed out, so its counts are exact; a
 * phrase pushed out, or turned away by a full table, never enters that part again. Also counts the
 * group's texts on both sides. Not thread-safe.
 */
final class CandidateTable implements Serializable {
    private static final long serialVersionUID = 1L;

    final int capacity;
    long dissatisfiedTexts;
    long otherTexts;
    final Map<String, Candidate> byKey = new HashMap<>();
    final TreeSet<Candidate> ranked = new TreeSet<>();

    CandidateTable(int capacity) {
        this.capacity = capacity;
    }

    /** Whether a phrase of priority {@code priority} could be in the table; a cheap test before building its key. */
    boolean mayHold(int priority) {
        return byKey.size() < capacity || priority >= ranked.last().priority;
    }

    /** The candidate for {@code key}, entered now if it ranks high enough; null when it does not. */
    Candidate admit(String key, int priority) {
        Candidate c = byKey.get(key);
        if (c != null) {
            return c;
        }
        c = new Candidate(key, priority);
        if (byKey.size() == capacity) {
            Candidate worst = ranked.last();
            if (c.compareTo(worst) > 0) {
                return null;
            }
            ranked.pollLast();
            byKey.remove(worst.key);
        }
        byKey.put(key, c);
        ranked.add(c);
        return c;
    }

    void merge(CandidateTable other) {
        dissatisfiedTexts += other.dissatisfiedTexts;
        otherTexts += other.otherTexts;
        for (Candidate theirs : other.ranked) {
            Candidate mine = byKey.get(theirs.key);
            if (mine != null) {
                mine.merge(theirs);
            } else {
                Candidate entered = admit(theirs.key, theirs.priority);
                if (entered != null) {
                    entered.merge(theirs);
                }
            }
        }
    }
}
