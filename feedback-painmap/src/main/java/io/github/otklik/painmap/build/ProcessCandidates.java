package io.github.otklik.painmap.build;

import io.github.otklik.core.process.Process;
import io.github.otklik.core.text.Language;
import io.github.otklik.painmap.ProcessCoverage;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One process of a build: what the registry says of it (looked up once), how much data the report
 * had about it, and its candidates by problem code. Not thread-safe; lives for one build.
 */
final class ProcessCandidates {
    /** Up to this many candidates a process looks its problem codes up by scanning them. */
    private static final int LINEAR_LOOKUP = 32;

    final String id;
    /** Its place among the build's processes, in the order they were met. */
    final int ordinal;
    /** The registry's entry, or null. */
    final Process entry;
    final String name;
    final String group;
    /** The registry's owner, or null. */
    final String owner;
    /** The registry's annual volume, or -1. */
    final long annualVolume;
    /** The candidates as they came. */
    final List<Candidate> candidates = new ArrayList<>();
    /** The candidates by problem code, once there are too many to look through. */
    private Map<String, Candidate> byProblem;
    /** Whether the report had a group of this process. */
    boolean covered;
    long responses;
    final Map<String, Long> aspects = new HashMap<>();
    long appeals;
    long outcomes;
    long texts;

    ProcessCandidates(String id, int ordinal, Process entry, Language lang) {
        this.id = id;
        this.ordinal = ordinal;
        this.entry = entry;
        this.name = entry == null ? id : entry.name().in(lang.code());
        this.group = entry == null ? id : entry.group().orElse(id);
        this.owner = entry == null ? null : entry.owner().orElse(null);
        this.annualVolume = entry != null && entry.annualVolume().isPresent() ? entry.annualVolume().getAsLong() : -1;
    }

    /** The candidate of {@code problem}, or null when the process has none yet. */
    Candidate find(String problem) {
        if (byProblem != null) {
            return byProblem.get(problem);
        }
        int hash = problem.hashCode();
        for (int i = 0, n = candidates.size(); i < n; i++) {
            Candidate c = candidates.get(i);
            if (c.info.hash == hash && c.info.code.equals(problem)) {
                return c;
            }
        }
        return null;
    }

    /** Adds a new candidate (its code not yet among this process's). */
    void add(Candidate c) {
        if (byProblem == null && candidates.size() == LINEAR_LOOKUP) {
            byProblem = new HashMap<>();
            for (Candidate known : candidates) {
                byProblem.put(known.info.code, known);
            }
        }
        if (byProblem != null) {
            byProblem.put(c.info.code, c);
        }
        candidates.add(c);
    }

    /** How much data the report had about the process. */
    ProcessCoverage coverage() {
        return new ProcessCoverage(responses, aspects, appeals, outcomes, texts);
    }
}
