package io.github.otklik.core.instrument;

/** Why feedback is collected (цель сбора обратной связи, seed 000). */
public enum Purpose {
    /** Analysis of the current activity and of clients' needs. */
    CURRENT_STATE,
    /** Designing a new process (реинжиниринг). */
    REENGINEERING,
    /** Checking deviations from the target state after the change. */
    POST_REENGINEERING
}
