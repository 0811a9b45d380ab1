package io.github.otklik.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class FormsImportCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static Path data(Path dir, String json) throws Exception {
        Path f = dir.resolve("data.json");
        Files.writeString(f, json, StandardCharsets.UTF_8);
        return f;
    }

    @Test
    void printsOneValidRecordWithTheGivenContext(@TempDir Path dir) throws Exception {
        Path f = data(dir, "{\"used\":\"yes\",\"overall\":2,\"staff\":\"dk\",\"problems\":[\"queue\",\"rude-staff\"],"
                + "\"comment\":\"Долго ждали\"}");
        CliRun run = CliRun.of("forms", "import", "EXT-1", "--format", "surveyjs", "--data", f.toString(),
                "--id", "web-7", "--agency", "minsoc", "--process", "svc-042", "--channel", "EPGU",
                "--submitted-at", "2025-04-01T01:30:00+04:00", "--category", "CITIZEN", "--anonymous", "false");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).endsWith("\n");
        assertThat(run.out().strip()).doesNotContain("\n");
        JsonNode r = JSON.readTree(run.out());
        assertThat(r.get("id").asText()).isEqualTo("web-7");
        assertThat(r.get("form").asText()).isEqualTo("EXT-1");
        assertThat(r.get("formVersion").asText()).isEqualTo("1");
        assertThat(r.get("submittedAt").asText()).isEqualTo("2025-03-31T21:30:00Z");
        assertThat(r.get("agency").asText()).isEqualTo("minsoc");
        assertThat(r.get("process").asText()).isEqualTo("svc-042");
        assertThat(r.get("channel").asText()).isEqualTo("EPGU");
        assertThat(r.get("client")).isEqualTo(JSON.readTree("{\"kind\":\"EXTERNAL\",\"category\":\"CITIZEN\"}"));
        assertThat(r.get("anonymous").asBoolean()).isFalse();
        assertThat(r.get("answers")).isEqualTo(JSON.readTree(
                "{\"used\":\"yes\",\"overall\":2,\"staff\":\"dk\",\"problems\":[\"queue\",\"rude-staff\"],\"comment\":\"Долго ждали\"}"));

        Path jsonl = dir.resolve("r.jsonl");
        Files.writeString(jsonl, run.out(), StandardCharsets.UTF_8);
        CliRun validate = CliRun.of("validate", jsonl.toString());
        assertThat(validate.exitCode()).as(validate.err()).isZero();
        assertThat(validate.out()).contains("accepted 1, rejected 0");
    }

    @Test
    void defaultsFollowTheFormsAudienceAndWriteToAFile(@TempDir Path dir) throws Exception {
        Path f = data(dir, "{\"overall\":\"5\",\"tenure\":\"1-3\"}"); // a host that keeps rate values as strings
        Path out = dir.resolve("out.jsonl");
        CliRun run = CliRun.of("forms", "import", "INT-1", "--format", "surveyjs", "--data", f.toString(), "-o", out.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).isEmpty();
        JsonNode r = JSON.readTree(Files.readString(out));
        assertThat(r.get("id").asText()).isEqualTo(FormsImportCommand.DEFAULT_ID);
        assertThat(r.get("agency").asText()).isEqualTo(FormsImportCommand.DEFAULT_AGENCY);
        assertThat(r.has("process")).isFalse();
        assertThat(r.get("channel").asText()).isEqualTo("INTRANET");
        assertThat(r.get("client")).isEqualTo(JSON.readTree("{\"kind\":\"INTERNAL\"}"));
        assertThat(r.get("anonymous").asBoolean()).isTrue();
        assertThat(r.get("submittedAt").asText()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ");
        assertThat(r.get("answers")).isEqualTo(JSON.readTree("{\"overall\":5,\"tenure\":\"1-3\"}"));
        assertThat(CliRun.of("validate", out.toString()).exitCode()).isZero();
    }

    @Test
    void keepsWhatTheFormDoesNotAllowSoThatTheValidatorRejectsIt(@TempDir Path dir) throws Exception {
        Path f = data(dir, "{\"used\":\"no\",\"overall\":4,\"problems-Comment\":\"x\"}");
        CliRun run = CliRun.of("forms", "import", "EXT-1", "--format", "surveyjs", "--data", f.toString(),
                "--process", "svc-042");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(JSON.readTree(run.out()).get("answers"))
                .isEqualTo(JSON.readTree("{\"used\":\"no\",\"overall\":4,\"problems-Comment\":\"x\"}"));
        Path jsonl = dir.resolve("r.jsonl");
        Files.writeString(jsonl, run.out(), StandardCharsets.UTF_8);
        assertThat(CliRun.of("validate", jsonl.toString()).exitCode()).isEqualTo(Otklik.REJECTED);
    }

    @Test
    void usageErrors(@TempDir Path dir) throws Exception {
        Path ok = data(dir, "{\"used\":\"no\"}");
        String d = ok.toString();
        assertThat(CliRun.of("forms", "import", "EXT-1", "--format", "otklik", "--data", d).exitCode()).isEqualTo(2);
        assertThat(CliRun.of("forms", "import", "EXT-9", "--format", "surveyjs", "--data", d).exitCode()).isEqualTo(2);
        assertThat(CliRun.of("forms", "import", "EXT-1", "--format", "surveyjs", "--data", d, "--form-version", "7").exitCode()).isEqualTo(2);
        assertThat(CliRun.of("forms", "import", "EXT-1", "--format", "surveyjs").exitCode()).isEqualTo(2);
        CliRun missing = CliRun.of("forms", "import", "EXT-1", "--format", "surveyjs", "--data", dir.resolve("none.json").toString());
        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.err()).contains("cannot read");
        assertThat(CliRun.of("forms", "import", "EXT-1", "--format", "surveyjs", "--data", d, "--channel", "FAX").exitCode()).isEqualTo(2);
        assertThat(CliRun.of("forms", "import", "EXT-1", "--format", "surveyjs", "--data", d, "--client-kind", "x").exitCode()).isEqualTo(2);
        CliRun wrongCategory = CliRun.of("forms", "import", "EXT-1", "--format", "surveyjs", "--data", d, "--category", "EMPLOYEE");
        assertThat(wrongCategory.exitCode()).isEqualTo(2);
        assertThat(wrongCategory.err()).contains("EMPLOYEE");
        CliRun noOffset = CliRun.of("forms", "import", "EXT-1", "--format", "surveyjs", "--data", d, "--submitted-at", "2025-01-01T00:00:00");
        assertThat(noOffset.exitCode()).isEqualTo(2);
        assertThat(noOffset.err()).contains("--submitted-at");
        for (String bad : new String[] {"[1,2]", "{\"used\":", "{\"used\":\"yes\",\"used\":\"no\"}", ""}) {
            CliRun run = CliRun.of("forms", "import", "EXT-1", "--format", "surveyjs", "--data", data(dir, bad).toString());
            assertThat(run.exitCode()).as(bad).isEqualTo(2);
            assertThat(run.err()).as(bad).startsWith("otklik: --data ");
        }
        Files.write(ok, new byte[] {'{', '"', 'a', '"', ':', '"', (byte) 0xC3, '"', '}'});
        assertThat(CliRun.of("forms", "import", "EXT-1", "--format", "surveyjs", "--data", d).err()).contains("UTF-8");
    }

    @Test
    void isListedUnderForms() {
        assertThat(CliRun.of("forms", "--help").out()).contains("import");
        assertThat(CliRun.of("forms", "import", "--help").out()).contains("--data").contains("--submitted-at");
    }
}
