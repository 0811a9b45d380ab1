package io.github.otklik.core.io;

import java.nio.charset.StandardCharsets;

/**
 * Canonical strings for the object keys {@link ScanCursor} meets, as Jackson canonicalises field
 * names: an ASCII key's bytes map to one interned {@code String}, so that answer maps are keyed by
 * the same instances the forms intern and a key costs no allocation once seen. A small
 * direct-mapped table; a miss (or a collision) decodes and interns the key. Thread-safe: slots
 * hold immutable strings, and a racing write only costs another decode.
 */
final class ScannedKeys {
    private static final int SLOTS = 1024;
    private final String[] slots = new String[SLOTS];

    /** The canonical string of the ASCII key in {@code b[from, to)}. */
    String ascii(byte[] b, int from, int to) {
        int h = 0;
        for (int i = from; i < to; i++) {
            h = 31 * h + b[i];
        }
        int slot = (h ^ (h >>> 16)) & (SLOTS - 1);
        String s = slots[slot];
        if (s != null && matches(s, b, from, to)) {
            return s;
        }
        s = new String(b, from, to - from, StandardCharsets.ISO_8859_1).intern();
        slots[slot] = s;
        return s;
    }

    private static boolean matches(String s, byte[] b, int from, int to) {
        int n = to - from;
        if (s.length() != n) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            if (s.charAt(i) != b[from + i]) {
                return false;
            }
        }
        return true;
    }
}
