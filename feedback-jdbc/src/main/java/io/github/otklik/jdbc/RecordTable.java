package io.github.otklik.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * How one kind of record maps to its table: an {@code id} primary key and the other columns in a
 * fixed order, bound and read by the subclass. Stateless and thread-safe.
 *
 * @param <T> the record type
 */
abstract class RecordTable<T> {
    private final String table;
    private final List<String> columns;
    private final String select;
    private final String insert;
    private final String update;

    /** A table named {@code table} whose columns other than {@code id} are {@code columns}, in bind order. */
    RecordTable(String table, List<String> columns) {
        this.table = table;
        this.columns = List.copyOf(columns);
        this.select = "SELECT id, " + String.join(", ", columns) + " FROM " + table;
        this.insert = "INSERT INTO " + table + " (id, " + String.join(", ", columns) + ") VALUES (" + Jdbc.marks(columns.size() + 1) + ")";
        this.update = "UPDATE " + table + " SET " + String.join(" = ?, ", columns) + " = ? WHERE id = ?";
    }

    /**
     * A record as it is stored ({@code null} when the row no longer maps to a valid record, changed
     * by hand: the import then overwrites it), and what the store knows besides (for responses: the
     * respondent row).
     */
    record Stored<T>(T record, boolean respondentRow, boolean purged) {
        static <T> Stored<T> of(T record) {
            return new Stored<>(record, false, false);
        }
    }

    /** A stored record to be replaced by {@code record}. */
    record Change<T>(T record, Stored<T> was) {
    }

    /** Why the store cannot keep a record: the field and the reason, in the words of a reject. */
    record Refusal(String field, String reason) {
    }

    /** The table's name. */
    final String table() {
        return table;
    }

    /** {@code SELECT id, … FROM table}. */
    final String select() {
        return select;
    }

    /** The record's id. */
    abstract String id(T record);

    /**
     * Checks that {@code record} fits the table (identifiers and codes as {@code spec/formats.md}
     * defines them, which the readers guarantee).
     *
     * @throws IllegalArgumentException naming the record and the problem
     */
    abstract void check(T record);

    /**
     * Why the store cannot keep {@code record} although it is well-formed (a value beyond what its
     * columns hold), or empty when it can. The import rejects such a record alone.
     */
    abstract Optional<Refusal> refusal(T record);

    /** Binds every column but {@code id} from parameter {@code first} on, in column order. */
    abstract void bind(PreparedStatement ps, int first, T record) throws SQLException;

    /** Reads the record of the current row of a {@link #select()} query (never personal data). */
    abstract T read(ResultSet rs) throws SQLException;

    /** The stored rows among {@code ids}, by id, as the import compares them. */
    Map<String, Stored<T>> load(Connection c, List<String> ids) throws SQLException {
        Map<String, Stored<T>> out = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement(select + " WHERE id IN (" + Jdbc.marks(ids.size()) + ")")) {
            for (int i = 0; i < ids.size(); i++) {
                ps.setString(i + 1, ids.get(i));
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.put(rs.getString("id"), Stored.of(readOrNull(rs)));
                }
            }
        }
        return out;
    }

    /** The record of the current row, or {@code null} when the row does not map to a valid record. */
    final T readOrNull(ResultSet rs) throws SQLException {
        try {
            return read(rs);
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** The record that would be stored for {@code incoming} given what is stored (by default {@code incoming}). */
    T effective(T incoming, Stored<T> stored) {
        return incoming;
    }

    /** What the store knows of the row after {@code written} was inserted ({@code before} null) or replaced {@code before}. */
    Stored<T> after(T written, Stored<T> before) {
        return Stored.of(written);
    }

    /** Inserts {@code records} (none stored yet); a concurrent insert of the same id fails the batch. */
    void insert(Connection c, List<T> records) throws SQLException {
        if (records.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = c.prepareStatement(insert)) {
            for (T r : records) {
                ps.setString(1, id(r));
                bind(ps, 2, r);
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    /** Replaces stored records by new content. */
    void update(Connection c, List<Change<T>> changes) throws SQLException {
        if (changes.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = c.prepareStatement(update)) {
            for (Change<T> ch : changes) {
                bind(ps, 1, ch.record());
                ps.setString(columns.size() + 1, id(ch.record()));
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    /** The stored record with {@code id}. */
    Optional<T> find(Connection c, String id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(select + " WHERE id = ?")) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(read(rs)) : Optional.empty();
            }
        }
    }

    /** Throws the exception of a record that cannot be stored. */
    static IllegalArgumentException unfit(String kind, String id, String problem) {
        return new IllegalArgumentException(kind + " " + id + " cannot be stored: " + problem);
    }
}
