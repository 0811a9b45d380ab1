package io.github.otklik.metrics;

import io.github.otklik.metrics.disclosure.Disclosure;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.otklik.core.appeal.Appeal;
import io.github.otklik.core.appeal.AppealKind;
import io.github.otklik.core.appeal.AppealOutcome;
import io.github.otklik.core.channel.Channel;
import io.github.otklik.core.io.RecordSource;
import io.github.otklik.core.io.Reject;
import io.github.otklik.core.period.ReportingPeriod;
import io.github.otklik.core.process.TargetIndicator;
import io.github.otklik.core.response.SurveyResponse;
import io.github.otklik.metrics.report.MetricsJson;
import io.github.otklik.metrics.report.MetricsReport;
import io.github.otklik.metrics.disclosure.Edition;
import io.github.otklik.metrics.target.Target;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import static io.github.otklik.metrics.Fixtures.appeal;
import static io.github.otklik.metrics.Fixtures.ext;
import static io.github.otklik.metrics.Fixtures.internal;
import static org.assertj.core.api.Assertions.assertThat;

class MetricsEngineTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ReportingPeriod Q1 = ReportingPeriod.parse("2025-Q1");

    private static final List<SurveyResponse> RESPONSES = List.of(
            ext("svc-1", Channel.EPGU, "2025-01-10T10:00:00Z", "used", "yes", "overall", 5),
            ext("svc-1", Channel.MFC, "2025-02-10T10:00:00Z", "used", "yes", "overall", 2, "problems", List.of("queue")),
            ext("svc-2", Channel.EPGU, "2025-03-10T10:00:00Z", "used", "yes", "overall", 4),
            ext(null, Channel.EPGU, "2025-03-11T10:00:00Z", "used", "yes", "overall", 4),
            // 20:30Z on 31 March: Q1 in Moscow, Q2 in Samara
            ext("svc-2", Channel.EPGU, "2025-03-31T20:30:00Z", "used", "yes", "overall", 1),
            ext("svc-1", Channel.EPGU, "2024-12-20T10:00:00Z", "used", "yes", "overall", 1),
            internal("2025-02-01T10:00:00Z", "overall", 3));

    private static final List<Appeal> APPEALS = List.of(
            appeal("svc-1", AppealKind.COMPLAINT, "queue", "2025-01-10T09:00:00Z", "2025-01-20T09:00:00Z", null, AppealOutcome.RESOLVED),
            appeal("svc-1", AppealKind.APPEAL, "docs", "2025-02-10T09:00:00Z", null, null, null),
            appeal("svc-2", AppealKind.APPEAL, null, "2025-03-31T20:30:00Z", null, null, null));

    private static JsonNode run(MetricsEngine engine) {
        MetricsReport r = engine.run(MetricsInputs.none().withResponses(RecordSource.of("responses.jsonl", RESPONSES))
                .withAppeals(RecordSource.of("appeals.csv", APPEALS)), reject -> {
                    throw new AssertionError(reject);
                });
        try {
            return JSON.readTree(MetricsJson.toJson(r));
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void periodMembershipUsesTheLocalDateInTheZone() {
        JsonNode moscow = run(MetricsEngine.from(MetricsSpec.builder(Q1).forms(Fixtures.CATALOG).build()));
        JsonNode samara = run(MetricsEngine.from(MetricsSpec.builder(Q1).forms(Fixtures.CATALOG).zone(ZoneId.of("Europe/Samara")).build()));
        assertThat(moscow.at("/inputs/responses/inPeriod").asLong()).isEqualTo(6);
        assertThat(samara.at("/inputs/responses/inPeriod").asLong()).isEqualTo(5);
        assertThat(moscow.at("/inputs/appeals/inPeriod").asLong()).isEqualTo(3);
        assertThat(samara.at("/inputs/appeals/inPeriod").asLong()).isEqualTo(2);
        assertThat(moscow.at("/asOf").asText()).isEqualTo("2025-03-31T21:00:00Z");
        assertThat(samara.at("/asOf").asText()).isEqualTo("2025-03-31T20:00:00Z");
        assertThat(samara.at("/period/zone").asText()).isEqualTo("Europe/Samara");
    }

    @Test
    void groupsAreTotalFirstThenByKeyWithUnspecifiedForMissingValues() {
        JsonNode r = run(MetricsEngine.from(MetricsSpec.builder(Q1).forms(Fixtures.CATALOG).groupBy(List.of(Dimension.PROCESS, Dimension.KIND)).build()));
        List<String> keys = new ArrayList<>();
        r.get("satisfaction").forEach(g -> keys.add(g.get("key").toString()));
        assertThat(keys).containsExactly("{}", "{\"process\":\"UNSPECIFIED\"}", "{\"process\":\"svc-1\"}", "{\"process\":\"svc-2\"}");
        List<String> appealKeys = new ArrayList<>();
        r.get("appeals").forEach(g -> appealKeys.add(g.get("key").toString()));
        assertThat(appealKeys).containsExactly("{}", "{\"process\":\"svc-1\",\"kind\":\"APPEAL\"}",
                "{\"process\":\"svc-1\",\"kind\":\"COMPLAINT\"}", "{\"process\":\"svc-2\",\"kind\":\"APPEAL\"}");
        assertThat(r.at("/groupBy").toString()).isEqualTo("[\"process\",\"kind\"]");
        // the internal response has no process: UNSPECIFIED holds it and the external one without process
        assertThat(r.at("/satisfaction/1/responses").asLong()).isEqualTo(2);
        assertThat(r.at("/processes").size()).isZero();
    }

    @Test
    void publicAudienceLeavesOutAppealsInternalFormsAndSmallCells() {
        JsonNode r = run(MetricsEngine.from(MetricsSpec.builder(Q1).forms(Fixtures.CATALOG)
                .groupBy(List.of(Dimension.FORM, Dimension.PROCESS)).disclosure(Disclosure.of(Edition.PUBLIC, 2)).build()));
        assertThat(r.at("/audience").asText()).isEqualTo("public");
        assertThat(r.get("appeals").size()).isZero();
        assertThat(r.get("processes").size()).isZero();
        assertThat(r.toString()).doesNotContain("AG-INT").doesNotContain("equipment");
        assertThat(r.at("/satisfaction/0/responses").asLong()).isEqualTo(5);
        // groups: {}, AG-1/UNSPECIFIED (1 answer: suppressed), AG-1/svc-1 (2), AG-1/svc-2 (2)
        assertThat(r.at("/satisfaction/1/key").toString()).isEqualTo("{\"form\":\"AG-1\",\"process\":\"UNSPECIFIED\"}");
        assertThat(r.at("/satisfaction/1/suppressed").asBoolean()).as(r.toString()).isTrue();
        assertThat(r.at("/satisfaction/1").size()).isEqualTo(2);
        assertThat(r.at("/satisfaction/2/overall/answered").asLong()).isEqualTo(2);
        // problem queue has base 2 in svc-1: shown with minCell 2
        assertThat(r.at("/satisfaction/2/problems/queue/count").asLong()).isEqualTo(1);
        // total: 5 answers, queue base 5, aspect speed never answered
        JsonNode r5 = run(MetricsEngine.from(MetricsSpec.builder(Q1).forms(Fixtures.CATALOG).disclosure(Disclosure.of(Edition.PUBLIC, 5)).build()));
        assertThat(r5.at("/satisfaction/0/overall/answered").asLong()).isEqualTo(5);
        assertThat(r5.at("/satisfaction/0/problems/queue/base").asLong()).isEqualTo(5);
        assertThat(r5.at("/satisfaction/0/aspects/speed").toString()).isEqualTo("{\"suppressed\":true}");
        JsonNode r6 = run(MetricsEngine.from(MetricsSpec.builder(Q1).forms(Fixtures.CATALOG).disclosure(Disclosure.of(Edition.PUBLIC, 6)).build()));
        assertThat(r6.at("/satisfaction/0").toString()).isEqualTo("{\"key\":{},\"suppressed\":true}");
    }

    @Test
    void targetsAreEvaluatedPerProcess() {
        List<Target> targets = List.of(
                new Target("svc-1", new TargetIndicator("satisfaction.overall.share", 0.9, TargetIndicator.Direction.AT_LEAST)),
                new Target("svc-1", new TargetIndicator("appeals.overdue", 0, TargetIndicator.Direction.AT_MOST)),
                new Target("svc-9", new TargetIndicator("processes.negativeShare", 0.1, TargetIndicator.Direction.AT_MOST)));
        JsonNode r = run(MetricsEngine.from(MetricsSpec.builder(Q1).forms(Fixtures.CATALOG).groupBy(List.of(Dimension.CHANNEL)).targets(targets)
                .asOf(Instant.parse("2025-04-01T00:00:00Z")).build()));
        JsonNode d = r.get("deviations");
        assertThat(d.get(0).toString()).isEqualTo("{\"process\":\"svc-1\",\"metric\":\"satisfaction.overall.share\",\"target\":0.9,"
                + "\"direction\":\"atLeast\",\"actual\":0.5,\"met\":false,\"gap\":-0.4}");
        // the open appeal of 10 Feb was due on 12 March
        assertThat(d.get(1).get("actual").asDouble()).isEqualTo(1);
        assertThat(d.get(1).get("met").asBoolean()).isFalse();
        assertThat(d.get(1).get("gap").asDouble()).isEqualTo(1);
        assertThat(d.get(2).get("actual").isNull()).isTrue();
        assertThat(d.get(2).get("met").asBoolean()).isFalse();
        assertThat(d.get(2).get("gap").isNull()).isTrue();
        JsonNode pub = run(MetricsEngine.from(MetricsSpec.builder(Q1).forms(Fixtures.CATALOG).targets(targets).disclosure(Disclosure.publicEdition()).build()));
        assertThat(pub.get("deviations").size()).isEqualTo(1);
    }

    @Test
    void comparisonWithThePreviousPeriod() {
        JsonNode r = run(MetricsEngine.from(MetricsSpec.builder(Q1).forms(Fixtures.CATALOG).groupBy(List.of(Dimension.PROCESS)).compareWith(Q1.previous()).build()));
        // svc-1: now 1 of 2 satisfied, before 0 of 1
        JsonNode c = r.at("/satisfaction/2/comparison");
        assertThat(c.get("previousShare").asDouble()).isZero();
        assertThat(c.get("delta").asDouble()).isEqualTo(0.5);
        double pooled = 1.0 / 3;
        double z = 0.5 / Math.sqrt(pooled * (1 - pooled) * (1.0 / 2 + 1.0));
        assertThat(c.get("z").asDouble()).isCloseTo(z, org.assertj.core.data.Offset.offset(1e-12));
        assertThat(r.at("/satisfaction/3/comparison/delta").isNull()).isTrue();
        assertThat(r.at("/comparedWith/label").asText()).isEqualTo("2024-Q4");
    }

    @Test
    void emptyInputsGiveTheTotalGroupAloneAndAbsentInputsEmptySections() {
        MetricsReport report = MetricsEngine.from(MetricsSpec.builder(Q1).forms(Fixtures.CATALOG).groupBy(List.of(Dimension.PROCESS)).build())
                .run(MetricsInputs.none().withResponses(RecordSource.of("r", List.of())), (Reject x) -> { });
        assertThat(report.satisfaction()).hasSize(1);
        assertThat(report.satisfaction().get(0).key().isTotal()).isTrue();
        assertThat(report.appeals()).isEmpty();
        assertThat(MetricsJson.toJson(report)).contains("\"share\" : null", "\"ci95\" : null", "\"mean\" : null");
    }
}
