package io.github.otklik.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The demo runs the whole job on a small sample and leaves every output behind. */
class DemoCommandTest {
    @Test
    void demoWritesMetricsPainMapAndBothReports(@TempDir Path dir) throws Exception {
        CliRun run = CliRun.of("demo", "--out", dir.toString(), "--responses", "400");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("report.html").contains("Pain map:");
        for (String f : new String[] {"metrics.json", "metrics.txt", "painmap.json", "painmap.csv", "painmap.md", "painmap.html",
            "report.html", "report-public.html", "registry.json", "responses.jsonl", "appeals.csv", "processes.csv"}) {
            assertThat(dir.resolve(f)).as(f).exists();
        }
        JsonNode metrics = new ObjectMapper().readTree(dir.resolve("metrics.json").toFile());
        assertThat(metrics.at("/inputs/responses/inPeriod").asLong()).isEqualTo(400);
        assertThat(metrics.at("/comparedWith/label").asText()).isEqualTo("2024-Q4");
        String publicReport = Files.readString(dir.resolve("report-public.html"));
        assertThat(publicReport).doesNotContain("INT-").doesNotContain("Карта болей");
        assertThat(Files.readString(dir.resolve("report.html"))).contains("Карта болей");
    }

    @Test
    void demoTextsAreRussianVariedMaskedInOutputsAndNeverPublic(@TempDir Path dir) throws Exception {
        CliRun run = CliRun.of("demo", "--out", dir.toString(), "--responses", "1500");
        assertThat(run.exitCode()).as(run.err()).isZero();
        String responses = Files.readString(dir.resolve("responses.jsonl"));
        java.util.Set<String> comments = new java.util.HashSet<>();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\"comment\":\"([^\"]*)\"").matcher(responses);
        while (m.find()) {
            comments.add(m.group(1));
        }
        assertThat(comments).hasSizeGreaterThan(200);
        assertThat(comments).anyMatch(c -> c.contains("очеред")).anyMatch(c -> c.contains("Спасибо") || c.contains("спасибо"));
        String appeals = Files.readString(dir.resolve("appeals.csv"));
        assertThat(appeals.lines().findFirst().orElseThrow()).endsWith(",outcome,text");
        assertThat(appeals).containsPattern("@(mail|yandex|bk|inbox)\\.ru|@gmail\\.com");
        assertThat(dir.resolve("themes.json")).content().contains("\"format\": \"otklik-text-themes/1\"");
        String phrases = Files.readString(dir.resolve("phrases.txt"));
        assertThat(phrases).contains("dissatisfied texts").doesNotContainPattern("[a-z0-9._]+@[a-z]+\\.(ru|com)");
        String report = Files.readString(dir.resolve("report.html"));
        assertThat(report).contains("Что пишут клиенты").contains("Заявление только на бумаге")
                .doesNotContainPattern("[a-z0-9._]+@[a-z]+\\.(ru|com)");
        // the public edition names the agency's own theme titles in "you said, we did", never what clients wrote
        assertThat(Files.readString(dir.resolve("report-public.html"))).doesNotContain("Что пишут клиенты")
                .doesNotContain("[телефон]").doesNotContain("[e-mail]").doesNotContain("заявление принимают только на бумаге").doesNotContain("как двадцать лет назад");
    }
}
