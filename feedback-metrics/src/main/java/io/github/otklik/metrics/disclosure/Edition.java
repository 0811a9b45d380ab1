package io.github.otklik.metrics.disclosure;

import java.util.Locale;

/**
 * The edition of an output: the agency's own, for official use (для служебного пользования), or
 * the public one with generalized results (seed 004). Not to be confused with who the clients are
 * ({@code ClientKind}) or whom a questionnaire asks ({@code forms.Audience}): an agency edition
 * holds figures of external and internal clients alike.
 */
public enum Edition {
    /** The agency's own edition: every figure, including appeals, complaints, process indicators and internal clients. Wire name {@code internal}. */
    AGENCY("internal"),
    /** The public edition: generalized results of external clients, small cells suppressed. Wire name {@code public}. */
    PUBLIC("public");

    private final String wireName;

    Edition(String wireName) {
        this.wireName = wireName;
    }

    /**
     * The name used in JSON ({@code "audience"}) and on the command line ({@code --audience}).
     *
     * @return {@code internal} or {@code public}
     */
    public String wireName() {
        return wireName;
    }

    /**
     * The edition named {@code name} on the command line or in JSON.
     *
     * @param name {@code internal} or {@code public}
     * @return the edition
     * @throws IllegalArgumentException when the name is neither
     */
    public static Edition fromWireName(String name) {
        for (Edition e : values()) {
            if (e.wireName.equals(name)) {
                return e;
            }
        }
        throw new IllegalArgumentException("unknown audience \"" + name + "\" (expected internal or public)");
    }

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
