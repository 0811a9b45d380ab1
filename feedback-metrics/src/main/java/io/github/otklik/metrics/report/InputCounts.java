package io.github.otklik.metrics.report;

/**
 * What was read from one input ({@code spec/metrics.md}, inputs): {@code read} non-empty records =
 * {@code accepted} + {@code rejected}; {@code inPeriod} accepted records that fall in the period.
 *
 * @param read non-empty records
 * @param accepted valid records
 * @param rejected rejected records
 * @param inPeriod accepted records in the period
 */
public record InputCounts(long read, long accepted, long rejected, long inPeriod) {
    /** Nothing read. */
    public static final InputCounts NONE = new InputCounts(0, 0, 0, 0);
}
