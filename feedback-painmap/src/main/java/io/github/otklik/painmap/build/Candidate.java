package io.github.otklik.painmap.build;

import io.github.otklik.painmap.evidence.Evidence;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A pain point in the making: its process, its problem code, its evidence as it is collected and
 * the manual entry of its code, if any; {@link #index} is its place in the build. Not thread-safe;
 * lives for one build.
 */
final class Candidate {
    private static final Comparator<Evidence> BY_SOURCE = Comparator.comparing(Evidence::source);

    final ProcessCandidates owner;
    final ProblemInfo info;
    final int index;
    /** The evidence while there is one piece. */
    private Evidence only;
    /** The evidence once there are several, in the order they came. */
    private List<Evidence> several;
    /** The analyst's entry of this process and code, or null. */
    ManualEntry manual;

    Candidate(ProcessCandidates owner, ProblemInfo info, int index) {
        this.owner = owner;
        this.info = info;
        this.index = index;
    }

    /** Adds a piece of evidence. */
    void add(Evidence e) {
        if (several != null) {
            several.add(e);
        } else if (only == null) {
            only = e;
        } else {
            several = new ArrayList<>(4);
            several.add(only);
            several.add(e);
        }
    }

    /** The evidence by source order, then as it came, as an immutable list (at least one piece). */
    List<Evidence> evidence() {
        if (several == null) {
            return List.of(only);
        }
        several.sort(BY_SOURCE); // stable: as they came within a source
        return List.copyOf(several);
    }
}
