package io.github.otklik.core.io;

import io.github.otklik.core.validation.Identifiers;
import io.github.otklik.core.validation.Violation;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The common part of the CSV readers ({@code spec/formats.md} §3–4): a required header whose
 * columns may come in any order (unknown ones ignored), rows whose field count must match the
 * header, exact duplicate-id detection over accepted rows, and one reject per bad row. Immutable
 * and thread-safe; each {@code read} call has its own state. Rows are split on the calling thread;
 * with a parallelism above 1 they are mapped and checked on that many worker threads (so
 * {@link #map} and the checks must be thread-safe), and still delivered in input order with
 * exactly the records, rejects and lines of the one-thread read.
 *
 * @param <T> the record type
 */
public abstract class CsvRecordReader<T> implements RecordReader<T> {
    private static final String REPEATS = " repeats an earlier row";

    private final List<String> columns;
    private final Set<String> required;
    private final RecordChecks<T> checks;
    private final Function<T, String> idOf;
    private final int parallelism;

    /**
     * A reader of the given columns (in spec order), of which {@code required} must be present,
     * reading on the calling thread alone.
     *
     * @param columns the columns of the format, in spec order
     * @param required the columns a header must have
     * @param checks checks run on every mapped record, in order
     * @param idOf the id of a record, for duplicate detection
     */
    protected CsvRecordReader(List<String> columns, Set<String> required, List<RecordCheck<T>> checks, Function<T, String> idOf) {
        this(columns, required, checks, idOf, 1);
    }

    /**
     * A reader of the given columns (in spec order), of which {@code required} must be present,
     * mapping and checking rows on {@code parallelism} threads.
     *
     * @param columns the columns of the format, in spec order
     * @param required the columns a header must have
     * @param checks checks run on every mapped record, in order
     * @param idOf the id of a record, for duplicate detection
     * @param parallelism threads that map and check rows, at least 1
     * @throws IllegalArgumentException when {@code parallelism} is below 1
     */
    protected CsvRecordReader(List<String> columns, Set<String> required, List<RecordCheck<T>> checks, Function<T, String> idOf,
                              int parallelism) {
        if (parallelism < 1) {
            throw new IllegalArgumentException("parallelism must be at least 1, was " + parallelism);
        }
        this.columns = List.copyOf(columns);
        this.required = Set.copyOf(required);
        this.checks = new RecordChecks<>(checks);
        this.idOf = Objects.requireNonNull(idOf);
        this.parallelism = parallelism;
    }

    /**
     * Maps one row to a record, or returns the first violation.
     *
     * @param row the row
     * @return the record or the problem
     */
    protected abstract Mapped<T> map(Row row);

    /**
     * Reads {@code file}, naming it by its file name in rejects.
     *
     * @throws InputFileException when the file cannot be opened or its header is invalid
     */
    @Override
    public final ReadSummary read(Path file, RecordHandler<? super T> handler) {
        Objects.requireNonNull(handler, "handler");
        return readFile(file, handler, null);
    }

    /**
     * Reads {@code in} (not closed), naming it {@code source} in rejects.
     *
     * @throws InputFileException when the header is missing or invalid
     * @throws UncheckedIOException when reading fails
     */
    @Override
    public final ReadSummary read(InputStream in, String source, RecordHandler<? super T> handler) {
        Objects.requireNonNull(handler, "handler");
        return read(in, source, handler, null);
    }

    /**
     * Reads {@code file} once into per-thread sinks, rejects in input order on the calling thread;
     * the records accepted and rejected are exactly those of {@link #read(Path, RecordHandler)}.
     *
     * @throws InputFileException when the file cannot be opened or its header is invalid
     */
    @Override
    public final ReadSummary readUnordered(Path file, Supplier<? extends Consumer<? super T>> sinks, Consumer<Reject> rejects) {
        if (parallelism == 1) {
            return readFile(file, UnorderedSinks.single(sinks, rejects), null);
        }
        UnorderedSinks<T> parallel = new UnorderedSinks<>(sinks, rejects);
        return readFile(file, parallel.handler(), parallel);
    }

    /** {@code file} as a source: {@code read} as {@link #read(Path, RecordHandler)}, {@code readUnordered} as {@link #readUnordered}. */
    @Override
    public final UnorderedRecordSource<T> source(Path file) {
        return RecordReader.super.source(file);
    }

    private ReadSummary readFile(Path file, RecordHandler<? super T> handler, UnorderedSinks<T> sinks) {
        String source = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        try (InputStream in = IoReasons.open(file)) {
            return read(in, source, handler, sinks);
        } catch (IOException e) {
            throw IoReasons.failure(file, e);
        } catch (UncheckedIOException e) {
            throw IoReasons.failure(file, e);
        }
    }

    private ReadSummary read(InputStream in, String source, RecordHandler<? super T> handler, UnorderedSinks<T> sinks) {
        try {
            CsvRows rows = new CsvRows(in);
            if (!rows.next()) {
                throw new InputFileException(source + ": empty file, expected a header row with columns " + String.join(",", columns));
            }
            if (rows.problem() != null) {
                throw new InputFileException(source + ": unreadable header: " + rows.problem().message());
            }
            Header header = header(source, rows.fields());
            CsvRowUnits<T> units = new CsvRowUnits<>(rows, (values, offset, width, index, line, out) ->
                    parseRow(header, values, offset, width, index, line, out));
            Delivery<T> delivery = new Delivery<>(source, handler, true, idOf, REPEATS);
            RecordPipeline.run(units, delivery, parallelism, sinks, "otklik-csv-reader");
            return delivery.summary(units.truncated());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + source + ": " + IoReasons.reason(e), e);
        }
    }

    /** One row: a field count that differs from the header's, or the mapped record and its first problem. */
    private void parseRow(Header header, String[] values, int offset, int width, int index, long line, ParseResults<T> out) {
        if (width != header.width) {
            out.put(index, line, header.idOf(values, offset, width), null,
                    new Violation("", "row has " + width + " fields, the header has " + header.width));
            return;
        }
        Row row = new Row(header, values, offset);
        Mapped<T> mapped = map(row);
        Violation problem = mapped.problem == null ? checks.firstProblem(mapped.record) : mapped.problem;
        out.put(index, line, row.value("id"), mapped.record, problem);
    }

    private Header header(String source, List<String> names) {
        Map<String, Integer> index = new HashMap<>();
        Set<String> repeated = new LinkedHashSet<>();
        for (int i = 0; i < names.size(); i++) {
            if (index.putIfAbsent(names.get(i), i) != null) {
                repeated.add(names.get(i));
            }
        }
        List<String> missing = new ArrayList<>();
        for (String column : columns) {
            if (required.contains(column) && !index.containsKey(column)) {
                missing.add(column);
            }
        }
        if (!missing.isEmpty() || !repeated.isEmpty()) {
            StringBuilder sb = new StringBuilder(source).append(": invalid header");
            if (!missing.isEmpty()) {
                sb.append("; missing required column").append(missing.size() > 1 ? "s " : " ").append(String.join(", ", missing));
            }
            if (!repeated.isEmpty()) {
                sb.append("; repeated column").append(repeated.size() > 1 ? "s " : " ").append(String.join(", ", repeated));
            }
            if (!missing.isEmpty() && names.size() == 1 && names.get(0).contains(";")) {
                sb.append(" (the header looks separated by semicolons; Otklik reads comma-separated CSV, RFC 4180)");
            }
            throw new InputFileException(sb.toString());
        }
        return new Header(index, names.size());
    }

    /** The header: column positions and the number of fields every row must have. */
    private record Header(Map<String, Integer> index, int width) {
        String idOf(String[] values, int offset, int fields) {
            Integer i = index.get("id");
            if (i == null || i >= fields) {
                return null;
            }
            String id = values[offset + i];
            return Identifiers.isIdentifier(id) ? id : null;
        }
    }

    /** One data row, with access by column name. Values are never trimmed. */
    protected static final class Row {
        private final Header header;
        private final String[] values;
        private final int offset;

        private Row(Header header, String[] values, int offset) {
            this.header = header;
            this.values = values;
            this.offset = offset;
        }

        /** The value of {@code column}, or {@code null} when the column is absent or the value empty. */
        public String value(String column) {
            Integer i = header.index.get(column);
            if (i == null) {
                return null;
            }
            String v = values[offset + i];
            return v.isEmpty() ? null : v;
        }
    }

    /** A mapped record, or the first violation that prevented mapping it. */
    protected static final class Mapped<T> {
        private final T record;
        private final Violation problem;

        private Mapped(T record, Violation problem) {
            this.record = record;
            this.problem = problem;
        }

        /** A successfully mapped record. */
        public static <T> Mapped<T> of(T record) {
            return new Mapped<>(Objects.requireNonNull(record), null);
        }

        /** A row that could not be mapped. */
        public static <T> Mapped<T> problem(String field, String message) {
            return new Mapped<>(null, new Violation(field, message));
        }
    }

    /** Thrown inside {@link #map} implementations to report a field problem. */
    protected static final class FieldProblem extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final String field;

        /** A problem with {@code field}. */
        public FieldProblem(String field, String message) {
            super(message, null, false, false);
            this.field = field;
        }

        /** The field to blame. */
        public String field() {
            return field;
        }
    }

    // ---------------------------------------------------------------- field helpers for subclasses

    /** A required identifier column. */
    protected static String requiredIdentifier(Row row, String column) {
        String v = required(row, column);
        if (!Identifiers.isIdentifier(v)) {
            throw new FieldProblem(column, "malformed identifier " + Identifiers.describe(v));
        }
        return v;
    }

    /** An optional identifier column, or {@code null}. */
    protected static String optionalIdentifier(Row row, String column) {
        String v = row.value(column);
        if (v != null && !Identifiers.isIdentifier(v)) {
            throw new FieldProblem(column, "malformed identifier " + Identifiers.describe(v));
        }
        return v;
    }

    /** An optional code column (no dots), or {@code null}. */
    protected static String optionalCode(Row row, String column) {
        String v = row.value(column);
        if (v != null && !Identifiers.isCode(v)) {
            throw new FieldProblem(column, "malformed code " + Identifiers.describe(v));
        }
        return v;
    }

    /** A required non-empty column. */
    protected static String required(Row row, String column) {
        String v = row.value(column);
        if (v == null) {
            throw new FieldProblem(column, "required column is empty");
        }
        return v;
    }

    /** A required enum column. */
    protected static <E extends Enum<E>> E requiredEnum(Row row, String column, Class<E> type) {
        E e = optionalEnum(row, column, type);
        if (e == null) {
            throw new FieldProblem(column, "required column is empty");
        }
        return e;
    }

    /** An optional enum column, or {@code null}. */
    protected static <E extends Enum<E>> E optionalEnum(Row row, String column, Class<E> type) {
        String v = row.value(column);
        if (v == null) {
            return null;
        }
        E e = Enums.parse(type, v);
        if (e == null) {
            throw new FieldProblem(column, Enums.unknown(type, v));
        }
        return e;
    }

    /** An optional instant column (with offset), or {@code null}. */
    protected static java.time.Instant optionalInstant(Row row, String column) {
        String v = row.value(column);
        if (v == null) {
            return null;
        }
        try {
            return io.github.otklik.core.validation.Instants.parseWithOffset(v);
        } catch (IllegalArgumentException e) {
            throw new FieldProblem(column, e.getMessage());
        }
    }

    /** A required instant column (with offset). */
    protected static java.time.Instant requiredInstant(Row row, String column) {
        required(row, column);
        return optionalInstant(row, column);
    }
}
