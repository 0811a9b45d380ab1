package io.github.otklik.forms;

/** Who a form is for: external clients or the agency's own staff (internal forms are never published). */
public enum Audience {
    /** Citizens, businesses and other bodies. */
    EXTERNAL,
    /** The agency's employees; internal feedback is not published (seed 001). */
    INTERNAL
}
