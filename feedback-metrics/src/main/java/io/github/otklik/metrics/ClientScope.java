package io.github.otklik.metrics;

import io.github.otklik.core.client.ClientKind;
import io.github.otklik.core.process.ProcessType;

/**
 * Whose feedback a metrics run counts (seed 004 assesses external and internal clients apart,
 * with their own instruments): every client, external clients only, or internal clients only.
 * External clients are responses with {@code client.kind} {@code EXTERNAL}, every appeal, and the
 * instances of processes whose registry type is not {@code INTERNAL}; internal clients are
 * responses with {@code client.kind} {@code INTERNAL} and the instances of {@code INTERNAL}
 * processes (appeals come from external clients).
 */
public enum ClientScope {
    /** Every client: what {@code otklik-metrics/1} reports. */
    ALL,
    /** External clients: citizens, businesses, other bodies. */
    EXTERNAL,
    /** Internal clients: the agency's own employees. */
    INTERNAL;

    /**
     * Whether responses of clients of {@code kind} count.
     *
     * @param kind the respondent's kind
     * @return whether they count in this scope
     */
    public boolean counts(ClientKind kind) {
        return this == ALL || (this == EXTERNAL) == (kind == ClientKind.EXTERNAL);
    }

    /**
     * Whether appeals count.
     *
     * @return false only for internal clients
     */
    public boolean countsAppeals() {
        return this != INTERNAL;
    }

    /**
     * Whether instances of a process count, given whether its registry type is
     * {@link ProcessType#INTERNAL} (a process the registry doesn't know counts as external).
     *
     * @param internalProcess whether the process is an internal one
     * @return whether they count in this scope
     */
    public boolean countsProcess(boolean internalProcess) {
        return this == ALL || (this == INTERNAL) == internalProcess;
    }
}
