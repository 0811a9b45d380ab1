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
    /**
     * Survey-response files (JSON Lines), comma-separated patterns.
     *
     * @return survey-response files (JSON Lines), comma-separated patterns, or null when not given
     */
    @Description("Survey responses (JSON Lines): comma-separated file patterns")
    String getResponses();

    /**
     * Sets {@link #getResponses()}.
     *
     * @param value the value
     */
    void setResponses(String value);

    /**
     * Appeal files (CSV), comma-separated patterns.
     *
     * @return appeal files (CSV), comma-separated patterns, or null when not given
     */
    @Description("Appeals (CSV): comma-separated file patterns")
    String getAppeals();

    /**
     * Sets {@link #getAppeals()}.
     *
     * @param value the value
     */
    void setAppeals(String value);

    /**
     * Process-instance files (CSV), comma-separated patterns.
     *
     * @return process-instance files (CSV), comma-separated patterns, or null when not given
     */
    @Description("Process instances (CSV): comma-separated file patterns")
    String getProcesses();

    /**
     * Sets {@link #getProcesses()}.
     *
     * @param value the value
     */
    void setProcesses(String value);

    /**
     * A local directory of extra otklik-form/1 templates.
     *
     * @return A local directory of extra otklik-form/1 templates, or null when not given
     */
    @Description("Local directory of extra otklik-form/1 templates (*.json), read when the pipeline is built")
    String getForms();

    /**
     * Sets {@link #getForms()}.
     *
     * @param value the value
     */
    void setForms(String value);

    /**
     * The reporting period.
     *
     * @return the reporting period, or null when not given
     */
    @Description("Reporting period: YYYY, YYYY-Qn, YYYY-MM or YYYY-MM-DD..YYYY-MM-DD")
    @Validation.Required
    String getPeriod();

    /**
     * Sets {@link #getPeriod()}.
     *
     * @param value the value
     */
    void setPeriod(String value);

    /**
     * The reporting zone.
     *
     * @return the reporting zone, or null when not given
     */
    @Description("Reporting zone (IANA id)")
    @Default.String("Europe/Moscow")
    String getZone();

    /**
     * Sets {@link #getZone()}.
     *
     * @param value the value
     */
    void setZone(String value);

    /**
     * Grouping dimensions, comma-separated.
     *
     * @return grouping dimensions, comma-separated, or null when not given
     */
    @Description("Grouping dimensions, comma-separated: agency, process, channel, form, category, clientKind, kind, topic")
    String getGroupBy();

    /**
     * Sets {@link #getGroupBy()}.
     *
     * @param value the value
     */
    void setGroupBy(String value);

    /**
     * internal or public.
     *
     * @return internal or public, or null when not given
     */
    @Description("Audience: internal or public")
    @Default.String("internal")
    String getAudience();

    /**
     * Sets {@link #getAudience()}.
     *
     * @param value the value
     */
    void setAudience(String value);

    /**
     * Smallest public cell.
     *
     * @return smallest public cell, or null when not given
     */
    @Description("Smallest group shown in a public report")
    @Default.Long(5)
    long getMinCell();

    /**
     * Sets {@link #getMinCell()}.
     *
     * @param value the value
     */
    void setMinCell(long value);

    /**
     * The instant the figures are as of.
     *
     * @return the instant the figures are as of, or null when not given
     */
    @Description("Instant the figures are as of (default: start of the day after the period)")
    String getAsOf();

    /**
     * Sets {@link #getAsOf()}.
     *
     * @param value the value
     */
    void setAsOf(String value);

    /**
     * A previous period to compare with.
     *
     * @return A previous period to compare with, or null when not given
     */
    @Description("A previous period to compare satisfaction and complaints with")
    String getCompare();

    /**
     * Sets {@link #getCompare()}.
     *
     * @param value the value
     */
    void setCompare(String value);

    /**
     * Target-state indicators (JSON file).
     *
     * @return target-state indicators (JSON file), or null when not given
     */
    @Description("Target-state indicators: a JSON file [{process, metric, target, direction}]")
    String getTargets();

    /**
     * Sets {@link #getTargets()}.
     *
     * @param value the value
     */
    void setTargets(String value);

    /**
     * Where to write the otklik-metrics/1 document.
     *
     * @return where to write the otklik-metrics/1 document, or null when not given
     */
    @Description("File to write the otklik-metrics/1 document to")
    @Validation.Required
    String getOutput();

    /**
     * Sets {@link #getOutput()}.
     *
     * @param value the value
     */
    void setOutput(String value);

    /**
     * Where to write the rejects (JSON Lines).
     *
     * @return where to write the rejects (JSON Lines), or null when not given
     */
    @Description("File to write every rejected record to (JSON Lines, spec/formats.md §5)")
    String getRejects();

    /**
     * Sets {@link #getRejects()}.
     *
     * @param value the value
     */
    void setRejects(String value);
}
