package io.github.otklik.forms;

/** What the analytics do with a question's answer ({@code spec/formats.md} §1). */
public enum QuestionRole {
    /** Decides whether the respondent dealt with the agency at all. */
    SCREENING("screening"),
    /** The overall satisfaction scale: exactly one per form that measures satisfaction. */
    OVERALL("overall"),
    /** Satisfaction with one aspect (параметр), keyed by an aspect code. */
    ASPECT("aspect"),
    /** Typical problems: option values are problem codes (feed the pain map). */
    PROBLEM("problem"),
    /** A segment dimension such as client category or channel. */
    SEGMENT("segment"),
    /** Free-text comment; never published, never in metrics. */
    COMMENT("comment"),
    /** Anything else. */
    OTHER("other");

    private final String wireName;

    QuestionRole(String wireName) {
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

    /** The role with JSON name {@code name}, or {@code null}. */
    static QuestionRole fromWireName(String name) {
        for (QuestionRole r : values()) {
            if (r.wireName.equals(name)) {
                return r;
            }
        }
        return null;
    }
}
