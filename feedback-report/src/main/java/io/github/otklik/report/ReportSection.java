package io.github.otklik.report;

/**
 * An extra section of the analytic report supplied by another module (the pain map table, an
 * agency's own figures): its title and an HTML fragment that the supplier has already escaped.
 */
public interface ReportSection {
    /** The section's heading, plain text (escaped by the report). */
    String title();

    /** The section's body: trusted, already-escaped HTML. */
    String html();
}
