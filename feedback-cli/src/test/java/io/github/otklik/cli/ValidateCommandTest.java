package io.github.otklik.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class ValidateCommandTest {
    @Test
    void acceptsValidResponsesAndReportsEveryRejectWithExitCodeOne(@TempDir Path dir) throws Exception {
        Path rejects = dir.resolve("rejects.jsonl");
        CliRun run = CliRun.of("validate", Fixture.path("responses.jsonl"), "--forms", Fixture.path("forms"), "--rejects", rejects.toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).isEqualTo("accepted 5, rejected 1\n");
        assertThat(run.err()).contains("rejected 1 record").contains("responses.jsonl:6 [r-5] answers.overall: value 7 is outside 1..5");
        assertThat(Files.readString(rejects)).isEqualTo(
                "{\"source\":\"responses.jsonl\",\"line\":6,\"id\":\"r-5\",\"field\":\"answers.overall\",\"reason\":\"value 7 is outside 1..5\"}\n");
    }

    @Test
    void withoutTheAgencyFormsEveryResponseNamesAnUnknownForm() {
        CliRun run = CliRun.of("validate", Fixture.path("responses.jsonl"));
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).isEqualTo("accepted 0, rejected 6\n");
        assertThat(run.err()).contains("form: unknown form \"AG-1\"");
    }

    @Test
    void missingFileAndInvalidTemplateAreUsageErrors(@TempDir Path dir) throws Exception {
        assertThat(CliRun.of("validate", dir.resolve("nope.jsonl").toString()).exitCode()).isEqualTo(2);
        Files.writeString(dir.resolve("bad.json"), "{\"format\":\"otklik-form/1\",\"id\":\"X\",\"version\":\"1\",\"audience\":\"EXTERNAL\","
                + "\"title\":{\"ru\":\"Т\"},\"questions\":[{\"id\":\"a\",\"type\":\"scale\",\"min\":3,\"max\":1,\"text\":{\"ru\":\"А\"}}]}");
        CliRun run = CliRun.of("validate", Fixture.path("responses.jsonl"), "--forms", dir.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("bad.json").contains("questions.a.max");
    }
}
