package io.github.otklik.painmap;

import io.github.otklik.painmap.evidence.Source;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * How much data a map had about one process, for telling "the problem is gone" from "nothing was
 * measured" on re-measurement: survey responses, answers per aspect, appeals and known results.
 * Immutable.
 *
 * @param responses survey responses of the process in the period
 * @param aspectAnswered integer answers per aspect code
 * @param appeals appeals of the process registered in the period
 * @param outcomes positive + negative results of the process's instances
 * @param texts texts of the process (comments and appeal texts with a word) counted for themes
 */
public record ProcessCoverage(long responses, Map<String, Long> aspectAnswered, long appeals, long outcomes, long texts) {
    /** No data. */
    public static final ProcessCoverage NONE = new ProcessCoverage(0, Map.of(), 0, 0, 0);

    /**
     * Coverage without texts.
     *
     * @param responses survey responses of the process in the period
     * @param aspectAnswered integer answers per aspect code
     * @param appeals appeals of the process registered in the period
     * @param outcomes positive + negative results of the process's instances
     */
    public ProcessCoverage(long responses, Map<String, Long> aspectAnswered, long appeals, long outcomes) {
        this(responses, aspectAnswered, appeals, outcomes, 0);
    }

    /** Copies the map. */
    public ProcessCoverage {
        aspectAnswered = Collections.unmodifiableMap(new TreeMap<>(aspectAnswered));
    }

    /**
     * The n a problem of {@code source} would have been measured against: for {@code SURVEY_PROBLEM}
     * the process's responses (an upper bound of the problem's base, which metrics do not report
     * for problems nobody chose), for {@code SURVEY_ASPECT} the aspect's answers (the problem code
     * is {@code aspect:<code>}), for {@code APPEALS} and {@code LEGAL_DEADLINE} the appeals, for
     * {@code PROCESS_NEGATIVE} the known results, for {@code TEXT} the texts, and 0 for {@code MANUAL}.
     */
    public long n(Source source, String problem) {
        return switch (source) {
            case SURVEY_PROBLEM -> responses;
            case SURVEY_ASPECT -> problem.startsWith("aspect:") ? aspectAnswered.getOrDefault(problem.substring(7), 0L) : 0;
            case APPEALS, LEGAL_DEADLINE -> appeals;
            case PROCESS_NEGATIVE -> outcomes;
            case TEXT -> texts;
            case MANUAL -> 0;
        };
    }
}
