package io.github.otklik.core.io;

import io.github.otklik.core.response.AnswerValue;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Canonical strings for the object keys {@link ScanCursor} meets, as Jackson canonicalises field
 * names: an ASCII key's bytes map to one interned {@code String}, so that answer maps are keyed by
 * the same instances the forms intern and a key costs no allocation once seen. Short ASCII string
 * values (codes: form, agency, process, channel, choice answers) are shared the same way in a
 * second table, without interning (a value met once, such as an e-mail address, must stay cheap),
 * each with its {@link AnswerValue.TextValue}: a repeated code costs neither a string nor a value
 * object, and its hash is computed once.
 *
 * <p>Both are small two-way tables indexed by the bytes' length and their first and last eight
 * bytes; a miss decodes the bytes and takes a free way, or the first. Thread-safe: slots
 * hold immutable entries, and a racing write only costs another decode.
 */
final class ScannedKeys {
    /** The longest value, in bytes, that {@link #value} shares. */
    static final int MAX_VALUE = 32;
    private static final int SLOTS = 4096;

    private final Entry[] keys = new Entry[SLOTS];
    private final Entry[] values = new Entry[SLOTS];

    /** Some ASCII bytes, their shared string and (for a value) the text value of it. */
    record Entry(int length, long head, long tail, byte[] bytes, String string, AnswerValue.TextValue text) {
        // head (bytes 0–8), tail (the last 8), and for longer ones the words at 8 and 16: up to 32
        // bytes every byte is compared within four words
        boolean matches(byte[] b, int from, int to, long h, long t) {
            if (length != to - from || head != h || tail != t) {
                return false;
            }
            if (length <= 16) {
                return true;
            }
            if (Swar.word(bytes, 8) != Swar.word(b, from + 8)) {
                return false;
            }
            if (length <= 24) {
                return true;
            }
            if (Swar.word(bytes, 16) != Swar.word(b, from + 16)) {
                return false;
            }
            return length <= 32 || Arrays.equals(bytes, 24, length - 8, b, from + 24, to - 8);
        }
    }

    /** The canonical (interned) string of the ASCII key in {@code b[from, to)}, without escapes. */
    String ascii(byte[] b, int from, int to) {
        return lookup(keys, b, from, to, true).string;
    }

    /**
     * The shared entry of the ASCII value in {@code b[from, to)} (at most {@link #MAX_VALUE} bytes,
     * no escapes): its {@link Entry#string} and {@link Entry#text}.
     */
    Entry value(byte[] b, int from, int to) {
        return lookup(values, b, from, to, false);
    }

    private static Entry lookup(Entry[] table, byte[] b, int from, int to, boolean key) {
        int n = to - from;
        long h = head(b, from, to);
        long t = n > 8 ? Swar.word(b, to - 8) : 0;
        int slot = slot(n, h, t);
        // two ways: the entry is in its slot or the next one, so that two codes that meet in a
        // slot do not keep evicting each other
        Entry e = table[slot];
        if (e != null && e.matches(b, from, to, h, t)) {
            return e;
        }
        int other = (slot + 1) & (SLOTS - 1);
        Entry f = table[other];
        if (f != null && f.matches(b, from, to, h, t)) {
            return f;
        }
        byte[] bytes = Arrays.copyOfRange(b, from, to);
        String s = new String(bytes, StandardCharsets.ISO_8859_1);
        if (key) {
            s = s.intern();
        }
        Entry fresh = new Entry(n, h, t, bytes, s, key ? null : new AnswerValue.TextValue(s));
        table[e == null || f != null ? slot : other] = fresh;
        return fresh;
    }

    private static int slot(int length, long head, long tail) {
        long x = (head * 0x9E3779B97F4A7C15L) ^ (tail * 0xC2B2AE3D27D4EB4FL) ^ length;
        return (int) (x ^ (x >>> 29) ^ (x >>> 47)) & (SLOTS - 1);
    }

    /** The first eight bytes (fewer: zero-padded) as a little-endian long. */
    private static long head(byte[] b, int from, int to) {
        int n = to - from;
        if (n >= 8) {
            return Swar.word(b, from);
        }
        if (n > 0 && from + 8 <= b.length) {
            return Swar.word(b, from) & (-1L >>> (64 - 8 * n)); // the bytes after the range masked off
        }
        long w = 0;
        for (int i = to - 1; i >= from; i--) {
            w = (w << 8) | (b[i] & 0xFF);
        }
        return w;
    }
}
