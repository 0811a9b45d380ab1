package io.github.otklik.jdbc;

import io.github.otklik.core.channel.Channel;
import io.github.otklik.core.client.Client;
import io.github.otklik.core.client.ClientCategory;
import io.github.otklik.core.client.ClientKind;
import io.github.otklik.core.response.AnswerValue;
import io.github.otklik.core.response.SurveyResponse;
import io.github.otklik.core.validation.Identifiers;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Responses in {@code responses}, their personal data apart in {@code respondents}. A purged
 * respondent leaves a tombstone that makes the import drop personal data arriving for that
 * response again.
 */
final class ResponseTable extends RecordTable<SurveyResponse> {
    static final ResponseTable INSTANCE = new ResponseTable();

    private ResponseTable() {
        super("responses", List.of("form", "form_version", "submitted_at", "submitted_ms", "agency", "process", "channel",
                "client_kind", "client_category", "anonymous", "answers_json"));
    }

    @Override
    String id(SurveyResponse r) {
        return r.id();
    }

    @Override
    void check(SurveyResponse r) {
        String problem = !Identifiers.isIdentifier(r.id()) ? "malformed id"
                : !Identifiers.isIdentifier(r.form()) ? "malformed form id"
                : !Identifiers.isIdentifier(r.formVersion()) ? "malformed form version"
                : !Identifiers.isIdentifier(r.agency()) ? "malformed agency"
                : r.process().isPresent() && !Identifiers.isIdentifier(r.process().get()) ? "malformed process"
                : null;
        if (problem != null) {
            throw unfit("response", Identifiers.describe(r.id()), problem);
        }
    }

    @Override
    Optional<Refusal> refusal(SurveyResponse r) {
        return Jdbc.instantRefusal("submittedAt", r.submittedAt());
    }

    @Override
    void bind(PreparedStatement ps, int i, SurveyResponse r) throws SQLException {
        ps.setString(i, r.form());
        ps.setString(i + 1, r.formVersion());
        Jdbc.instant(ps, i + 2, r.submittedAt());
        ps.setString(i + 4, r.agency());
        Jdbc.text(ps, i + 5, r.process().orElse(null));
        ps.setString(i + 6, r.channel().name());
        ps.setString(i + 7, r.client().kind().name());
        Jdbc.text(ps, i + 8, r.client().category().map(Enum::name).orElse(null));
        ps.setBoolean(i + 9, r.anonymous());
        ps.setString(i + 10, AnswersJson.write(r.answers()));
    }

    @Override
    SurveyResponse read(ResultSet rs) throws SQLException {
        return builder(rs).build();
    }

    private static SurveyResponse.Builder builder(ResultSet rs) throws SQLException {
        ClientKind kind = Jdbc.enumValue(ClientKind.class, "client_kind", rs.getString("client_kind"));
        ClientCategory category = Jdbc.enumValue(ClientCategory.class, "client_category", rs.getString("client_category"));
        SurveyResponse.Builder b = SurveyResponse.builder(rs.getString("id"))
                .form(rs.getString("form"), rs.getString("form_version"))
                .submittedAt(Jdbc.instant(rs, "submitted_at"))
                .agency(rs.getString("agency"))
                .channel(Jdbc.enumValue(Channel.class, "channel", rs.getString("channel")))
                .client(category == null ? Client.of(kind) : Client.of(kind, category))
                .anonymous(rs.getBoolean("anonymous"))
                .answers(AnswersJson.read(rs.getString("answers_json")));
        String process = rs.getString("process");
        if (process != null) {
            b.process(process);
        }
        return b;
    }

