package io.github.otklik.report;

import io.github.otklik.core.text.Html;
import io.github.otklik.core.text.Language;
import io.github.otklik.metrics.label.DateWording;
import io.github.otklik.metrics.label.Labels;
import io.github.otklik.metrics.report.MetricsReport;

import java.util.Optional;

/**
 * What every section of one report reads: the figures of external clients (the headline, the
 * conclusions, the charts), those of internal clients when the edition shows them, the figures of
 * every client (what was read), the wording, the dates and the names.
 *
 * @param external external clients' figures, grouped by process (or a report of every client when no split was given)
 * @param internal internal clients' figures, when given and shown
 * @param all every client's figures (inputs, appeals)
 * @param t wording and numbers
 * @param labels names in place of codes
 * @param dates dates in the report's language
 * @param agency the agency's name, or null
 * @param surveyUrl the survey link (http or https), or null
 */
record Context(MetricsReport external, Optional<MetricsReport> internal, MetricsReport all, Texts t, Labels labels, DateWording dates,
        String agency, String surveyUrl) {
    /** The report's language. */
    Language lang() {
        return t.language();
    }

    /** A name in the quotation marks of the report's language: «…» or “…”. */
    String quoted(String name) {
        return lang() == Language.EN ? "“" + name + "”" : "«" + name + "»";
    }

    boolean isPublic() {
        return external.disclosure().isPublic();
    }

    static String esc(String s) {
        return Html.escape(s);
    }
}
