package io.github.otklik.jdbc;

import io.github.otklik.core.channel.Channel;
import io.github.otklik.core.process.ProcessInstance;
import io.github.otklik.core.process.ProcessOutcome;
import io.github.otklik.core.validation.Identifiers;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Process instances in {@code process_instances}, one column per field of {@code spec/formats.md} §4. */
final class ProcessTable extends RecordTable<ProcessInstance> {
    static final ProcessTable INSTANCE = new ProcessTable();

    private ProcessTable() {
        super("process_instances", List.of("agency", "process", "channel", "started_at", "started_ms", "finished_at",
                "finished_ms", "touches", "outcome", "negative_reason"));
    }

    @Override
    String id(ProcessInstance p) {
        return p.id();
    }

    @Override
    void check(ProcessInstance p) {
        String problem = !Identifiers.isIdentifier(p.id()) ? "malformed id"
                : !Identifiers.isIdentifier(p.agency()) ? "malformed agency"
                : !Identifiers.isIdentifier(p.process()) ? "malformed process"
                : p.negativeReason().isPresent() && !Identifiers.isCode(p.negativeReason().get()) ? "malformed negative reason code"
                : null;
        if (problem != null) {
            throw unfit("process instance", Identifiers.describe(p.id()), problem);
        }
    }

    @Override
    Optional<Refusal> refusal(ProcessInstance p) {
        Optional<Refusal> started = Jdbc.instantRefusal("startedAt", p.startedAt());
        return started.isPresent() || p.finishedAt().isEmpty() ? started : Jdbc.instantRefusal("finishedAt", p.finishedAt().get());
    }

    @Override
    void bind(PreparedStatement ps, int i, ProcessInstance p) throws SQLException {
        ps.setString(i, p.agency());
        ps.setString(i + 1, p.process());
        Jdbc.text(ps, i + 2, p.channel().map(Enum::name).orElse(null));
        Jdbc.instant(ps, i + 3, p.startedAt());
        Jdbc.instant(ps, i + 5, p.finishedAt().orElse(null));
        Jdbc.integer(ps, i + 7, p.touches().isPresent() ? p.touches().getAsInt() : null);
        Jdbc.text(ps, i + 8, p.outcome().map(Enum::name).orElse(null));
        Jdbc.text(ps, i + 9, p.negativeReason().orElse(null));
    }

    @Override
    ProcessInstance read(ResultSet rs) throws SQLException {
        ProcessInstance.Builder b = ProcessInstance.builder(rs.getString("id"))
                .agency(rs.getString("agency"))
                .process(rs.getString("process"))
                .startedAt(Jdbc.instant(rs, "started_at"));
        Channel channel = Jdbc.enumValue(Channel.class, "channel", rs.getString("channel"));
        if (channel != null) {
            b.channel(channel);
        }
        Instant finished = Jdbc.instant(rs, "finished_at");
        if (finished != null) {
            b.finishedAt(finished);
        }
        Integer touches = Jdbc.integer(rs, "touches");
        if (touches != null) {
            b.touches(touches);
        }
        ProcessOutcome outcome = Jdbc.enumValue(ProcessOutcome.class, "outcome", rs.getString("outcome"));
        if (outcome != null) {
            b.outcome(outcome);
        }
        String reason = rs.getString("negative_reason");
        if (reason != null) {
            b.negativeReason(reason);
        }
        return b.build();
    }
}
