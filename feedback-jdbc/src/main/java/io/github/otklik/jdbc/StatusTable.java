package io.github.otklik.jdbc;

import io.github.otklik.core.validation.Identifiers;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The append-only status history of pain points in {@code pain_point_status}: rows are inserted,
 * never updated or deleted, and {@code seq} orders them. Stateless and thread-safe.
 */
final class StatusTable {
    static final StatusTable INSTANCE = new StatusTable();

    private static final String SELECT = "SELECT seq, pain_map_id, process, problem, status, changed_at, changed_by, note"
            + " FROM pain_point_status WHERE process = ? AND problem = ? ORDER BY seq";

    private StatusTable() {
    }

    /**
     * Checks a change before it is appended.
     *
     * @throws IllegalArgumentException when {@code process} is not an identifier, {@code problem} not
     *     a code, {@code status} (64) or {@code changedBy} (255 characters) empty or too long, a
     *     text holds a NUL or an unpaired surrogate, or {@code changedAt} is beyond what the store keeps
     */
    static void check(String process, String problem, String status, Instant changedAt, String changedBy, String note) {
        Identifiers.requireIdentifier(process, "process");
        Identifiers.requireCode(problem, "problem");
        Texts.requireText("status", status, 64);
        Texts.requireText("changedBy", changedBy, 255);
        Objects.requireNonNull(changedAt, "changedAt");
        Jdbc.instantRefusal("changedAt", changedAt).ifPresent(r -> {
            throw new IllegalArgumentException("changedAt: " + r.reason());
        });
        if (note != null) {
            Texts.requireStorable("note", note);
        }
    }

    /**
     * Appends a change ({@code painMap} and {@code note} may be {@code null}) and returns it.
     *
     * @throws IllegalArgumentException when {@code painMap} is given and no such map is saved
     */
    StatusChange append(Connection c, Long painMap, String process, String problem, String status, Instant changedAt,
            String changedBy, String note) throws SQLException {
        if (painMap != null && !PainMapTable.INSTANCE.exists(c, painMap)) {
            throw new IllegalArgumentException("no pain map " + painMap + " is stored");
        }
        long seq;
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO pain_point_status (pain_map_id, process, problem, status,"
                + " changed_at, changed_ms, changed_by, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
            if (painMap == null) {
                ps.setNull(1, Types.BIGINT);
            } else {
                ps.setLong(1, painMap);
            }
            ps.setString(2, process);
            ps.setString(3, problem);
            ps.setString(4, status);
            Jdbc.instant(ps, 5, changedAt);
            ps.setString(7, changedBy);
            Jdbc.text(ps, 8, note);
            ps.executeUpdate();
            seq = Jdbc.generatedKey(ps);
        }
        return new StatusChange(seq, painMap == null ? OptionalLong.empty() : OptionalLong.of(painMap), process, problem, status,
                changedAt, changedBy, Optional.ofNullable(note));
    }

    /** Every change of the pain point, oldest first. */
    List<StatusChange> history(Connection c, String process, String problem) throws SQLException {
        return select(c, SELECT, process, problem);
    }

    /** The last change of the pain point. */
    Optional<StatusChange> current(Connection c, String process, String problem) throws SQLException {
        return select(c, SELECT + " DESC FETCH FIRST 1 ROWS ONLY", process, problem).stream().findFirst();
    }

    private static List<StatusChange> select(Connection c, String sql, String process, String problem) throws SQLException {
        Objects.requireNonNull(process, "process");
        Objects.requireNonNull(problem, "problem");
        List<StatusChange> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, process);
            ps.setString(2, problem);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long map = rs.getLong("pain_map_id");
                    OptionalLong painMap = rs.wasNull() ? OptionalLong.empty() : OptionalLong.of(map);
                    out.add(new StatusChange(rs.getLong("seq"), painMap, rs.getString("process"), rs.getString("problem"),
                            rs.getString("status"), Jdbc.instant(rs, "changed_at"), rs.getString("changed_by"),
                            Optional.ofNullable(rs.getString("note"))));
                }
            }
        }
        return out;
    }
}
