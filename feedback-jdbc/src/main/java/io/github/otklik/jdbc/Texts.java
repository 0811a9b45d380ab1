package io.github.otklik.jdbc;

import java.util.Objects;

/** Checks of the free texts the store keeps besides records: labels, names, notes. */
final class Texts {
    private Texts() {
    }

    /**
     * Checks that {@code value} has 1 to {@code max} characters.
     *
     * @throws IllegalArgumentException naming {@code what} when it has not
     */
    static void requireText(String what, String value, int max) {
        Objects.requireNonNull(value, what);
        if (value.isEmpty() || value.length() > max) {
            throw new IllegalArgumentException(what + " must have 1 to " + max + " characters, has " + value.length());
        }
    }
}
