package io.github.otklik.jdbc;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.Optional;

/** Parameter and column helpers shared by the tables: nulls, instants as text plus epoch millis, dates. */
final class Jdbc {
    private Jdbc() {
    }

    static void text(PreparedStatement ps, int i, String value) throws SQLException {
        if (value == null) {
            ps.setNull(i, Types.VARCHAR);
        } else {
            ps.setString(i, value);
        }
    }

    /** Binds {@code at} to parameters {@code i} (exact ISO-8601 text) and {@code i + 1} (epoch millis). */
    static void instant(PreparedStatement ps, int i, Instant at) throws SQLException {
        if (at == null) {
            ps.setNull(i, Types.VARCHAR);
            ps.setNull(i + 1, Types.BIGINT);
        } else {
            ps.setString(i, at.toString());
            ps.setLong(i + 1, at.toEpochMilli());
        }
    }

    static void integer(PreparedStatement ps, int i, Integer value) throws SQLException {
        if (value == null) {
            ps.setNull(i, Types.INTEGER);
        } else {
            ps.setInt(i, value);
        }
    }

    static void date(PreparedStatement ps, int i, LocalDate date) throws SQLException {
        if (date == null) {
            ps.setNull(i, Types.DATE);
        } else {
            ps.setObject(i, date);
        }
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        String s = rs.getString(column);
        return s == null ? null : Instant.parse(s);
    }

    static LocalDate date(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, LocalDate.class);
    }

    static Integer integer(ResultSet rs, String column) throws SQLException {
        int v = rs.getInt(column);
        return rs.wasNull() ? null : v;
    }

    /** {@code ?, ?, …, ?} with {@code n} marks. */
    static String marks(int n) {
        return String.join(", ", Collections.nCopies(n, "?"));
    }

    /** Parses an enum constant stored by name, naming the column when it is not one. */
    static <E extends Enum<E>> E enumValue(Class<E> type, String column, String name) {
        if (name == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, name);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("column " + column + " holds " + name + ", not a " + type.getSimpleName(), e);
        }
    }

    /** The key the database generated for the row {@code ps} inserted. */
    static long generatedKey(PreparedStatement ps) throws SQLException {
        try (ResultSet keys = ps.getGeneratedKeys()) {
            if (!keys.next()) {
                throw new SQLException("the database returned no generated key");
            }
            return keys.getLong(1);
        }
    }

    /**
     * Why the store cannot keep instant {@code at} of {@code field}, if it cannot: every instant is
     * kept with its epoch milliseconds, which reach from year -292,275,055 to year 292,278,994.
     */
    static Optional<RecordTable.Refusal> instantRefusal(String field, Instant at) {
        try {
            at.toEpochMilli();
            return Optional.empty();
        } catch (ArithmeticException e) {
            return Optional.of(new RecordTable.Refusal(field, "instant " + at
                    + " is outside the range the store keeps (years -292275055 to 292278994)"));
        }
    }
}
