package io.github.otklik.core.validation;

import java.util.Objects;

/**
 * One problem found in a record: the path of the offending field ({@code "client.kind"},
 * {@code "answers.overall"}; empty for the record as a whole) and a message for people.
 *
 * @param path dotted field path, or {@code ""} for the whole record
 * @param message what is wrong
 */
public record Violation(String path, String message) {
    /**
     * Checks non-null.
     *
     * @param message what is wrong
     * @param path dotted field path, or {@code ""} for the whole record
     */
    public Violation {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(message, "message");
    }

    @Override
    public String toString() {
        return path.isEmpty() ? message : path + ": " + message;
    }
}