    @Override
    Map<String, Stored<SurveyResponse>> load(Connection c, List<String> ids) throws SQLException {
        Map<String, Stored<SurveyResponse>> out = new HashMap<>();
        String sql = "SELECT r.id, r.form, r.form_version, r.submitted_at, r.agency, r.process, r.channel, r.client_kind,"
                + " r.client_category, r.anonymous, r.answers_json, p.response_id AS respondent_id, p.data_json, p.purged_at"
                + " FROM responses r LEFT JOIN respondents p ON p.response_id = r.id WHERE r.id IN (" + Jdbc.marks(ids.size()) + ")";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < ids.size(); i++) {
                ps.setString(i + 1, ids.get(i));
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    boolean row = rs.getString("respondent_id") != null;
                    String data = rs.getString("data_json");
                    SurveyResponse r;
                    try {
                        SurveyResponse.Builder b = builder(rs);
                        if (data != null) {
                            b.respondent(AnswersJson.read(data));
                        }
                        r = b.build();
                    } catch (RuntimeException e) {
                        r = null; // changed by hand: overwritten below
                    }
                    out.put(rs.getString("id"), new Stored<>(r, row, row && data == null));
                }
            }
        }
        return out;
    }

    @Override
    SurveyResponse effective(SurveyResponse incoming, Stored<SurveyResponse> stored) {
        return stored.purged() && incoming.respondent().isPresent() ? withoutRespondent(incoming) : incoming;
    }

    @Override
    Stored<SurveyResponse> after(SurveyResponse written, Stored<SurveyResponse> before) {
        boolean purged = before != null && before.purged();
        return new Stored<>(written, purged || written.respondent().isPresent(), purged);
    }

    static SurveyResponse withoutRespondent(SurveyResponse r) {
        SurveyResponse.Builder b = SurveyResponse.builder(r.id()).form(r.form(), r.formVersion()).submittedAt(r.submittedAt())
                .agency(r.agency()).channel(r.channel()).client(r.client()).anonymous(r.anonymous()).answers(r.answers());
        r.process().ifPresent(b::process);
        return b.build();
    }

    @Override
    void insert(Connection c, List<SurveyResponse> records) throws SQLException {
        super.insert(c, records);
        List<SurveyResponse> named = new ArrayList<>();
        for (SurveyResponse r : records) {
            if (r.respondent().isPresent()) {
                named.add(r);
            }
        }
        insertRespondents(c, named);
    }

    @Override
    void update(Connection c, List<Change<SurveyResponse>> changes) throws SQLException {
        List<Change<SurveyResponse>> main = new ArrayList<>();
        List<SurveyResponse> add = new ArrayList<>();
        List<SurveyResponse> replace = new ArrayList<>();
        List<String> remove = new ArrayList<>();
        for (Change<SurveyResponse> ch : changes) {
            SurveyResponse now = ch.record();
            SurveyResponse was = ch.was().record();
            if (was == null || !withoutRespondent(now).equals(withoutRespondent(was))) {
                main.add(ch);
            }
            Optional<Map<String, AnswerValue>> data = now.respondent();
            if (was != null && data.equals(was.respondent()) || ch.was().purged()) {
                continue;
            }
            if (data.isEmpty()) {
                remove.add(now.id());
            } else if (ch.was().respondentRow()) {
                replace.add(now);
            } else {
                add.add(now);
            }
        }
        super.update(c, main);
        insertRespondents(c, add);
        if (!replace.isEmpty()) {
            try (PreparedStatement ps = c.prepareStatement("UPDATE respondents SET data_json = ? WHERE response_id = ? AND purged_at IS NULL")) {
                for (SurveyResponse r : replace) {
                    ps.setString(1, AnswersJson.write(r.respondent().orElseThrow()));
                    ps.setString(2, r.id());
                    ps.addBatch();
                }
                ps.executeBatch();
            }
        }
        if (!remove.isEmpty()) {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM respondents WHERE response_id = ? AND purged_at IS NULL")) {
                for (String id : remove) {
                    ps.setString(1, id);
                    ps.addBatch();
                }
                ps.executeBatch();
            }
        }
    }

    private static void insertRespondents(Connection c, List<SurveyResponse> named) throws SQLException {
        if (named.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO respondents (response_id, data_json, purged_at) VALUES (?, ?, NULL)")) {
            for (SurveyResponse r : named) {
                ps.setString(1, r.id());
                ps.setString(2, AnswersJson.write(r.respondent().orElseThrow()));
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    /** The personal data stored for response {@code id}, when there is some. */
    static Optional<Map<String, AnswerValue>> respondent(Connection c, String id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT data_json FROM respondents WHERE response_id = ?")) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next()) {
                    String data = rs.getString(1);
                    return data == null ? Optional.empty() : Optional.of(AnswersJson.read(data));
                }
                return Optional.empty();
            }
        }
    }

    /**
     * Deletes the personal data of response {@code id}, leaving a tombstone; whether there was
     * data to delete. A response with no data still gets the tombstone, so that none is stored later.
     */
    static boolean purge(Connection c, String id, Instant at) throws SQLException {
        int updated;
        try (PreparedStatement ps = c.prepareStatement(
                "UPDATE respondents SET data_json = NULL, purged_at = ? WHERE response_id = ? AND purged_at IS NULL")) {
            ps.setString(1, at.toString());
            ps.setString(2, id);
            updated = ps.executeUpdate();
        }
        if (updated > 0) {
            return true;
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO respondents (response_id, data_json, purged_at)"
                + " SELECT id, NULL, ? FROM responses WHERE id = ? AND NOT EXISTS (SELECT 1 FROM respondents WHERE response_id = ?)")) {
            ps.setString(1, at.toString());
            ps.setString(2, id);
            ps.setString(3, id);
            ps.executeUpdate();
        }
        return false;
    }
}
