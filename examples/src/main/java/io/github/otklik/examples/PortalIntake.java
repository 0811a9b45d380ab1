package io.github.otklik.examples;

import io.github.otklik.core.io.ReadSummary;
import io.github.otklik.core.io.RecordHandler;
import io.github.otklik.core.io.Reject;
import io.github.otklik.core.io.ResponseJsonlReader;
import io.github.otklik.core.json.OtklikJson;
import io.github.otklik.core.response.SurveyResponse;
import io.github.otklik.forms.FormCatalog;
import io.github.otklik.forms.validation.ResponseValidator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;

/**
 * Example 1 — the portal posts questionnaire responses in batches as JSON Lines; the agency
 * validates each against its form and stores the valid ones in its own database, keeping every
 * rejected line for the operator.
 */
public final class PortalIntake {
    private final ResponseJsonlReader reader;

    /** An intake for the forms of {@code catalog}. */
    public PortalIntake(FormCatalog catalog) {
        this.reader = ResponseJsonlReader.builder().check(new ResponseValidator(catalog)).build();
    }

    /** Creates the agency's table (once). */
    public static void createTable(Connection db) throws SQLException {
        try (var s = db.createStatement()) {
            s.execute("CREATE TABLE IF NOT EXISTS feedback_response (id VARCHAR(128) PRIMARY KEY, form VARCHAR(128), "
                    + "process VARCHAR(128), channel VARCHAR(32), submitted_at TIMESTAMP WITH TIME ZONE, json CLOB)");
        }
    }

    /** Validates {@code batch} and inserts every valid response; returns the rejects. */
    public List<Reject> ingest(Path batch, Connection db) throws SQLException {
        List<Reject> rejects = new ArrayList<>();
        var mapper = OtklikJson.mapper();
        try (PreparedStatement insert = db.prepareStatement(
                "INSERT INTO feedback_response (id, form, process, channel, submitted_at, json) VALUES (?, ?, ?, ?, ?, ?)")) {
            ReadSummary summary = reader.read(batch, new RecordHandler<SurveyResponse>() {
                @Override
                public void accept(SurveyResponse r, long line) {
                    try {
                        insert.setString(1, r.id());
                        insert.setString(2, r.form());
                        insert.setString(3, r.process().orElse(null));
                        insert.setString(4, r.channel().name());
                        insert.setTimestamp(5, Timestamp.from(r.submittedAt()));
                        insert.setString(6, mapper.writeValueAsString(r));
                        insert.addBatch();
                    } catch (SQLException | IOException e) {
                        throw new IllegalStateException(e);
                    }
                }

                @Override
                public void reject(Reject reject) {
                    rejects.add(reject);
                }
            });
            insert.executeBatch();
            System.out.println(batch.getFileName() + ": stored " + summary.accepted() + ", rejected " + summary.rejected());
        } catch (UncheckedIOException e) {
            throw new IllegalStateException(e);
        }
        return rejects;
    }
}
