package io.github.otklik.forms;

/** The six question types of {@code otklik-form/1}, with their wire names. */
public enum QuestionType {
    /** One option. */
    SINGLE("single"),
    /** One or more distinct options. */
    MULTI("multi"),
    /** An integer on a rating scale, optionally "difficult to answer". */
    SCALE("scale"),
    /** Yes or no. */
    BOOLEAN("boolean"),
    /** Free text of bounded length. */
    TEXT("text"),
    /** A number, optionally bounded. */
    NUMBER("number");

    private final String wireName;

    QuestionType(String wireName) {
        this.wireName = wireName;
    }

    /**
     * The name used in JSON.
     *
     * @return the name used in JSON
     */
    public String wireName() {
        return wireName;
    }

    /** The type with JSON name {@code name}, or {@code null}. */
    static QuestionType fromWireName(String name) {
        for (QuestionType t : values()) {
            if (t.wireName.equals(name)) {
                return t;
            }
        }
        return null;
    }
}
