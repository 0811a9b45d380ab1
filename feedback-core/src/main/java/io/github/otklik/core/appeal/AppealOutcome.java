package io.github.otklik.core.appeal;

/** How an answered appeal ended. */
public enum AppealOutcome {
    /** Positive decision, the problem was solved. */
    RESOLVED,
    /** Refusal. */
    REFUSED,
    /** An explanation was given. */
    EXPLAINED,
    /** Sent to the competent body. */
    FORWARDED
}
