package io.github.otklik.examples;

import io.github.otklik.metrics.MetricsSpec;

import io.github.otklik.core.appeal.Appeal;
import io.github.otklik.core.appeal.AppealKind;
import io.github.otklik.core.channel.Channel;
import io.github.otklik.core.io.ReadSummary;
import io.github.otklik.core.io.RecordSource;
import io.github.otklik.core.period.ReportingPeriod;
import io.github.otklik.forms.FormCatalog;
import io.github.otklik.metrics.Dimension;
import io.github.otklik.metrics.MetricsEngine;
import io.github.otklik.metrics.MetricsInputs;
import io.github.otklik.metrics.report.MetricsReport;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.ZoneId;
import java.util.List;

/**
 * Example 2 — a quarterly job that reads appeals straight from the agency's own tables (the rows
 * are streamed, never loaded whole), computes the quarter's appeal statistics per process and
 * builds the pain map of the quarter from them.
 */
public final class QuarterlyJob {
    private QuarterlyJob() {
    }

    /** Appeals of the agency's {@code appeal} table as a record source (one pass, streamed). */
    public static RecordSource<Appeal> appeals(Connection db) {
        return handler -> {
            long n = 0;
            try (Statement s = db.createStatement()) {
                s.setFetchSize(1_000);
                try (ResultSet rs = s.executeQuery("SELECT id, process, channel, kind, reason, registered_at, answered_at FROM appeal ORDER BY id")) {
                    while (rs.next()) {
                        Appeal.Builder b = Appeal.builder(rs.getString("id")).agency("minsoc")
                                .channel(Channel.valueOf(rs.getString("channel"))).kind(AppealKind.valueOf(rs.getString("kind")))
                                .registeredAt(rs.getTimestamp("registered_at").toInstant());
                        if (rs.getString("process") != null) {
                            b.process(rs.getString("process"));
                        }
                        if (rs.getString("reason") != null) {
                            b.reason(rs.getString("reason"));
                        }
                        if (rs.getTimestamp("answered_at") != null) {
                            b.answeredAt(rs.getTimestamp("answered_at").toInstant());
                        }
                        handler.accept(b.build(), ++n);
                    }
                }
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
            return new ReadSummary("appeal table", n, n, 0, false);
        };
    }

    /** The quarter's pain map (карта болей) from the agency's database, with the agency's rules. */
    public static io.github.otklik.painmap.PainMap painMap(Connection db, String quarter, io.github.otklik.painmap.rules.RuleSet rules) {
        return io.github.otklik.painmap.build.PainMapBuilder.from(run(db, quarter)).rules(rules).build();
    }

    /** The quarter's metrics per process from the agency's database. */
    public static MetricsReport run(Connection db, String quarter) {
        MetricsEngine engine = MetricsEngine.from(MetricsSpec.builder(ReportingPeriod.parse(quarter))
                .zone(ZoneId.of("Europe/Moscow"))
                .groupBy(List.of(Dimension.PROCESS))
                .build());
        return engine.run(MetricsInputs.none().withAppeals(appeals(db)), reject -> System.err.println(reject));
    }
}
