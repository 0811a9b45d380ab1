package io.github.otklik.jdbc;

import io.github.otklik.forms.Form;
import io.github.otklik.forms.json.FormJson;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The agencies' own form templates in {@code forms}, one row per id and version, kept as canonical
 * {@code otklik-form/1} JSON with every surrogate escaped, so that any text of a template, an
 * unpaired surrogate too, is kept exactly on every database. A published version never changes.
 * Thread-safe.
 */
final class FormTable {
    private final FormJson json = new FormJson();

    /**
     * Stores {@code form}, saved at {@code savedAt}; {@code false} when an equal template with its id
     * and version is stored already.
     *
     * @throws IllegalStateException when a different template with this id and version is stored
     */
    boolean save(Connection c, Form form, Instant savedAt) throws SQLException {
        String text = Texts.escapeSurrogates(json.write(form)); // NUL is escaped by the writer already
        try (PreparedStatement ps = c.prepareStatement("SELECT template_json FROM forms WHERE id = ? AND version = ?")) {
            ps.setString(1, form.id());
            ps.setString(2, form.version());
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next()) {
                    if (json.read(rs.getString(1), form.key()).equals(form)) {
                        return false;
                    }
                    throw new IllegalStateException("form " + form.id() + " version " + form.version()
                            + " is stored with other content; a published version never changes, give the new one a new version");
                }
            }
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO forms (id, version, saved_at, template_json) VALUES (?, ?, ?, ?)")) {
            ps.setString(1, form.id());
            ps.setString(2, form.version());
            ps.setString(3, savedAt.toString());
            ps.setString(4, text);
            ps.executeUpdate();
        }
        return true;
    }

    /** Every stored template, by id, then version. */
    List<Form> all(Connection c) throws SQLException {
        List<Form> out = new ArrayList<>();
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT id, version, template_json FROM forms")) {
            while (rs.next()) {
                out.add(json.read(rs.getString(3), "db:forms/" + rs.getString(1) + "@" + rs.getString(2)));
            }
        }
        out.sort(Comparator.comparing(Form::id).thenComparing(Form::version));
        return out;
    }
}
