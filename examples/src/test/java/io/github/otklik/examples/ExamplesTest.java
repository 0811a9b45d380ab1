package io.github.otklik.examples;

import io.github.otklik.core.io.Reject;
import io.github.otklik.forms.FormCatalog;
import io.github.otklik.metrics.report.MetricsReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ExamplesTest {
    private static final String VALID = "{\"id\":\"%s\",\"form\":\"EXT-1\",\"formVersion\":\"1\",\"submittedAt\":\"2025-02-01T10:00:00Z\","
            + "\"agency\":\"minsoc\",\"process\":\"svc-birth\",\"channel\":\"EPGU\",\"client\":{\"kind\":\"EXTERNAL\"},"
            + "\"answers\":{\"used\":\"yes\",\"overall\":%d}}";

    @Test
    void portalIntakeStoresValidResponsesAndKeepsRejects(@TempDir Path dir) throws Exception {
        Path batch = dir.resolve("batch-001.jsonl");
        Files.writeString(batch, String.format(VALID, "r-1", 5) + "\n" + String.format(VALID, "r-2", 9) + "\n" + String.format(VALID, "r-3", 2) + "\n");
        try (Connection db = DriverManager.getConnection("jdbc:h2:mem:intake")) {
            PortalIntake.createTable(db);
            List<Reject> rejects = new PortalIntake(FormCatalog.standard()).ingest(batch, db);
            assertThat(rejects).singleElement().satisfies(r -> assertThat(r.field()).contains("answers.overall"));
            try (ResultSet rs = db.createStatement().executeQuery("SELECT COUNT(*) FROM feedback_response")) {
                rs.next();
                assertThat(rs.getLong(1)).isEqualTo(2);
            }
        }
    }

    @Test
    void quarterlyJobReadsTheAgencyTables() throws Exception {
        try (Connection db = DriverManager.getConnection("jdbc:h2:mem:quarter")) {
            db.createStatement().execute("CREATE TABLE appeal (id VARCHAR(64) PRIMARY KEY, process VARCHAR(64), channel VARCHAR(32), "
                    + "kind VARCHAR(16), reason VARCHAR(64), registered_at TIMESTAMP WITH TIME ZONE, answered_at TIMESTAMP WITH TIME ZONE)");
            db.createStatement().execute("INSERT INTO appeal VALUES "
                    + "('a-1', 'svc-birth', 'EPGU', 'COMPLAINT', 'queue', TIMESTAMP WITH TIME ZONE '2025-01-10 09:00:00+00', TIMESTAMP WITH TIME ZONE '2025-01-20 09:00:00+00'),"
                    + "('a-2', 'svc-birth', 'EMAIL', 'APPEAL', NULL, TIMESTAMP WITH TIME ZONE '2025-02-10 09:00:00+00', NULL),"
                    + "('a-3', 'svc-housing', 'EPGU', 'APPEAL', 'docs', TIMESTAMP WITH TIME ZONE '2024-12-10 09:00:00+00', NULL)");
            MetricsReport report = QuarterlyJob.run(db, "2025-Q1");
            assertThat(report.inputs().appeals().inPeriod()).isEqualTo(2);
            assertThat(report.appeals()).hasSize(2);
            assertThat(report.appeals().get(1).figures().waitDays().get().max()).isEqualTo(10);
            var map = QuarterlyJob.painMap(db, "2025-Q1", AgencyRules.load());
            io.github.otklik.test.OtklikAssertions.assertThat(map).hasPoint("svc-birth", "queue")
                    .withImpact(io.github.otklik.painmap.Level.HIGH);
        }
    }

    @Test
    void siteSurveyCarriesTheAgencyServices() {
        String json = SiteSurvey.surveyJson();
        assertThat(json).contains("\"name\": \"service\"").contains("svc-housing");
        assertThat(FormCatalog.standard().find("EXT-1", "1").orElseThrow().question("service")).isEmpty();
    }
}
