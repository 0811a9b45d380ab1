package io.github.otklik.core.io;

import io.github.otklik.core.validation.Violation;

import java.io.IOException;
import java.util.Arrays;

/**
 * The data rows of one CSV input ({@code spec/formats.md} §3–4) as units of a
 * {@link RecordPipeline}: each row is handed to a {@link RowParser} (field count, mapping,
 * checks); a row {@link CsvRows} could not split or decode is a unit rejected with its problem.
 * On one thread a row is parsed in {@link CsvRows}' array; for
 * workers, the row's values are copied into a {@link Batch}. Not thread-safe.
 *
 * @param <T> the record type
 */
final class CsvRowUnits<T> implements RecordUnits<T, CsvRowUnits.Batch<T>> {
    /** Parses one row, {@code width} values of {@code values} from {@code offset}; must be thread-safe. */
    @FunctionalInterface
    interface RowParser<T> {
        void parse(String[] values, int offset, int width, int index, long line, ParseResults<T> out);
    }

    private final CsvRows rows;
    private final RowParser<T> parser;

    CsvRowUnits(CsvRows rows, RowParser<T> parser) {
        this.rows = rows;
        this.parser = parser;
    }

    @Override
    public boolean next() throws IOException {
        return rows.next();
    }

    @Override
    public void parseCurrent(ParseResults<T> out) {
        if (rows.problem() != null) {
            out.put(0, rows.line(), null, null, rows.problem());
        } else {
            parser.parse(rows.values(), 0, rows.width(), 0, rows.line(), out);
        }
    }

    @Override
    public Batch<T> newBatch() {
        return new Batch<>(parser);
    }

    @Override
    public void addCurrent(Batch<T> batch) {
        if (rows.problem() != null) {
            batch.add(null, -1, rows.line(), rows.problem());
        } else {
            batch.add(rows.values(), rows.width(), rows.line(), null);
        }
    }

    @Override
    public boolean truncated() {
        return rows.givenUp();
    }

    /** Up to {@value RecordBatch#UNITS} rows, their values in one array, and their results. */
    static final class Batch<T> extends RecordBatch<T> {
        private static final int VALUES = 1 << 14;

        private final RowParser<T> parser;
        private String[] values = new String[VALUES];
        private int used;
        private final int[] offsets = new int[UNITS];
        private final int[] widths = new int[UNITS]; // -1: a row that could not be read
        private final Violation[] problems = new Violation[UNITS];

        Batch(RowParser<T> parser) {
            this.parser = parser;
        }

        @Override
        boolean full() {
            return count == UNITS || used >= VALUES;
        }

        void add(String[] row, int width, long line, Violation problem) {
            int n = Math.max(width, 0);
            if (used + n > values.length) {
                values = Arrays.copyOf(values, Math.max(values.length * 2, used + n));
            }
            if (n > 0) {
                System.arraycopy(row, 0, values, used, n);
            }
            offsets[count] = used;
            widths[count] = width;
            problems[count] = problem;
            lines[count] = line;
            used += n;
            count++;
        }

        @Override
        void parse() {
            for (int i = 0; i < count; i++) {
                if (widths[i] < 0) {
                    put(i, lines[i], null, null, problems[i]);
                } else {
                    parser.parse(values, offsets[i], widths[i], i, lines[i], this);
                }
            }
        }

        @Override
        void clearUnits() {
            Arrays.fill(values, 0, used, null);
            Arrays.fill(problems, null);
            used = 0;
        }
    }
}
