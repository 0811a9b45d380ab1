package io.github.otklik.spring.intake;

import java.util.Objects;

/**
 * Who is posting, as far as a rate limit needs to know: never stored with the response.
 *
 * @param formId the form posted to
 * @param remoteAddress the client's address as the servlet container sees it (behind a proxy: as
 *     {@code server.forward-headers-strategy} makes it)
 */
public record IntakeClient(String formId, String remoteAddress) {
    /** Checks the parts. */
    public IntakeClient {
        Objects.requireNonNull(formId, "formId");
        Objects.requireNonNull(remoteAddress, "remoteAddress");
    }
}
