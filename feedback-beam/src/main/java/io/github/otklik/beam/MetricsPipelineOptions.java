package io.github.otklik.beam;

import org.apache.beam.sdk.options.Default;
import org.apache.beam.sdk.options.Description;
import org.apache.beam.sdk.options.PipelineOptions;
import org.apache.beam.sdk.options.Validation;

/**
 * The command-line options of {@link OtklikPipelines#main}: Beam's own ({@code --runner}, the
 * runner's options) plus those of {@code otklik metrics} ({@code spec/cli.md}), in Beam's
 * {@code --name=value} form. Inputs are comma-separated file patterns on any Beam file system.
 */
public interface MetricsPipelineOptions extends PipelineOptions {
    /** Survey-response files (JSON Lines), comma-separated patterns. */
    @Description("Survey responses (JSON Lines): comma-separated file patterns")
    String getResponses();

    /** Sets {@link #getResponses()}. */
    void setResponses(String value);

    /** Appeal files (CSV), comma-separated patterns. */
    @Description("Appeals (CSV): comma-separated file patterns")
    String getAppeals();

    /** Sets {@link #getAppeals()}. */
    void setAppeals(String value);

    /** Process-instance files (CSV), comma-separated patterns. */
    @Description("Process instances (CSV): comma-separated file patterns")
    String getProcesses();

    /** Sets {@link #getProcesses()}. */
    void setProcesses(String value);

    /** A local directory of extra otklik-form/1 templates. */
    @Description("Local directory of extra otklik-form/1 templates (*.json), read when the pipeline is built")
    String getForms();

    /** Sets {@link #getForms()}. */
    void setForms(String value);

    /** The reporting period. */
    @Description("Reporting period: YYYY, YYYY-Qn, YYYY-MM or YYYY-MM-DD..YYYY-MM-DD")
    @Validation.Required
    String getPeriod();

    /** Sets {@link #getPeriod()}. */
    void setPeriod(String value);

    /** The reporting zone. */
    @Description("Reporting zone (IANA id)")
    @Default.String("Europe/Moscow")
    String getZone();

    /** Sets {@link #getZone()}. */
    void setZone(String value);

    /** Grouping dimensions, comma-separated. */
    @Description("Grouping dimensions, comma-separated: agency, process, channel, form, category, clientKind, kind, topic")
    String getGroupBy();

    /** Sets {@link #getGroupBy()}. */
    void setGroupBy(String value);

    /** internal or public. */
    @Description("Audience: internal or public")
    @Default.String("internal")
    String getAudience();

    /** Sets {@link #getAudience()}. */
    void setAudience(String value);

    /** Smallest public cell. */
    @Description("Smallest group shown in a public report")
    @Default.Long(5)
    long getMinCell();

    /** Sets {@link #getMinCell()}. */
    void setMinCell(long value);

    /** The instant the figures are as of. */
    @Description("Instant the figures are as of (default: start of the day after the period)")
    String getAsOf();

    /** Sets {@link #getAsOf()}. */
    void setAsOf(String value);

    /** A previous period to compare with. */
    @Description("A previous period to compare satisfaction and complaints with")
    String getCompare();

    /** Sets {@link #getCompare()}. */
    void setCompare(String value);

    /** Target-state indicators (JSON file). */
    @Description("Target-state indicators: a JSON file [{process, metric, target, direction}]")
    String getTargets();

    /** Sets {@link #getTargets()}. */
    void setTargets(String value);

    /** Where to write the otklik-metrics/1 document. */
    @Description("File to write the otklik-metrics/1 document to")
    @Validation.Required
    String getOutput();

    /** Sets {@link #getOutput()}. */
    void setOutput(String value);

    /** Where to write the rejects (JSON Lines). */
    @Description("File to write every rejected record to (JSON Lines, spec/formats.md §5)")
    String getRejects();

    /** Sets {@link #getRejects()}. */
    void setRejects(String value);
}
