package io.github.otklik.core.process;

import io.github.otklik.core.channel.Channel;
import io.github.otklik.core.text.LocalizedText;
import io.github.otklik.core.validation.Identifiers;

import java.util.Objects;
import java.util.Set;

/**
 * A touchpoint (точка взаимодействия) of a client journey: a step where the client meets the
 * agency (filing an application, a call, receiving the result), with the channels it uses.
 *
 * @param id identifier
 * @param name name of the step
 * @param channels channels through which the step happens
 */
public record Touchpoint(String id, LocalizedText name, Set<Channel> channels) {
    /**
     * Checks the identifier syntax and copies the set.
     *
     * @param channels channels through which the step happens
     * @param id identifier
     * @param name name of the step
     */
    public Touchpoint {
        Identifiers.requireIdentifier(id, "touchpoint id");
        Objects.requireNonNull(name, "name");
        channels = Set.copyOf(channels);
    }
}
