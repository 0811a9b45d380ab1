package io.github.otklik.jdbc;

import java.util.Objects;

/** Checks of the free texts the store keeps besides records (labels, names, notes): lengths, and text every database keeps exactly. */
final class Texts {
    private Texts() {
    }

    /**
     * Checks that {@code value} has 1 to {@code max} characters, all storable ({@link #requireStorable}).
     *
     * @throws IllegalArgumentException naming {@code what} when it has not
     */
    static void requireText(String what, String value, int max) {
        Objects.requireNonNull(value, what);
        if (value.isEmpty() || value.length() > max) {
            throw new IllegalArgumentException(what + " must have 1 to " + max + " characters, has " + value.length());
        }
        requireStorable(what, value);
    }

    /**
     * Checks that every database can keep {@code value} exactly: no NUL character (PostgreSQL
     * cannot store U+0000 in text) and no unpaired surrogate (not Unicode; a driver that encodes
     * UTF-8 would replace it).
     *
     * @throws IllegalArgumentException naming {@code what} and the position when it holds one
     */
    static void requireStorable(String what, String value) {
        int bad = unstorable(value);
        if (bad >= 0) {
            throw new IllegalArgumentException(what + " holds " + (value.charAt(bad) == 0 ? "a NUL character (U+0000)"
                    : "an unpaired surrogate (U+" + Integer.toHexString(value.charAt(bad)).toUpperCase(java.util.Locale.ROOT) + ")")
                    + " at index " + bad + ", which the store cannot keep");
        }
    }

    /** The index of the first NUL or unpaired surrogate in {@code value}, or -1. */
    static int unstorable(String value) {
        for (int i = 0; i < value.length(); i++) {
            char ch = value.charAt(i);
            if (ch == 0) {
                return i;
            }
            if (Character.isHighSurrogate(ch) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(ch)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * {@code json} with every UTF-16 surrogate written as a JSON unicode escape. In JSON text a
     * surrogate can only stand inside a string, where its escape means the same character, so the
     * result parses to the same value and is plain Unicode every database keeps exactly.
     */
    static String escapeSurrogates(String json) {
        StringBuilder out = null;
        for (int i = 0; i < json.length(); i++) {
            char ch = json.charAt(i);
            if (Character.isSurrogate(ch)) {
                if (out == null) {
                    out = new StringBuilder(json.length() + 16).append(json, 0, i);
                }
                out.append(String.format("\\u%04x", (int) ch));
            } else if (out != null) {
                out.append(ch);
            }
        }
        return out == null ? json : out.toString();
    }
}
