package io.github.otklik.report;

/**
 * One section of the analytic report: its heading and an HTML fragment. The report's own
 * sections (conclusions, satisfaction, appeals, …) and the ones other modules or an agency supply
 * (the pain map, what clients write, the agency's own figures) are all of this type, rendered the
 * same way; a section whose body is empty is left out.
 */
public interface ReportSection {
    /**
     * The section's heading.
     *
     * @return plain text (the report escapes it)
     */
    String title();

    /**
     * The section's body.
     *
     * @return trusted HTML whose every text from data the supplier has already escaped; empty to leave the section out
     */
    String html();

    /**
     * A name for the section's CSS class and anchor.
     *
     * @return a short lower-case name; {@code extra} unless the section says otherwise
     */
    default String id() {
        return "extra";
    }
}
