package io.github.otklik.spring.intake;

import java.util.Objects;

/**
 * Everything of a post but its body.
 *
 * @param source names the input in rejects (the request path, e.g. {@code /otklik/forms/EXT-1/responses})
 * @param formId the form id of the path
 * @param formVersion the form version asked for ({@code ?version=}); empty for the latest
 * @param process the process the survey was about ({@code ?process=}); empty for the configured default
 * @param idempotencyKey the client's {@code Idempotency-Key}, the response id of SurveyJS data; empty
 *     for a new random id (then a repeated post is stored again)
 */
public record IntakeRequest(String source, String formId, String formVersion, String process, String idempotencyKey) {
    /** Checks the parts. */
    public IntakeRequest {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(formId, "formId");
        Objects.requireNonNull(formVersion, "formVersion");
        Objects.requireNonNull(process, "process");
        Objects.requireNonNull(idempotencyKey, "idempotencyKey");
    }
}
