package io.github.otklik.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class PainMapCommandTest {
    private static CliRun painmap(String... extra) {
        String[] base = {"painmap", "--responses", Fixture.path("responses.jsonl"), "--appeals", Fixture.path("appeals.csv"),
            "--processes", Fixture.path("processes.csv"), "--forms", Fixture.path("forms"), "--period", "2025-Q1"};
        String[] args = new String[base.length + extra.length];
        System.arraycopy(base, 0, args, 0, base.length);
        System.arraycopy(extra, 0, args, base.length, extra.length);
        return CliRun.of(args);
    }

    @Test
    void jsonFiguresByHand() throws Exception {
        CliRun run = painmap();
        assertThat(run.exitCode()).as(run.err()).isEqualTo(1); // r-5 rejected
        JsonNode map = new ObjectMapper().readTree(run.out());
        assertThat(map.get("format").asText()).isEqualTo("otklik-painmap/1");
        assertThat(map.get("asOf").asText()).isEqualTo("2025-03-31");
        // svc-2 has an overdue answered appeal (a-3: due 5 March, answered 10 March): LEGAL_DEADLINE is mandatory → HIGH
        JsonNode deadline = null;
        for (JsonNode item : map.get("items")) {
            if (item.get("process").asText().equals("svc-2") && item.get("problem").asText().equals("deadline:appeals")) {
                deadline = item;
            }
        }
        assertThat(deadline).isNotNull();
        assertThat(deadline.get("priority").asText()).isEqualTo("HIGH");
        assertThat(deadline.get("evidence").get(0).get("x").asLong()).isEqualTo(1);
        assertThat(deadline.get("evidence").get(0).get("n").asLong()).isEqualTo(2);
        assertThat(deadline.get("deadline").asText()).isEqualTo("2025-06-29");
        assertThat(deadline.get("responsible").asText()).isEqualTo("UNASSIGNED");
        assertThat(map.at("/items/0/no").asInt()).isEqualTo(1);
        assertThat(map.at("/items/0/priority").asText()).isEqualTo("HIGH");
    }

    @Test
    void csvHasTheTemplateColumnsWithBomAndCrlf(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("map.csv");
        painmap("--format", "csv", "-o", out.toString());
        byte[] bytes = Files.readAllBytes(out);
        assertThat(bytes[0]).isEqualTo((byte) 0xEF);
        String text = new String(bytes, StandardCharsets.UTF_8).substring(1);
        assertThat(text).startsWith("№,Наименование процесса,Выявленные проблемы/потенциальные потребности клиентов,Распространенность проблемы,"
                + "Приоритетность решения проблемы/удовлетворения потребности,Необходимые к реализации мероприятия,Ответственный,Срок реализации\r\n");
        CliRun en = painmap("--format", "md", "--lang", "en");
        assertThat(en.out()).startsWith("| No. | Process | Problems / potential needs | Prevalence | Priority | Measures | Responsible | Deadline |");
    }

    @Test
    void rulesCheck(@TempDir Path dir) throws Exception {
        Path inverted = dir.resolve("bad.json");
        Files.writeString(inverted, """
                {"format": "otklik-painmap-rules/1", "name": "bad",
                 "prevalence": {"confidence": 0.95, "high": 0.25, "medium": 0.10, "minEvidence": 30},
                 "impact": {"bySource": {"LEGAL_DEADLINE": "HIGH"}, "complaintShareHigh": 0.5,
                            "aspectMean": {"high": 2.5, "medium": 3.5}},
                 "priority": {"matrix": {"HIGH":   {"HIGH": "LOW",    "MEDIUM": "HIGH",   "LOW": "MEDIUM"},
                                         "MEDIUM": {"HIGH": "HIGH",   "MEDIUM": "MEDIUM", "LOW": "LOW"},
                                         "LOW":    {"HIGH": "MEDIUM", "MEDIUM": "LOW"}}},
                 "deadline": {"HIGH": "P90D", "MEDIUM": "P180D", "LOW": "P365D"}}
                """);
        CliRun bad = CliRun.of("rules", "check", inverted.toString());
        assertThat(bad.exitCode()).isEqualTo(2);
        assertThat(bad.err()).contains("matrix[LOW][LOW] is missing").contains("priority drops");
        Path good = dir.resolve("good.json");
        Files.writeString(good, io.github.otklik.painmap.rules.RuleSetJson.write(io.github.otklik.painmap.rules.RuleSet.DEFAULT));
        CliRun ok = CliRun.of("rules", "check", good.toString());
        assertThat(ok.exitCode()).isZero();
        assertThat(ok.out()).contains("total and monotone");
        CliRun used = painmap("--rules", inverted.toString());
        assertThat(used.exitCode()).isEqualTo(2);
    }
}
