package io.github.otklik.beam;

import io.github.otklik.metrics.report.InputCounts;
import io.github.otklik.metrics.report.InputSummary;

import java.util.Map;
import java.util.Set;

/**
 * The names under which the pipeline counts its inputs ({@code appeals.read},
 * {@code appeals.rejected}, {@code appeals.inPeriod}) and the {@code inputs} block of the report
 * assembled from their sums: the only place that knows how a tally is spelt.
 */
final class Tallies {
    /** Records read from a file, accepted or not. */
    static final String READ = "read";
    /** Records rejected: by the reader, or as a repeat of an id accepted in another file. */
    static final String REJECTED = "rejected";
    /** Accepted records that fall in the reporting period. */
    static final String IN_PERIOD = "inPeriod";

    private Tallies() {
    }

    /**
     * The name of one tally of one input.
     *
     * @param input the input's name ({@code responses}, {@code appeals}, {@code processes})
     * @param tally {@link #READ}, {@link #REJECTED} or {@link #IN_PERIOD}
     * @return {@code input.tally}
     */
    static String key(String input, String tally) {
        return input + "." + tally;
    }

    /**
     * The counts of one input from the summed tallies: accepted is read less rejected; a tally
     * never emitted is 0.
     *
     * @param sums the sum of every tally by name
     * @param input the input's name
     * @return its counts
     */
    static InputCounts counts(Map<String, Long> sums, String input) {
        long read = sums.getOrDefault(key(input, READ), 0L);
        long rejected = sums.getOrDefault(key(input, REJECTED), 0L);
        return new InputCounts(read, read - rejected, rejected, sums.getOrDefault(key(input, IN_PERIOD), 0L));
    }

    /**
     * The {@code inputs} block: the counts of every input that was given, the others absent.
     *
     * @param sums the sum of every tally by name
     * @param given the names of the inputs given to the transform
     * @return the summary
     */
    static InputSummary summary(Map<String, Long> sums, Set<String> given) {
        InputSummary inputs = InputSummary.none();
        if (given.contains(RecordInput.RESPONSES)) {
            inputs = inputs.withResponses(counts(sums, RecordInput.RESPONSES));
        }
        if (given.contains(RecordInput.APPEALS)) {
            inputs = inputs.withAppeals(counts(sums, RecordInput.APPEALS));
        }
        if (given.contains(RecordInput.PROCESSES)) {
            inputs = inputs.withProcesses(counts(sums, RecordInput.PROCESSES));
        }
        return inputs;
    }
}
