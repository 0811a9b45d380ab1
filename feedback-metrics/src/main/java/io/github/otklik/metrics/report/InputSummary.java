package io.github.otklik.metrics.report;

import java.util.Objects;

/**
 * What a metrics run read from each of its three inputs ({@code spec/metrics.md}, inputs), and
 * which inputs were given at all (a section whose input was not given is an empty list, not a
 * section of zeros). Immutable.
 */
public final class InputSummary {
    private static final InputSummary NONE = new InputSummary(null, null, null);

    private final InputCounts responses;
    private final InputCounts appeals;
    private final InputCounts processes;

    private InputSummary(InputCounts responses, InputCounts appeals, InputCounts processes) {
        this.responses = responses;
        this.appeals = appeals;
        this.processes = processes;
    }

    /**
     * No input given.
     *
     * @return the empty summary
     */
    public static InputSummary none() {
        return NONE;
    }

    /**
     * This summary with the counts of the responses input.
     *
     * @param counts what was read
     * @return a new summary
     */
    public InputSummary withResponses(InputCounts counts) {
        return new InputSummary(Objects.requireNonNull(counts, "counts"), appeals, processes);
    }

    /**
     * This summary with the counts of the appeals input.
     *
     * @param counts what was read
     * @return a new summary
     */
    public InputSummary withAppeals(InputCounts counts) {
        return new InputSummary(responses, Objects.requireNonNull(counts, "counts"), processes);
    }

    /**
     * This summary with the counts of the process-instances input.
     *
     * @param counts what was read
     * @return a new summary
     */
    public InputSummary withProcesses(InputCounts counts) {
        return new InputSummary(responses, appeals, Objects.requireNonNull(counts, "counts"));
    }

    /**
     * Counts of the survey responses read (zeros when not given).
     *
     * @return the counts
     */
    public InputCounts responses() {
        return responses == null ? InputCounts.NONE : responses;
    }

    /**
     * Counts of the appeals read (zeros when not given).
     *
     * @return the counts
     */
    public InputCounts appeals() {
        return appeals == null ? InputCounts.NONE : appeals;
    }

    /**
     * Counts of the process instances read (zeros when not given).
     *
     * @return the counts
     */
    public InputCounts processes() {
        return processes == null ? InputCounts.NONE : processes;
    }

    /**
     * Whether responses were given.
     *
     * @return true when given
     */
    public boolean hasResponses() {
        return responses != null;
    }

    /**
     * Whether appeals were given.
     *
     * @return true when given
     */
    public boolean hasAppeals() {
        return appeals != null;
    }

    /**
     * Whether process instances were given.
     *
     * @return true when given
     */
    public boolean hasProcesses() {
        return processes != null;
    }

    /**
     * Rejected records over the three inputs.
     *
     * @return the total
     */
    public long rejected() {
        return responses().rejected() + appeals().rejected() + processes().rejected();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof InputSummary s && Objects.equals(responses, s.responses) && Objects.equals(appeals, s.appeals)
                && Objects.equals(processes, s.processes);
    }

    @Override
    public int hashCode() {
        return Objects.hash(responses, appeals, processes);
    }

    @Override
    public String toString() {
        return "inputs{responses " + responses + ", appeals " + appeals + ", processes " + processes + "}";
    }
}
