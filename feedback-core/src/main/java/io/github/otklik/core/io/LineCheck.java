package io.github.otklik.core.io;

import io.github.otklik.core.validation.InputLimits;
import io.github.otklik.core.validation.Violation;

/**
 * The byte-level checks of one input line before it is parsed: strict UTF-8 (no overlong forms,
 * no surrogates, nothing above U+10FFFF), no NUL byte, no byte order mark but at the start of the
 * file (the line source drops that one). So a UTF-16 or UTF-32 line, a CESU-8 or Windows-1251 one
 * is rejected by its first offending byte, never decoded by guess. Stateless.
 */
final class LineCheck {
    private LineCheck() {
    }

    /** The reject of a line longer than {@link InputLimits#MAX_LINE_BYTES}. */
    static Violation overlong() {
        return new Violation("", "line is longer than " + InputLimits.MAX_LINE_BYTES + " bytes (the limit of a line)");
    }

    /** The first problem of {@code length} bytes from {@code offset}, or {@code null}. Bytes count from 1 in messages. */
    static Violation problem(byte[] b, int offset, int length) {
        int end = offset + length;
        if (length >= 3 && (b[offset] & 0xff) == 0xEF && (b[offset + 1] & 0xff) == 0xBB && (b[offset + 2] & 0xff) == 0xBF) {
            return new Violation("", "byte order mark (U+FEFF) at the start of a line in the middle of the file");
        }
        int i = offset;
        while (i < end) {
            int c = b[i] & 0xff;
            if (c >= 0x01 && c < 0x80) {
                i++;
                continue;
            }
            if (c == 0) {
                return new Violation("", "NUL byte at byte " + (i - offset + 1) + " (a UTF-16 or UTF-32 file?)");
            }
            int n = Utf8.sequenceLength(b, i, end);
            if (n < 0) {
                return notUtf8(b, i, offset);
            }
            i += n;
        }
        return null;
    }

    private static Violation notUtf8(byte[] b, int at, int offset) {
        return new Violation("", "not UTF-8 at byte " + (at - offset + 1) + String.format(" (0x%02X)", b[at] & 0xff));
    }
}
