package io.github.otklik.core.io;

/**
 * Counts of one read: {@code read} non-empty records = {@code accepted} + {@code rejected}, and
 * whether the reader had to stop before the end of the input ({@code truncated}, after an
 * unterminated CSV quote).
 *
 * @param source the input's name
 * @param read non-empty data records seen
 * @param accepted records delivered to {@link RecordHandler#accept}
 * @param rejected records delivered to {@link RecordHandler#reject}
 * @param truncated whether the rest of the input could not be read
 */
public record ReadSummary(String source, long read, long accepted, long rejected, boolean truncated) {
    /** Checks that the counts add up. */
    public ReadSummary {
        if (read != accepted + rejected || accepted < 0 || rejected < 0) {
            throw new IllegalArgumentException("inconsistent counts: read " + read + ", accepted " + accepted + ", rejected " + rejected);
        }
    }
}
