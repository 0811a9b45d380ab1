package io.github.otklik.core.io;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Canonical strings for the object keys {@link ScanCursor} meets, as Jackson canonicalises field
 * names: an ASCII key's bytes map to one interned {@code String}, so that answer maps are keyed by
 * the same instances the forms intern and a key costs no allocation once seen. A small
 * direct-mapped table; a miss (or a collision) decodes and interns the key. Thread-safe: slots
 * hold immutable strings, and a racing write only costs another decode.
 */
final class ScannedKeys {
    private static final int SLOTS = 1024;
    private final Key[] slots = new Key[SLOTS];

    /** A key's bytes and its canonical string. */
    private record Key(byte[] bytes, String string) {
    }

    /** The canonical string of the ASCII key in {@code b[from, to)}, whose bytes hash to {@code hash} ({@code 31 * h + byte}). */
    String ascii(byte[] b, int from, int to, int hash) {
        int slot = (hash ^ (hash >>> 16)) & (SLOTS - 1);
        Key k = slots[slot];
        if (k != null && Arrays.equals(k.bytes, 0, k.bytes.length, b, from, to)) {
            return k.string;
        }
        byte[] bytes = Arrays.copyOfRange(b, from, to);
        String s = new String(bytes, StandardCharsets.ISO_8859_1).intern();
        slots[slot] = new Key(bytes, s);
        return s;
    }
}
