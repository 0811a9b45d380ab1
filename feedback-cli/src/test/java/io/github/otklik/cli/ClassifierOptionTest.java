package io.github.otklik.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code --classifier FILE} on painmap and report: names in the human views, codes kept in the JSON, an invalid file exits 2. */
class ClassifierOptionTest {
    @Test
    void theClassifierNamesTitlesAndTheJsonKeepsCodes(@TempDir Path dir) throws Exception {
        assertThat(CliRun.of("generate", "--out", dir.toString(), "--responses", "300", "--appeals", "300", "--processes", "300").exitCode())
                .isZero();
        Path classifier = dir.resolve("classifier.json");
        Files.writeString(classifier, """
                {"format": "otklik-classifier/1",
                 "reasons": {"payment-delay": {"ru": "Выплата с опозданием", "en": "Payment came late"}},
                 "negativeReasons": {"not-eligible": {"ru": "Нет права на меру"}}}
                """);
        String[] common = {"painmap", "--appeals", dir.resolve("appeals.csv").toString(), "--processes", dir.resolve("processes.csv").toString(),
            "--registry", dir.resolve("registry.json").toString(), "--period", "2025-Q1"};
        CliRun without = CliRun.of(common);
        CliRun with = CliRun.of(concat(common, "--classifier", classifier.toString()));
        assertThat(with.exitCode()).as(with.err()).isZero();
        JsonNode plain = new ObjectMapper().readTree(without.out());
        JsonNode named = new ObjectMapper().readTree(with.out());
        assertThat(titleOf(plain, "payment-delay")).isEqualTo("payment-delay");
        assertThat(titleOf(named, "payment-delay")).isEqualTo("Выплата с опозданием");
        assertThat(titleOf(named, "not-eligible")).isEqualTo("Нет права на меру");
        assertThat(named.get("items").size()).isEqualTo(plain.get("items").size());
        CliRun md = CliRun.of(concat(common, "--classifier", classifier.toString(), "--format", "md", "--lang", "en"));
        assertThat(md.out()).contains("Payment came late").doesNotContain("payment-delay");
    }

    @Test
    void anInvalidClassifierExitsTwoBeforeReadingAnything(@TempDir Path dir) throws Exception {
        Path classifier = dir.resolve("c.json");
        Files.writeString(classifier, "{\"format\": \"otklik-classifier/1\", \"reasons\": {\"a b\": {\"ru\": \"x\"}}}");
        for (String command : new String[] {"painmap", "report"}) {
            CliRun run = CliRun.of(command, "--period", "2025-Q1", "--classifier", classifier.toString(), "-o", dir.resolve("out").toString());
            assertThat(run.exitCode()).as(command).isEqualTo(2);
            assertThat(run.err()).contains("invalid classifier").contains("c.json").contains("not a valid reason code");
        }
        CliRun missing = CliRun.of("painmap", "--period", "2025-Q1", "--classifier", dir.resolve("none.json").toString());
        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.err()).contains("cannot read classifier");
    }

    private static String titleOf(JsonNode map, String problem) {
        for (JsonNode item : map.get("items")) {
            if (item.get("problem").asText().equals(problem)) {
                return item.get("title").asText();
            }
        }
        throw new AssertionError("no point " + problem);
    }

    private static String[] concat(String[] a, String... b) {
        String[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
