package io.github.otklik.synthetic.response;

import io.github.otklik.core.process.ProcessType;
import io.github.otklik.core.validation.Identifiers;

import java.util.Objects;

/**
 * A process of a sample agency as the generator sees it (профиль процесса): its id, type and a
 * hidden quality in [0, 1] (1 = no pains) that drives how satisfied its respondents are.
 *
 * @param id the process id, an identifier
 * @param type the process type, which selects its standard forms
 * @param quality how well the process works, in [0, 1]
 */
public record ProcessProfile(String id, ProcessType type, double quality) {
    /**
     * Checks the parts.
     *
     * @param id the process id, an identifier
     * @param quality how well the process works, in [0, 1]
     * @param type the process type, which selects its standard forms
     * @throws IllegalArgumentException when the id is malformed or the quality is outside [0, 1]
     */
    public ProcessProfile {
        Identifiers.requireIdentifier(id, "process id");
        Objects.requireNonNull(type, "type");
        if (!(quality >= 0 && quality <= 1)) {
            throw new IllegalArgumentException("quality must be in [0, 1], was " + quality);
        }
    }
}
