package io.github.otklik.core.io;

import java.util.Objects;
import java.util.Optional;

/**
 * One rejected record of an input file ({@code spec/formats.md} §5): the source name, the physical
 * line where the record starts (from 1, counting empty lines and the header), the record id and
 * the field when known, and the reason. Immutable.
 */
public final class Reject {
    private final String source;
    private final long line;
    private final String id;
    private final String field;
    private final String reason;

    private Reject(String source, long line, String id, String field, String reason) {
        this.source = Objects.requireNonNull(source, "source");
        this.reason = Objects.requireNonNull(reason, "reason");
        if (line < 1) {
            throw new IllegalArgumentException("line must be >= 1, was " + line);
        }
        this.line = line;
        this.id = id;
        this.field = field;
    }

    /** A reject with neither id nor field known. */
    public static Reject of(String source, long line, String reason) {
        return new Reject(source, line, null, null, reason);
    }

    /** A reject; {@code id} and {@code field} may be {@code null} when unknown. */
    public static Reject of(String source, long line, String id, String field, String reason) {
        return new Reject(source, line, id, field, reason);
    }

    /** The input's name (its file name). */
    public String source() { return source; }

    /** Physical line where the record starts, from 1. */
    public long line() { return line; }

    /** The record's id, when it could be read. */
    public Optional<String> id() { return Optional.ofNullable(id); }

    /** The offending field, when one is to blame. */
    public Optional<String> field() { return Optional.ofNullable(field); }

    /** Why the record was rejected. */
    public String reason() { return reason; }

    @Override
    public boolean equals(Object o) {
        return o instanceof Reject r && source.equals(r.source) && line == r.line && Objects.equals(id, r.id)
                && Objects.equals(field, r.field) && reason.equals(r.reason);
    }

    @Override
    public int hashCode() {
        return Objects.hash(source, line, id, field, reason);
    }

    /** {@code source:line [id] field: reason}, for people. */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder().append(source).append(':').append(line);
        if (id != null) {
            sb.append(" [").append(id).append(']');
        }
        sb.append(' ');
        if (field != null) {
            sb.append(field).append(": ");
        }
        return sb.append(reason).toString();
    }
}
