package io.github.otklik.core.agency;

import io.github.otklik.core.text.LocalizedText;
import io.github.otklik.core.validation.Identifiers;

import java.util.Objects;

/**
 * A public body (орган власти) that collects feedback: its identifier (used in every record's
 * {@code agency} field) and its name.
 *
 * @param id agency identifier
 * @param name agency name
 */
public record Agency(String id, LocalizedText name) {
    /**
     * Checks the identifier syntax.
     *
     * @param id agency identifier
     * @param name agency name
     */
    public Agency {
        Identifiers.requireIdentifier(id, "agency id");
        Objects.requireNonNull(name, "name");
    }
}
