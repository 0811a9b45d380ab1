package io.github.otklik.core.process;

/** Result of a finished process instance. */
public enum ProcessOutcome {
    /** The client got what was asked for. */
    POSITIVE,
    /** Refusal or another negative result. */
    NEGATIVE
}
