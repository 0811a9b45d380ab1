package io.github.otklik.spring.intake;

/**
 * Why the intake refused a post, in a few classes: the {@code reason} tag of the metric
 * {@code otklik.responses.rejected} and the HTTP status the client gets.
 */
public enum RejectReason {
    /** The body is not valid UTF-8, not JSON, not a JSON object, or repeats a key: 422. */
    MALFORMED("malformed", 422),
    /** The body is larger than {@code otklik.intake.max-request-size}: 413. */
    TOO_LARGE("too-large", 413),
    /** No form (or form version) of that id in the catalog: 422. */
    UNKNOWN_FORM("unknown-form", 422),
    /** An answer the form does not allow: unknown or hidden question, wrong type, out of range, too long, required but missing: 422. */
    INVALID_ANSWER("invalid-answer", 422),
    /** Something of the response other than its answers: id, process, agency, client, respondent data: 422. */
    INVALID_RESPONSE("invalid-response", 422),
    /** The id is already stored with other content: 409. */
    CONFLICT("conflict", 409),
    /** The rate-limit hook refused the client: 429. */
    RATE_LIMITED("rate-limited", 429),
    /** The feedback store cannot be reached or refused to write: 503. */
    STORE_UNAVAILABLE("store-unavailable", 503);

    private final String tag;
    private final int status;

    RejectReason(String tag, int status) {
        this.tag = tag;
        this.status = status;
    }

    /** @return the value of the metric's {@code reason} tag, e.g. {@code invalid-answer} */
    public String tag() {
        return tag;
    }

    /** @return the HTTP status answered */
    public int status() {
        return status;
    }
}
