package io.github.otklik.text.phrase;

import org.apache.lucene.util.StringHelper;
import org.apache.lucene.util.UnicodeUtil;

/**
 * Stable 64-bit hashes of stems, n-grams and texts: Lucene's MurmurHash3 (x86, 32 bits) of the
 * UTF-8 bytes under two seeds, so sketches built on different machines merge. Not thread-safe (one
 * reusable buffer); each accumulator pass uses its own.
 */
final class Hashing {
    private static final int SEED_LOW = 0x6f746b6c; // "otkl"
    private static final int SEED_HIGH = 0x696b7465; // "ikte"
    private static final long MIX = 0x9E3779B97F4A7C15L;

    private byte[] buffer = new byte[256];

    long of(CharSequence s) {
        int max = s.length() * UnicodeUtil.MAX_UTF8_BYTES_PER_CHAR;
        if (max > buffer.length) {
            buffer = new byte[Math.max(max, buffer.length * 2)];
        }
        int n = UnicodeUtil.UTF16toUTF8(s, 0, s.length(), buffer);
        int low = StringHelper.murmurhash3_x86_32(buffer, 0, n, SEED_LOW);
        int high = StringHelper.murmurhash3_x86_32(buffer, 0, n, SEED_HIGH);
        return ((long) high << 32) | (low & 0xffffffffL);
    }

    /** The hash of a sequence, folding {@code next} into {@code sequence}. */
    static long fold(long sequence, long next) {
        long h = (sequence ^ next) * MIX;
        return Long.rotateLeft(h, 31) ^ (h >>> 29);
    }
}
