package io.github.otklik.core.io;

/** Strict UTF-8 sequence checking (RFC 3629): the shortest form only, no surrogates, at most U+10FFFF. Stateless. */
final class Utf8 {
    private Utf8() {
    }

    /**
     * The length of the valid multi-byte sequence starting at {@code i} (whose first byte is not
     * ASCII), or −1 when the bytes up to {@code end} do not start one.
     */
    static int sequenceLength(byte[] b, int i, int end) {
        int c = b[i] & 0xff;
        int n;
        int lo = 0x80;
        int hi = 0xBF;
        if (c >= 0xC2 && c <= 0xDF) {
            n = 2;
        } else if (c >= 0xE0 && c <= 0xEF) {
            n = 3;
            if (c == 0xE0) {
                lo = 0xA0; // overlong
            } else if (c == 0xED) {
                hi = 0x9F; // surrogates
            }
        } else if (c >= 0xF0 && c <= 0xF4) {
            n = 4;
            if (c == 0xF0) {
                lo = 0x90; // overlong
            } else if (c == 0xF4) {
                hi = 0x8F; // above U+10FFFF
            }
        } else {
            return -1;
        }
        if (i + n > end) {
            return -1;
        }
        int second = b[i + 1] & 0xff;
        if (second < lo || second > hi) {
            return -1;
        }
        for (int k = 2; k < n; k++) {
            int x = b[i + k] & 0xff;
            if (x < 0x80 || x > 0xBF) {
                return -1;
            }
        }
        return n;
    }
}
