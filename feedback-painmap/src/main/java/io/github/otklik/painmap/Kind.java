package io.github.otklik.painmap;

/**
 * What a pain point is: a problem clients ran into, or an unmet need the agency could meet by
 * changing a process (боль клиента: проблема или потенциальная потребность, seed 004).
 */
public enum Kind {
    /** A problem clients experienced (проблема). */
    PROBLEM,
    /** A potential need of clients (потенциальная потребность), such as a new service. */
    NEED
}
