package io.github.otklik.jdbc;

/**
 * What one import did: how many accepted records were written ({@code stored}: new, or changed
 * since they were last stored), how many were already stored with identical content
 * ({@code unchanged}), and how many were rejected: by the reader, or by the store when the
 * database cannot take a record's values. Immutable.
 *
 * <p>{@code stored + unchanged} is the number of records stored or found stored; {@code stored +
 * unchanged + rejected} the number of non-empty records read. {@link #toString()} is the line the command
 * {@code otklik store import} prints: {@code stored N, unchanged U, rejected M}.
 *
 * @param stored accepted records written by this import
 * @param unchanged accepted records already stored with the same content
 * @param rejected records the reader rejected, and records the database could not take (never stored)
 * @param truncated whether the reader had to stop before the end of its input (an unterminated
 *     CSV quote); every record before that point was imported
 */
public record ImportResult(long stored, long unchanged, long rejected, boolean truncated) {
    /** Nothing imported. */
    public static final ImportResult NONE = new ImportResult(0, 0, 0, false);

    /**
     * Checks that counts are not negative.
     *
     * @param rejected records the reader rejected, and records the database could not take (never stored)
     * @param stored accepted records written by this import
     * @param truncated whether the reader had to stop before the end of its input (an unterminated CSV quote); every record before that point was imported
     * @param unchanged accepted records already stored with the same content
     */
    public ImportResult {
        if (stored < 0 || unchanged < 0 || rejected < 0) {
            throw new IllegalArgumentException("negative count: stored " + stored + ", unchanged " + unchanged + ", rejected " + rejected);
        }
    }

    /** Accepted records: {@code stored + unchanged}. */
    public long accepted() {
        return stored + unchanged;
    }

    /** The sum of this result and {@code other} (for several inputs imported together). */
    public ImportResult plus(ImportResult other) {
        return new ImportResult(stored + other.stored, unchanged + other.unchanged, rejected + other.rejected,
                truncated || other.truncated);
    }

    /** {@code stored N, unchanged U, rejected M}. */
    @Override
    public String toString() {
        return "stored " + stored + ", unchanged " + unchanged + ", rejected " + rejected;
    }
}
