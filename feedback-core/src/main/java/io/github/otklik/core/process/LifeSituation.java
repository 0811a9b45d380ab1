package io.github.otklik.core.process;

import io.github.otklik.core.text.LocalizedText;
import io.github.otklik.core.validation.Identifiers;

import java.util.List;
import java.util.Objects;

/**
 * A life situation (жизненная ситуация, seed 003): an event of life and the processes a client
 * needs for it, possibly across agencies.
 *
 * @param id identifier
 * @param name name of the situation ("Рождение ребёнка")
 * @param processes ids of the processes it involves, in journey order
 */
public record LifeSituation(String id, LocalizedText name, List<String> processes) {
    /**
     * Checks the identifier syntax and copies the list.
     *
     * @param id identifier
     * @param name name of the situation ("Рождение ребёнка")
     * @param processes ids of the processes it involves, in journey order
     */
    public LifeSituation {
        Identifiers.requireIdentifier(id, "life situation id");
        Objects.requireNonNull(name, "name");
        processes = List.copyOf(processes);
    }
}
