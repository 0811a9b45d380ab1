package io.github.otklik.core.io;

import java.io.IOException;
import java.io.InputStream;
import io.github.otklik.core.validation.InputLimits;

import java.util.Arrays;

/**
 * Splits a byte stream into physical lines (LF or CRLF), skipping a leading UTF-8 BOM. The returned
 * line ({@link #bytes()} from {@link #offset()}) is valid until the next call: a line that lies in
 * the read buffer is given where it lies, without a copy; one that spans two reads is gathered in a
 * line buffer. Memory is the longest line, at most {@link InputLimits#MAX_LINE_BYTES}: the rest of
 * a longer line is skipped and the line marked {@link #overlong()}. Not thread-safe.
 */
final class LineSource {
    private final InputStream in;
    private final byte[] buffer = new byte[1 << 16];
    private int pos;
    private int limit;
    private byte[] line = new byte[1 << 12];
    private byte[] data = line; // the current line's bytes: the read buffer or the line buffer
    private int offset;
    private int length;
    private long number;
    private boolean first = true;
    private boolean overlong;
    private long skipped; // bytes of the current overlong line not kept
    private boolean givenUp; // an overlong line ran past InputLimits.MAX_SKIPPED_BYTES: nothing more is read

    LineSource(InputStream in) {
        this.in = in;
    }

    /** Reads the next line; returns false at the end of input. */
    boolean next() throws IOException {
        if (givenUp) {
            return false;
        }
        length = 0;
        overlong = false;
        skipped = 0;
        data = line;
        offset = 0;
        boolean any = false;
        while (true) {
            if (pos == limit) {
                limit = in.read(buffer, 0, buffer.length);
                pos = 0;
                if (limit <= 0) {
                    limit = 0;
                    if (!any) {
                        return false;
                    }
                    break;
                }
            }
            any = true;
            int start = pos;
            int nl = Swar.newline(buffer, pos, limit);
            if (nl >= 0 && length == 0 && !overlong) { // the whole line lies in the read buffer
                data = buffer;
                offset = start;
                length = nl - start;
                pos = nl + 1;
                break;
            }
            int end = nl < 0 ? limit : nl;
            append(buffer, start, end - start);
            pos = nl < 0 ? limit : nl + 1;
            if (nl >= 0) {
                break;
            }
            if (skipped > InputLimits.MAX_SKIPPED_BYTES) {
                givenUp = true; // this overlong line is the last one read
                break;
            }
        }
        number++;
        if (data != buffer) {
            data = line; // append may have grown it
        }
        if (length > 0 && data[offset + length - 1] == '\r') {
            length--;
        }
        if (first) {
            first = false;
            if (length >= 3 && (data[offset] & 0xff) == 0xEF && (data[offset + 1] & 0xff) == 0xBB && (data[offset + 2] & 0xff) == 0xBF) {
                offset += 3;
                length -= 3;
            }
        }
        return true;
    }

    private void append(byte[] src, int off, int n) {
        if (overlong) {
            skipped += n;
            return;
        }
        // one byte more than the limit is kept, so that a CR before the LF still fits
        if ((long) length + n > InputLimits.MAX_LINE_BYTES + 1L) {
            overlong = true;
            return;
        }
        if (length + n > line.length) {
            line = Arrays.copyOf(line, Math.max(line.length * 2, length + n));
        }
        System.arraycopy(src, off, line, length, n);
        length += n;
    }

    /** Whether the current line is longer than {@link InputLimits#MAX_LINE_BYTES}: its bytes are then not kept. */
    boolean overlong() {
        return overlong || length > InputLimits.MAX_LINE_BYTES;
    }

    /** Whether reading stopped inside an endless overlong line ({@link InputLimits#MAX_SKIPPED_BYTES}). */
    boolean givenUp() {
        return givenUp;
    }

    /** The bytes that hold the current line, from {@link #offset()}; valid until the next call. */
    byte[] bytes() {
        return data;
    }

    /** Where the current line starts in {@link #bytes()}. */
    int offset() {
        return offset;
    }

    int length() {
        return length;
    }

    long number() {
        return number;
    }

    /** Whether the current line holds only spaces and tabs (or nothing). */
    boolean isBlank() {
        for (int i = offset, end = offset + length; i < end; i++) {
            byte b = data[i];
            if (b != ' ' && b != '\t') {
                return false;
            }
        }
        return true;
    }
}
