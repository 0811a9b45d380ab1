package io.github.otklik.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FormsCommandTest {
    @Test
    void listsStandardAndAgencyForms() throws Exception {
        CliRun table = CliRun.of("forms", "list", "--forms", Fixture.path("forms"));
        assertThat(table.exitCode()).isZero();
        assertThat(table.out()).contains("EXT-1").contains("INT-5").contains("AG-1");
        JsonNode json = new ObjectMapper().readTree(CliRun.of("forms", "list", "--json").out());
        assertThat(json.size()).isEqualTo(11);
        assertThat(json.get(0).get("id").asText()).isEqualTo("EXT-1");
        assertThat(json.get(0).get("standard").asBoolean()).isTrue();
    }

    @Test
    void exportsEveryFormat() {
        for (String format : new String[] {"otklik", "json-schema", "surveyjs", "html"}) {
            CliRun run = CliRun.of("forms", "export", "EXT-1", "--format", format);
            assertThat(run.exitCode()).as(format + ": " + run.err()).isZero();
            assertThat(run.out()).isNotBlank();
        }
        assertThat(CliRun.of("forms", "export", "INT-1", "--format", "html", "--lang", "en").out()).contains("lang=\"en\"");
    }

    @Test
    void unknownFormOrFormatIsAUsageError() {
        assertThat(CliRun.of("forms", "export", "EXT-9", "--format", "otklik").exitCode()).isEqualTo(2);
        assertThat(CliRun.of("forms", "export", "EXT-1", "--format", "pdf").exitCode()).isEqualTo(2);
        assertThat(CliRun.of("forms", "export", "EXT-1", "--format", "html", "--lang", "de").exitCode()).isEqualTo(2);
    }
}
