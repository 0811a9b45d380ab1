package io.github.otklik.core.io;

/**
 * A strict byte-level scanner of one response line ({@code spec/formats.md} §2), the fast path in
 * front of {@link ResponseLineParser}'s Jackson parse. It accepts a line only when the line is,
 * beyond doubt, one well-formed JSON object that the Jackson path would read without complaint:
 * RFC 8259 grammar, well-formed UTF-8 (no overlong form, no encoded surrogate, nothing above
 * U+10FFFF, no control character in a string), no key repeated within any object, shallow nesting,
 * numbers in RFC 8259 form, every known field of its expected JSON type. Such a line gets the very
 * {@link ResponseFields} the Jackson path gives it, then the same field checks.
 *
 * <p>Every other line — malformed, a type problem, a surrogate escape, a value near one of
 * Jackson's limits — is not decided here ({@link #scan} returns {@code null}): the Jackson path
 * parses it and gives it its verdict and message. The scanner's strictness therefore changes only
 * speed, never a verdict. Thread-safe: each thread scans with its own {@link #cursor()} (or a
 * fresh one per call); the key cache is a benign race of immutable strings.
 */
final class ResponseLineScanner {
    private final ScannedKeys keys = new ScannedKeys();

    /**
     * Scans {@code length} bytes of {@code bytes} from {@code offset} (one line, without its end).
     *
     * @return the fields, checked, when the scanner decides the line; {@code null} to leave the line
     *     to the Jackson path
     */
    ResponseFields scan(byte[] bytes, int offset, int length) {
        return scan(cursor(), bytes, offset, length);
    }

    /**
     * Scans a line with {@code cursor}, one of this scanner's, used by one thread; the maps of the
     * fields it gives are valid until the cursor's next line.
     */
    ResponseFields scan(ScanCursor cursor, byte[] bytes, int offset, int length) {
        try {
            return cursor.line(bytes, offset, offset + length);
        } catch (ScanCursor.Undecided e) {
            return null;
        }
    }

    /** A cursor for one thread's lines, sharing this scanner's key cache. */
    ScanCursor cursor() {
        return new ScanCursor(keys);
    }
}
