package io.github.otklik.metrics.disclosure;

/**
 * Kinds of content that an edition shows or leaves out as a whole ({@link Disclosure#shows}).
 */
public enum Content {
    /** Appeal and complaint statistics (internal only, {@code spec/metrics.md}). */
    APPEALS,
    /** Process indicators: durations, touches, negative results. */
    PROCESS_INDICATORS,
    /** Figures of internal clients: the agency's employees and the forms that ask them. */
    INTERNAL_CLIENTS,
    /** Free text and quotes, even masked. */
    FREE_TEXT,
    /** The working pain map: every point with its evidence figures and explanations. */
    WORKING_PAIN_MAP,
    /** Target-state indicators other than satisfaction ones. */
    OPERATIONAL_TARGETS
}
