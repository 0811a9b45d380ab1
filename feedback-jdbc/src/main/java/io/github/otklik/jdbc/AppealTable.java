package io.github.otklik.jdbc;

import io.github.otklik.core.appeal.Appeal;
import io.github.otklik.core.appeal.AppealKind;
import io.github.otklik.core.appeal.AppealOutcome;
import io.github.otklik.core.channel.Channel;
import io.github.otklik.core.validation.Identifiers;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Appeals in {@code appeals}, one column per field of {@code spec/formats.md} §3, the appeal's own
 * words in {@code text} (schema 2; {@code NULL} when it has none), kept exactly.
 */
final class AppealTable extends RecordTable<Appeal> {
    static final AppealTable INSTANCE = new AppealTable();

    private AppealTable() {
        super("appeals", List.of("agency", "process", "channel", "kind", "topic", "reason", "registered_at", "registered_ms",
                "answered_at", "answered_ms", "due_date", "outcome", "text"));
    }

    @Override
    String id(Appeal a) {
        return a.id();
    }

    @Override
    void check(Appeal a) {
        String problem = !Identifiers.isIdentifier(a.id()) ? "malformed id"
                : !Identifiers.isIdentifier(a.agency()) ? "malformed agency"
                : a.process().isPresent() && !Identifiers.isIdentifier(a.process().get()) ? "malformed process"
                : a.topic().isPresent() && !Identifiers.isIdentifier(a.topic().get()) ? "malformed topic"
                : a.reason().isPresent() && !Identifiers.isCode(a.reason().get()) ? "malformed reason code"
                : null;
        if (problem != null) {
            throw unfit("appeal", Identifiers.describe(a.id()), problem);
        }
    }

    @Override
    Optional<Refusal> refusal(Appeal a) {
        Optional<Refusal> registered = Jdbc.instantRefusal("registeredAt", a.registeredAt());
        if (registered.isPresent()) {
            return registered;
        }
        Optional<Refusal> answered = a.answeredAt().isEmpty() ? Optional.empty() : Jdbc.instantRefusal("answeredAt", a.answeredAt().get());
        return answered.isPresent() || a.text().isEmpty() ? answered : textRefusal(a.text().get());
    }

    /** Why the store cannot keep {@code text} exactly: a NUL (PostgreSQL cannot) or an unpaired surrogate (not Unicode). */
    private static Optional<Refusal> textRefusal(String text) {
        int bad = Texts.unstorable(text);
        if (bad < 0) {
            return Optional.empty();
        }
        char ch = text.charAt(bad);
        return Optional.of(new Refusal("text", "holds " + (ch == 0 ? "a NUL character (U+0000)"
                : "an unpaired surrogate (U+" + Integer.toHexString(ch).toUpperCase(java.util.Locale.ROOT) + ")")
                + " at index " + bad + ", which the store cannot keep exactly"));
    }

    @Override
    void bind(PreparedStatement ps, int i, Appeal a) throws SQLException {
        ps.setString(i, a.agency());
        Jdbc.text(ps, i + 1, a.process().orElse(null));
        ps.setString(i + 2, a.channel().name());
        ps.setString(i + 3, a.kind().name());
        Jdbc.text(ps, i + 4, a.topic().orElse(null));
        Jdbc.text(ps, i + 5, a.reason().orElse(null));
        Jdbc.instant(ps, i + 6, a.registeredAt());
        Jdbc.instant(ps, i + 8, a.answeredAt().orElse(null));
        Jdbc.date(ps, i + 10, a.dueDate().orElse(null));
        Jdbc.text(ps, i + 11, a.outcome().map(Enum::name).orElse(null));
        Jdbc.text(ps, i + 12, a.text().orElse(null));
    }

    @Override
    Appeal read(ResultSet rs) throws SQLException {
        Appeal.Builder b = Appeal.builder(rs.getString("id"))
                .agency(rs.getString("agency"))
                .channel(Jdbc.enumValue(Channel.class, "channel", rs.getString("channel")))
                .kind(Jdbc.enumValue(AppealKind.class, "kind", rs.getString("kind")))
                .registeredAt(Jdbc.instant(rs, "registered_at"));
        String process = rs.getString("process");
        if (process != null) {
            b.process(process);
        }
        String topic = rs.getString("topic");
        if (topic != null) {
            b.topic(topic);
        }
        String reason = rs.getString("reason");
        if (reason != null) {
            b.reason(reason);
        }
        Instant answered = Jdbc.instant(rs, "answered_at");
        if (answered != null) {
            b.answeredAt(answered);
        }
        LocalDate due = Jdbc.date(rs, "due_date");
        if (due != null) {
            b.dueDate(due);
        }
        AppealOutcome outcome = Jdbc.enumValue(AppealOutcome.class, "outcome", rs.getString("outcome"));
        if (outcome != null) {
            b.outcome(outcome);
        }
        String text = rs.getString("text");
        if (text != null) {
            b.text(text);
        }
        return b.build();
    }
}
