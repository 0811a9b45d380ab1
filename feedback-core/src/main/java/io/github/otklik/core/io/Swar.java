package io.github.otklik.core.io;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Byte searches eight bytes a step (SWAR, "SIMD within a register"): each test sets the high bit
 * of every matching byte of a 64-bit word, and the lowest set bit is always a true match (a false
 * one can only follow a true one), so the first match is exact. Stateless.
 */
final class Swar {
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long ONES = 0x0101010101010101L;
    private static final long HIGHS = 0x8080808080808080L;
    private static final long NEWLINES = 0x0A0A0A0A0A0A0A0AL;
    private static final long QUOTES = 0x2222222222222222L;
    private static final long BACKSLASHES = 0x5C5C5C5C5C5C5C5CL;
    private static final long SPACES = 0x2020202020202020L;

    private Swar() {
    }

    /** The eight bytes at {@code i} as a little-endian long ({@code i + 8 <= b.length}). */
    static long word(byte[] b, int i) {
        return (long) LONGS.get(b, i);
    }

    /** The index of the first {@code '\n'} in {@code b[from, to)}, or −1. */
    static int newline(byte[] b, int from, int to) {
        int i = from;
        for (; i + 8 <= to; i += 8) {
            long x = word(b, i) ^ NEWLINES;
            long m = (x - ONES) & ~x & HIGHS;
            if (m != 0) {
                return i + (Long.numberOfTrailingZeros(m) >>> 3);
            }
        }
        for (; i < to; i++) {
            if (b[i] == '\n') {
                return i;
            }
        }
        return -1;
    }

    /**
     * The index of the first byte of {@code b[from, to)} that ends a plain run of JSON string
     * content: a quote, a backslash, a control character or a byte that is not ASCII; {@code to}
     * when there is none.
     */
    static int stringSpecial(byte[] b, int from, int to) {
        int i = from;
        for (; i + 8 <= to; i += 8) {
            long w = word(b, i);
            long quote = w ^ QUOTES;
            long backslash = w ^ BACKSLASHES;
            long m = (((quote - ONES) & ~quote) | ((backslash - ONES) & ~backslash) | ((w - SPACES) & ~w) | w) & HIGHS;
            if (m != 0) {
                return i + (Long.numberOfTrailingZeros(m) >>> 3);
            }
        }
        for (; i < to; i++) {
            byte c = b[i];
            if (c == '"' || c == '\\' || c < 0x20) {
                return i;
            }
        }
        return to;
    }
}
