package io.github.otklik.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** Runs {@code otklik metrics} on the fixture files and checks figures computed by hand. */
class MetricsCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static CliRun metrics(String... extra) {
        String[] base = {"metrics", "--responses", Fixture.path("responses.jsonl"), "--appeals", Fixture.path("appeals.csv"),
            "--processes", Fixture.path("processes.csv"), "--forms", Fixture.path("forms"), "--period", "2025-Q1"};
        String[] args = new String[base.length + extra.length];
        System.arraycopy(base, 0, args, 0, base.length);
        System.arraycopy(extra, 0, args, base.length, extra.length);
        return CliRun.of(args);
    }

    @Test
    void figuresByHand() throws Exception {
        CliRun run = metrics("--group-by", "process", "--targets", Fixture.path("targets.json"));
        assertThat(run.exitCode()).as(run.err()).isEqualTo(1); // r-5 is rejected
        JsonNode r = JSON.readTree(run.out());
        assertThat(r.at("/format").asText()).isEqualTo("otklik-metrics/1");
        assertThat(r.at("/inputs/responses").toString()).isEqualTo("{\"read\":6,\"accepted\":5,\"rejected\":1,\"inPeriod\":4}");
        // total: overall answers 5, 2, 3 (+ one dk); r-4 is 1 April in Moscow
        JsonNode total = r.at("/satisfaction/0");
        assertThat(total.at("/responses").asLong()).isEqualTo(4);
        assertThat(total.at("/overall").toString()).startsWith(
                "{\"answered\":2,\"dontKnow\":1,\"satisfied\":1,\"neutral\":0,\"dissatisfied\":1,\"share\":0.5,\"ci95\":[");
        assertThat(total.at("/overall/mean").asDouble()).isEqualTo(3.5);
        assertThat(total.at("/problems").toString()).isEqualTo(
                "{\"docs\":{\"count\":1,\"base\":3,\"share\":0.3333333333333333},\"queue\":{\"count\":1,\"base\":3,\"share\":0.3333333333333333}}");
        // appeals in Q1: all four; a-3 answered 10 March after due 5 March → overdue; a-2 open, due 12 March → overdue
        JsonNode appeals = r.at("/appeals/0");
        assertThat(appeals.at("/total").asLong()).isEqualTo(4);
        assertThat(appeals.at("/overdue").asLong()).isEqualTo(2);
        assertThat(appeals.at("/waitDays").toString()).isEqualTo("{\"mean\":9.5,\"p50\":9,\"p90\":10,\"max\":10}");
        assertThat(appeals.at("/complaints").toString()).isEqualTo(
                "{\"total\":2,\"resolved\":{\"count\":1,\"share\":0.5},\"refused\":{\"count\":1,\"share\":0.5}}");
        assertThat(appeals.at("/reasons").toString()).isEqualTo("[{\"reason\":\"queue\",\"count\":2,\"complaints\":2,\"share\":0.5,"
                + "\"cumulativeShare\":0.5},{\"reason\":\"docs\",\"count\":1,\"complaints\":0,\"share\":0.25,\"cumulativeShare\":0.75}]");
        assertThat(appeals.at("/byTopic").toString()).isEqualTo(
                "{\"UNSPECIFIED\":{\"count\":2,\"share\":0.5},\"housing\":{\"count\":2,\"share\":0.5}}");
        JsonNode processes = r.at("/processes/0");
        assertThat(processes.at("/durationHours").toString()).isEqualTo("{\"mean\":18.0,\"p50\":12.0,\"p90\":24.0,\"max\":24.0}");
        assertThat(processes.at("/touches").toString()).isEqualTo("{\"mean\":2.0,\"max\":3}");
        assertThat(processes.at("/negativeShare").asDouble()).isEqualTo(0.5);
        assertThat(r.at("/deviations/1").toString()).isEqualTo("{\"process\":\"svc-1\",\"metric\":\"processes.durationHours.p90\","
                + "\"target\":20.0,\"direction\":\"atMost\",\"actual\":24.0,\"met\":false,\"gap\":4.0}");
    }

    @Test
    void samaraZoneMovesTheLastEveningIntoTheNextQuarter() throws Exception {
        JsonNode r = JSON.readTree(metrics("--zone", "Europe/Samara").out());
        assertThat(r.at("/inputs/responses/inPeriod").asLong()).isEqualTo(3);
        assertThat(r.at("/asOf").asText()).isEqualTo("2025-03-31T20:00:00Z");
    }

    @Test
    void tableFormatAndOutputFile(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("m.txt");
        CliRun run = metrics("--format", "table", "-o", out.toString());
        assertThat(run.out()).isEmpty();
        assertThat(Files.readString(out)).contains("Satisfaction").contains("Appeals").contains("Process indicators");
    }

    @Test
    void publicAudienceHasNoAppealsOrProcesses() throws Exception {
        JsonNode r = JSON.readTree(metrics("--audience", "public", "--min-cell", "1").out());
        assertThat(r.get("appeals").size()).isZero();
        assertThat(r.get("processes").size()).isZero();
        assertThat(r.at("/satisfaction/0/overall/answered").asLong()).isEqualTo(2);
    }

    @Test
    void usageErrors(@TempDir Path dir) throws Exception {
        assertThat(metrics("--group-by", "colour").exitCode()).isEqualTo(2);
        assertThat(metrics("--zone", "Nowhere/City").exitCode()).isEqualTo(2);
        assertThat(metrics("--format", "xml").exitCode()).isEqualTo(2);
        assertThat(CliRun.of("metrics", "--period", "2025-Q9").exitCode()).isEqualTo(2);
        Path bad = dir.resolve("appeals.csv");
        Files.writeString(bad, "id,agency\na-1,ag\n");
        CliRun run = CliRun.of("metrics", "--appeals", bad.toString(), "--period", "2025-Q1");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("missing required columns channel, kind, registeredAt").doesNotContain("Exception");
        Path targets = dir.resolve("t.json");
        Files.writeString(targets, "[{\"process\":\"x\"}]");
        assertThat(metrics("--targets", targets.toString()).exitCode()).isEqualTo(2);
    }

    @Test
    void everyRecordRejectedStillGivesCompleteOutputAndExitOne(@TempDir Path dir) throws Exception {
        Path bad = dir.resolve("appeals.csv");
        Files.writeString(bad, "id,agency,channel,kind,registeredAt\na-1,ag,FAX,APPEAL,2025-01-10T09:00:00Z\n");
        CliRun run = CliRun.of("metrics", "--appeals", bad.toString(), "--period", "2025-Q1");
        assertThat(run.exitCode()).isEqualTo(1);
        JsonNode r = JSON.readTree(run.out());
        assertThat(r.at("/appeals/0/total").asLong()).isZero();
        assertThat(r.at("/inputs/appeals/rejected").asLong()).isEqualTo(1);
    }

    @Test
    void alertThresholdsAreConfigurable() throws Exception {
        // total: 2 answers, 1 dissatisfied — too few answers for the default minimum of 30, so never an alert here
        JsonNode r = JSON.readTree(metrics("--alert-dissatisfied", "0.01").out());
        assertThat(r.get("alerts").size()).isZero();
        assertThat(metrics("--alert-dissatisfied", "1.5").exitCode()).isEqualTo(2);
    }

    @Test
    void sampleSize() {
        assertThat(CliRun.of("sample-size").out()).isEqualTo("385\n");
        assertThat(CliRun.of("sample-size", "--population", "1000").out()).isEqualTo("278\n");
        assertThat(CliRun.of("sample-size", "--population", "100").out()).isEqualTo("80\n");
        assertThat(CliRun.of("sample-size", "--margin", "2").exitCode()).isEqualTo(2);
    }
}
