package io.github.otklik.core.client;

/** Whether a client is external (внешний клиент) or the agency's own staff (внутренний клиент). */
public enum ClientKind {
    /** A person or organisation dealing with the agency, directly or through a representative. */
    EXTERNAL,
    /** An employee of the agency, or of another body, served by its internal processes. */
    INTERNAL
}
