package io.github.otklik.metrics;

import java.util.Optional;

/**
 * A {@code groupBy} dimension of {@code spec/metrics.md}, with the sections it applies to:
 * {@code agency}, {@code process}, {@code channel} (all sections), {@code form}, {@code category},
 * {@code clientKind} (responses), {@code kind}, {@code topic} (appeals), and {@code lifeSituation}
 * (all sections; from the process registry, and the only dimension whose groups overlap: a record
 * counts once in each life situation of its process).
 */
public enum Dimension {
    /** Agency id. */
    AGENCY("agency", true, true, true),
    /** Process id. */
    PROCESS("process", true, true, true),
    /** Channel. */
    CHANNEL("channel", true, true, true),
    /** Form id (versions merged). */
    FORM("form", true, false, false),
    /** Client category. */
    CATEGORY("category", true, false, false),
    /** Client kind. */
    CLIENT_KIND("clientKind", true, false, false),
    /** Appeal kind. */
    KIND("kind", false, true, false),
    /** Appeal topic. */
    TOPIC("topic", false, true, false),
    /**
     * Life situation (жизненная ситуация, seed 003) of the record's process, from the registry: a
     * record counts once in each of them, so groups overlap and the total is not their sum.
     */
    LIFE_SITUATION("lifeSituation", true, true, true);

    /** The key value of a record that lacks the dimension's value. */
    public static final String UNSPECIFIED = "UNSPECIFIED";

    private final String wireName;
    private final boolean responses;
    private final boolean appeals;
    private final boolean processes;

    Dimension(String wireName, boolean responses, boolean appeals, boolean processes) {
        this.wireName = wireName;
        this.responses = responses;
        this.appeals = appeals;
        this.processes = processes;
    }

    /**
     * The name used on the command line and in JSON keys.
     *
     * @return the name used on the command line and in JSON keys
     */
    public String wireName() {
        return wireName;
    }

    /** The dimension named {@code name}. */
    public static Optional<Dimension> fromWireName(String name) {
        for (Dimension d : values()) {
            if (d.wireName.equals(name)) {
                return Optional.of(d);
            }
        }
        return Optional.empty();
    }

    /**
     * Whether survey responses have this dimension.
     *
     * @return whether survey responses have this dimension
     */
    public boolean appliesToResponses() {
        return responses;
    }

    /**
     * Whether appeals have this dimension.
     *
     * @return whether appeals have this dimension
     */
    public boolean appliesToAppeals() {
        return appeals;
    }

    /**
     * Whether a record may count in more than one group of this dimension.
     *
     * @return true for {@link #LIFE_SITUATION}
     */
    public boolean overlaps() {
        return this == LIFE_SITUATION;
    }

    /**
     * Whether process instances have this dimension.
     *
     * @return whether process instances have this dimension
     */
    public boolean appliesToProcesses() {
        return processes;
    }
}
