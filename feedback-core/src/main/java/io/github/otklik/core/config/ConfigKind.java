package io.github.otklik.core.config;

/** The six kinds of JSON value, as {@link ConfigValue#kind()} tells them and messages name them. */
public enum ConfigKind {
    /** {@code null}. */
    NULL("null"),
    /** {@code true} or {@code false}. */
    BOOLEAN("a boolean"),
    /** A number. */
    NUMBER("a number"),
    /** A string. */
    STRING("a string"),
    /** An array. */
    ARRAY("an array"),
    /** An object. */
    OBJECT("an object");

    private final String described;

    ConfigKind(String described) {
        this.described = described;
    }

    /**
     * How messages name a value of this kind: {@code a string}, {@code an array}, {@code null}.
     *
     * @return the words
     */
    public String described() {
        return described;
    }
}
