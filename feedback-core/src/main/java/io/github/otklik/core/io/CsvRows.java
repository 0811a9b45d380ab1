package io.github.otklik.core.io;

import io.github.otklik.core.validation.InputLimits;
import io.github.otklik.core.validation.Violation;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * RFC 4180 rows of a CSV input with the physical line each starts at, split byte by byte: fields
 * separated by commas, rows ended by LF, CRLF or CR, quoted fields (which may span lines) with
 * {@code ""} for a quote. Empty lines are skipped (but counted); a leading UTF-8 BOM is ignored;
 * values are not trimmed.
 *
 * <p>A row that cannot be split or decoded is still a row, with its {@link #problem()}: bytes that
 * are not strict UTF-8 or a NUL byte (at line N, byte B), a character after a closing quote, a row
 * longer than {@link InputLimits#MAX_LINE_BYTES} (the rest of its line is skipped), or a quoted
 * field that never closes. After an unclosed quote the lines after the one where the row starts
 * are read again, and from then on a quoted field must close on its own line: every complete line
 * is kept, nothing is read twice more than once. Memory is one row. Not thread-safe.
 */
final class CsvRows implements AutoCloseable {
    private static final int FIELD_START = 0;
    private static final int UNQUOTED = 1;
    private static final int QUOTED = 2;
    private static final int QUOTE_IN_QUOTED = 3;

    private final InputStream in;
    private final byte[] buffer = new byte[1 << 16];
    private int pos;
    private int limit;
    private boolean eof;
    private byte[] pending; // bytes to read again before the stream (after an unclosed quote)
    private int pendingPos;

    private byte[] raw = new byte[1 << 12]; // the row's bytes as read, line ends included
    private int rawLength;
    private int firstLineEnd; // raw length just after the row's first line end, or -1
    private byte[] content = new byte[1 << 12]; // the unquoted field bytes
    private int contentLength;
    private int[] fieldEnds = new int[16];

    private String[] values = new String[16];
    private int width;
    private long line;
    private long physical = 1; // the line at the read position
    private boolean singleLine; // after an unclosed quote: quoted fields must close on their line
    private boolean first = true;
    private Violation problem;
    private boolean givenUp; // an overlong row ran past InputLimits.MAX_SKIPPED_BYTES: nothing more is read

    CsvRows(InputStream in) {
        this.in = in;
    }

    /** Reads the next non-empty row (which may have a {@link #problem()}); false at the end of input. */
    boolean next() throws IOException {
        do {
            if (!nextRow()) {
                return false;
            }
        } while (problem == null && width == 1 && isBlank(values[0]));
        return true;
    }

    private static boolean isBlank(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != ' ' && c != '\t') {
                return false;
            }
        }
        return true;
    }

    private int read() throws IOException {
        if (pending != null) {
            if (pendingPos < pending.length) {
                return pending[pendingPos++] & 0xff;
            }
            pending = null;
        }
        if (pos == limit) {
            if (eof) {
                return -1;
            }
            int n = in.read(buffer, 0, buffer.length);
            if (first) {
                first = false;
                while (n > 0 && n < 3) { // enough bytes to see a BOM
                    int more = in.read(buffer, n, buffer.length - n);
                    if (more <= 0) {
                        break;
                    }
                    n += more;
                }
                if (n >= 3 && (buffer[0] & 0xff) == 0xEF && (buffer[1] & 0xff) == 0xBB && (buffer[2] & 0xff) == 0xBF) {
                    pos = 3;
                    limit = n;
                    return pos < limit ? buffer[pos++] & 0xff : read();
                }
            }
            if (n <= 0) {
                eof = true;
                limit = pos = 0;
                return -1;
            }
            pos = 0;
            limit = n;
        }
        return buffer[pos++] & 0xff;
    }

    private int peek() throws IOException {
        int c = read();
        if (c >= 0) {
            if (pending != null) {
                pendingPos--;
            } else {
                pos--;
            }
        }
        return c;
    }

    private boolean nextRow() throws IOException {
        if (givenUp) {
            return false;
        }
        width = 0;
        rawLength = 0;
        contentLength = 0;
        firstLineEnd = -1;
        problem = null;
        line = physical;
        boolean overlong = false;
        long skipped = 0;
        String misplaced = null; // the problem of a character after a closing quote
        int state = FIELD_START;
        while (true) {
            int c = read();
            if (c < 0) {
                if (rawLength == 0 && width == 0 && !overlong) {
                    return false;
                }
                if (state == QUOTED && !overlong) {
                    return unclosed();
                }
                break;
            }
            if (!overlong) {
                boolean lineEnd = c == '\n' || c == '\r';
                if (rawLength >= InputLimits.MAX_LINE_BYTES && (!lineEnd || state == QUOTED)) {
                    if (!singleLine && (state == QUOTED || state == QUOTE_IN_QUOTED && firstLineEnd >= 0)) {
                        addRaw(c);
                        return unclosed();
                    }
                    overlong = true;
                } else {
                    addRaw(c);
                }
            }
            if (c == '\n' || c == '\r') {
                if (c == '\r' && peek() == '\n') {
                    int lf = read();
                    if (!overlong) {
                        addRaw(lf);
                    }
                }
                physical++;
                if (firstLineEnd < 0) {
                    firstLineEnd = rawLength;
                }
                if (state == QUOTED && !overlong) {
                    if (singleLine) {
                        problem = new Violation("", "unterminated quoted field at line " + line);
                        return true;
                    }
                    addContent('\n' == c ? '\n' : '\r');
                    if (c == '\r' && raw[rawLength - 1] == '\n') {
                        addContent('\n');
                    }
                    continue;
                }
                break;
            }
            if (overlong && ++skipped > InputLimits.MAX_SKIPPED_BYTES) {
                givenUp = true;
                break;
            }
            if (overlong || misplaced != null) {
                continue;
            }
            switch (state) {
                case FIELD_START -> {
                    if (c == '"') {
                        state = QUOTED;
                    } else if (c == ',') {
                        endField();
                    } else {
                        addContent(c);
                        state = UNQUOTED;
                    }
                }
                case UNQUOTED -> {
                    if (c == ',') {
                        endField();
                        state = FIELD_START;
                    } else {
                        addContent(c);
                    }
                }
                case QUOTED -> {
                    if (c == '"') {
                        state = QUOTE_IN_QUOTED;
                    } else {
                        addContent(c);
                    }
                }
                default -> { // QUOTE_IN_QUOTED
                    if (c == '"') {
                        addContent('"');
                        state = QUOTED;
                    } else if (c == ',') {
                        endField();
                        state = FIELD_START;
                    } else {
                        misplaced = "character '" + (c >= 0x20 && c < 0x7f ? String.valueOf((char) c) : String.format("\\x%02X", c))
                                + "' after the closing quote of field " + (width + 1) + " (a quote inside a quoted field is written \"\")";
                    }
                }
            }
        }
        if (overlong) {
            problem = new Violation("", "row is longer than " + InputLimits.MAX_LINE_BYTES + " bytes (the limit of a row)");
            return true;
        }
        if (misplaced != null) {
            problem = new Violation("", misplaced);
            return true;
        }
        endField();
        problem = encodingProblem();
        if (problem == null) {
            decode();
        }
        return true;
    }

    /** A quoted field ran to the end of the input or over the limit: the row is rejected and the lines after its first read again. */
    private boolean unclosed() {
        problem = new Violation("", "unterminated quoted field starting at line " + line
                + "; the lines after it are read again, one row per line");
        byte[] rest = firstLineEnd < 0 ? new byte[0] : Arrays.copyOfRange(raw, firstLineEnd, rawLength);
        if (pending != null) {
            byte[] joined = Arrays.copyOf(rest, rest.length + pending.length - pendingPos);
            System.arraycopy(pending, pendingPos, joined, rest.length, pending.length - pendingPos);
            rest = joined;
        }
        pending = rest.length == 0 ? null : rest;
        pendingPos = 0;
        physical = line + 1;
        singleLine = true;
        width = 0;
        return true;
    }

    private void addRaw(int c) {
        if (rawLength == raw.length) {
            raw = Arrays.copyOf(raw, raw.length * 2);
        }
        raw[rawLength++] = (byte) c;
    }

    private void addContent(int c) {
        if (contentLength == content.length) {
            content = Arrays.copyOf(content, content.length * 2);
        }
        content[contentLength++] = (byte) c;
    }

    private void endField() {
        if (width == fieldEnds.length) {
            fieldEnds = Arrays.copyOf(fieldEnds, width * 2);
        }
        fieldEnds[width++] = contentLength;
    }

    /** The first byte of the row's raw bytes that is not strict UTF-8 or is NUL, as a problem naming its line and byte. */
    private Violation encodingProblem() {
        int i = 0;
        while (i < rawLength) {
            int c = raw[i] & 0xff;
            if (c >= 0x01 && c < 0x80) {
                i++;
                continue;
            }
            int n = c == 0 ? -1 : Utf8.sequenceLength(raw, i, rawLength);
            if (n < 0) {
                long at = line;
                int lineStart = 0;
                for (int k = 0; k < i; k++) {
                    if (raw[k] == '\n' || raw[k] == '\r' && (k + 1 >= rawLength || raw[k + 1] != '\n')) {
                        at++;
                        lineStart = k + 1;
                    }
                }
                String where = " at line " + at + ", byte " + (i - lineStart + 1);
                return new Violation("", c == 0 ? "NUL byte" + where + " (a UTF-16 or UTF-32 file?)"
                        : "not UTF-8" + where + String.format(" (0x%02X; the file must be UTF-8, not Windows-1251)", c));
            }
            i += n;
        }
        return null;
    }

    private void decode() {
        if (values.length < width) {
            values = new String[Math.max(width, values.length * 2)];
        }
        int start = 0;
        for (int f = 0; f < width; f++) {
            int end = fieldEnds[f];
            values[f] = new String(content, start, end - start, StandardCharsets.UTF_8);
            start = end;
        }
    }

    /** Whether reading stopped inside an endless overlong row ({@link InputLimits#MAX_SKIPPED_BYTES}). */
    boolean givenUp() {
        return givenUp;
    }

    /** Physical line where the current row starts, from 1. */
    long line() {
        return line;
    }

    /** Why the current row cannot be read, or {@code null}; a row with a problem has no fields. */
    Violation problem() {
        return problem;
    }

    /** Fields of the current row: the first {@link #width()} of {@link #values()}. */
    List<String> fields() {
        return Arrays.asList(values).subList(0, width);
    }

    /** The values of the current row (from index 0; the array is reused by the next row). */
    String[] values() {
        return values;
    }

    /** The number of fields of the current row (0 when it has a problem). */
    int width() {
        return problem == null ? width : 0;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
