package io.github.otklik.core.process;

/** The eight process types (типы процессов) of seed 001. */
public enum ProcessType {
    /** State and municipal services (госуслуги). */
    SERVICE,
    /** Performance of functions. */
    FUNCTION,
    /** State support measures (меры поддержки). */
    SUPPORT_MEASURE,
    /** Control and supervision (контроль и надзор). */
    CONTROL,
    /** Prevention of violations of mandatory requirements (профилактика). */
    PREVENTION,
    /** Consideration of appeals and requests (обращения). */
    APPEALS,
    /** Access to information about the agency's activity. */
    INFORMATION_ACCESS,
    /** Relations with internal clients. */
    INTERNAL
}
