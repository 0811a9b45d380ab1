package io.github.otklik.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.Optional;

/**
 * Saved pain maps in {@code pain_maps}: the {@code otklik-painmap/1} JSON exactly as given, with the
 * period, as-of date and rule-set name to find it by; one row per save. Stateless and thread-safe.
 */
final class PainMapTable {
    static final PainMapTable INSTANCE = new PainMapTable();

    private static final String SELECT = "SELECT id, period_label, as_of, rules_name, saved_at, painmap_json FROM pain_maps ";

    private PainMapTable() {
    }

    /**
     * Checks what {@link #insert} would store.
     *
     * @throws IllegalArgumentException when {@code json} is not one JSON object, or a label is empty,
     *     or too long (period 64, as-of 40, rules name 255 characters), or a text holds a NUL or an unpaired surrogate
     */
    static void check(String periodLabel, String asOf, String rulesName, String json) {
        Texts.requireText("periodLabel", periodLabel, 64);
        Texts.requireText("asOf", asOf, 40);
        Texts.requireText("rulesName", rulesName, 255);
        Texts.requireStorable("json", json);
        if (!AnswersJson.isObject(json)) {
            throw new IllegalArgumentException("a pain map must be one JSON object");
        }
    }

    /** Saves a new row and returns its id. */
    long insert(Connection c, String periodLabel, String asOf, String rulesName, Instant savedAt, String json) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO pain_maps (period_label, as_of, rules_name, saved_at, painmap_json)"
                + " VALUES (?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
            ps.setString(1, periodLabel);
            ps.setString(2, asOf);
            ps.setString(3, rulesName);
            ps.setString(4, savedAt.toString());
            ps.setString(5, json);
            ps.executeUpdate();
            return Jdbc.generatedKey(ps);
        }
    }

    /** The saved map {@code id}. */
    Optional<StoredPainMap> find(Connection c, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(SELECT + "WHERE id = ?")) {
            ps.setLong(1, id);
            return one(ps);
        }
    }

    /** The map of {@code periodLabel} saved last. */
    Optional<StoredPainMap> latest(Connection c, String periodLabel) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(SELECT + "WHERE period_label = ? ORDER BY id DESC FETCH FIRST 1 ROWS ONLY")) {
            ps.setString(1, periodLabel);
            return one(ps);
        }
    }

    /** Whether a map {@code id} is saved. */
    boolean exists(Connection c, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM pain_maps WHERE id = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    private static Optional<StoredPainMap> one(PreparedStatement ps) throws SQLException {
        try (ResultSet rs = ps.executeQuery()) {
            if (!rs.next()) {
                return Optional.empty();
            }
            return Optional.of(new StoredPainMap(rs.getLong("id"), rs.getString("period_label"), rs.getString("as_of"),
                    rs.getString("rules_name"), Jdbc.instant(rs, "saved_at"), rs.getString("painmap_json")));
        }
    }
}
