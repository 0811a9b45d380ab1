package io.github.otklik.metrics;

import io.github.otklik.core.appeal.Appeal;
import io.github.otklik.core.io.RecordSource;
import io.github.otklik.core.process.ProcessInstance;
import io.github.otklik.core.response.SurveyResponse;

import java.util.Objects;
import java.util.Optional;

/**
 * The three record inputs of a metrics run, any of which may be absent (its section is then an
 * empty list). Responses must already be checked against their forms (see
 * {@code ResponseJsonlReader} with a {@code ResponseValidator}). Immutable.
 */
public final class MetricsInputs {
    private final RecordSource<SurveyResponse> responses;
    private final RecordSource<Appeal> appeals;
    private final RecordSource<ProcessInstance> processes;

    private MetricsInputs(RecordSource<SurveyResponse> responses, RecordSource<Appeal> appeals, RecordSource<ProcessInstance> processes) {
        this.responses = responses;
        this.appeals = appeals;
        this.processes = processes;
    }

    /** No inputs. */
    public static MetricsInputs none() {
        return new MetricsInputs(null, null, null);
    }

    /** These inputs with {@code source} as the responses. */
    public MetricsInputs withResponses(RecordSource<SurveyResponse> source) {
        return new MetricsInputs(Objects.requireNonNull(source), appeals, processes);
    }

    /** These inputs with {@code source} as the appeals. */
    public MetricsInputs withAppeals(RecordSource<Appeal> source) {
        return new MetricsInputs(responses, Objects.requireNonNull(source), processes);
    }

    /** These inputs with {@code source} as the process instances. */
    public MetricsInputs withProcesses(RecordSource<ProcessInstance> source) {
        return new MetricsInputs(responses, appeals, Objects.requireNonNull(source));
    }

    /**
     * The responses, when given.
     *
     * @return the responses, when given
     */
    public Optional<RecordSource<SurveyResponse>> responses() {
        return Optional.ofNullable(responses);
    }

    /**
     * The appeals, when given.
     *
     * @return the appeals, when given
     */
    public Optional<RecordSource<Appeal>> appeals() {
        return Optional.ofNullable(appeals);
    }

    /**
     * The process instances, when given.
     *
     * @return the process instances, when given
     */
    public Optional<RecordSource<ProcessInstance>> processes() {
        return Optional.ofNullable(processes);
    }
}
