package io.github.otklik.painmap.rules;

import io.github.otklik.core.io.InputFileException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RuleSetJsonTest {
    /** The default rule set exactly as spec/painmap.md prints it. */
    static final String SPEC = """
            {"format": "otklik-painmap-rules/1", "name": "default",
             "prevalence": {"confidence": 0.95, "high": 0.25, "medium": 0.10, "minEvidence": 30},
             "impact": {"bySource": {"LEGAL_DEADLINE": "HIGH", "PROCESS_NEGATIVE": "HIGH",
                                     "APPEALS": "MEDIUM", "SURVEY_PROBLEM": "MEDIUM", "TEXT": "MEDIUM", "MANUAL": "MEDIUM"},
                        "complaintShareHigh": 0.5,
                        "aspectMean": {"high": 2.5, "medium": 3.5},
                        "volume": {"raiseAt": 10000, "lowerBelow": 100}},
             "priority": {"matrix": {"HIGH":   {"HIGH": "HIGH",   "MEDIUM": "HIGH",   "LOW": "MEDIUM"},
                                     "MEDIUM": {"HIGH": "HIGH",   "MEDIUM": "MEDIUM", "LOW": "LOW"},
                                     "LOW":    {"HIGH": "MEDIUM", "MEDIUM": "LOW",    "LOW": "LOW"}},
                          "mandatorySources": ["LEGAL_DEADLINE"]},
             "deadline": {"HIGH": "P90D", "MEDIUM": "P180D", "LOW": "P365D"}}
            """;

    @Test
    void theSpecsDefaultParsesToTheBuiltInDefault() {
        assertThat(RuleSetJson.parse(SPEC, "spec")).isEqualTo(RuleSet.DEFAULT);
    }

    @Test
    void writingAndReadingBackGivesTheSameRuleSet() {
        String json = RuleSetJson.write(RuleSet.DEFAULT);
        assertThat(json).endsWith("}\n").contains("\"raiseAt\" : 10000,").contains("\"confidence\" : 0.95,");
        assertThat(RuleSetJson.parse(json, "written")).isEqualTo(RuleSet.DEFAULT);
    }

    @Test
    void volumeAndMandatorySourcesAreOptional() {
        String json = SPEC.replaceAll(",\\s*\"volume\": \\{[^}]*}", "").replaceAll(",\\s*\"mandatorySources\": \\[[^]]*]", "");
        RuleSet r = RuleSetJson.parse(json, "x");
        assertThat(r.impact().volume()).isEmpty();
        assertThat(r.priority().mandatorySources()).isEmpty();
        assertThat(RuleSetJson.parse(RuleSetJson.write(r), "y")).isEqualTo(r);
    }

    @Test
    void loadReportsEveryCheckerProblemOnOneLine(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("rules.json");
        Files.writeString(file, SPEC.replace(",   \"LOW\": \"MEDIUM\"}", "}")
                .replace("\"MEDIUM\": {\"HIGH\": \"HIGH\"", "\"MEDIUM\": {\"HIGH\": \"LOW\""), StandardCharsets.UTF_8);
        assertThatThrownBy(() -> RuleSetJson.load(file)).isInstanceOf(InputFileException.class)
                .hasMessage("invalid rule set " + file + ": matrix[HIGH][LOW] is missing; "
                        + "priority drops from MEDIUM at prevalence LOW, impact HIGH to LOW at prevalence MEDIUM, impact HIGH; "
                        + "priority drops from MEDIUM at prevalence MEDIUM, impact MEDIUM to LOW at prevalence MEDIUM, impact HIGH");
        assertThat(RuleSetJson.read(file).name()).isEqualTo("default");
    }

    @Test
    void aBomIsIgnored(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("rules.json");
        Files.writeString(file, "\uFEFF" + SPEC, StandardCharsets.UTF_8);
        assertThat(RuleSetJson.load(file)).isEqualTo(RuleSet.DEFAULT);
    }

    @Test
    void aMissingFileIsNamed(@TempDir Path dir) {
        Path file = dir.resolve("nope.json");
        assertThatThrownBy(() -> RuleSetJson.load(file)).isInstanceOf(InputFileException.class)
                .hasMessage("cannot read rule set " + file + ": no such file");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "\"format\": \"otklik-painmap-rules/1\"|\"format\": \"otklik-painmap-rules/2\"|format: expected \"otklik-painmap-rules/1\", found \"otklik-painmap-rules/2\"",
            "\"confidence\": 0.95|\"confidence\": 1.5|prevalence.confidence: must be between 0 and 1 (exclusive), found 1.5",
            "\"high\": 0.25|\"high\": \"0.25\"|prevalence.high: must be a number, found a string",
            "\"minEvidence\": 30|\"minEvidence\": 2.5|prevalence.minEvidence: must be a non-negative integer, found 2.5",
            "\"APPEALS\": \"MEDIUM\"|\"APPEAL\": \"MEDIUM\"|impact.bySource.APPEAL: unknown source (expected one of SURVEY_PROBLEM, SURVEY_ASPECT, APPEALS, PROCESS_NEGATIVE, LEGAL_DEADLINE, TEXT, MANUAL)",
            "\"MANUAL\": \"MEDIUM\"|\"MANUAL\": \"medium\"|impact.bySource.MANUAL: unknown level \"medium\" (expected HIGH, MEDIUM or LOW)",
            "\"complaintShareHigh\": 0.5,|\"complaintShare\": 0.5,|impact.complaintShare: unknown field (expected bySource, complaintShareHigh, aspectMean, volume); impact.complaintShareHigh: required field is missing",
            "\"P180D\"|\"180 days\"|deadline.MEDIUM: not an ISO-8601 period such as P90D: \"180 days\"",
            "\"P365D\"|\"P-1D\"|deadline.LOW: must not be negative: P-1D",
            "\"mandatorySources\": [\"LEGAL_DEADLINE\"]|\"mandatorySources\": [\"DEADLINE\"]|priority.mandatorySources[0]: unknown source \"DEADLINE\" (expected one of SURVEY_PROBLEM, SURVEY_ASPECT, APPEALS, PROCESS_NEGATIVE, LEGAL_DEADLINE, TEXT, MANUAL)",
            "\"name\": \"default\",|\"name\": \"default\", \"name\": \"again\",|name: repeated key (line 1, column 57)",
            "\"name\": \"default\",|\"name\": \"\",|name: must not be empty",
            "\"deadline\": {|\"deadlines\": {|deadlines: unknown field (expected format, name, prevalence, impact, priority, deadline); deadline: required field is missing",
    })
    void invalidDocumentsAreRefusedWithTheFieldNamed(String from, String to, String problem) {
        String json = SPEC.replace(from, to);
        assertThat(json).isNotEqualTo(SPEC);
        assertThatThrownBy(() -> RuleSetJson.parse(json, "rules.json")).isInstanceOf(InputFileException.class)
                .hasMessage("invalid rule set rules.json: " + problem);
    }

    @Test
    void aMissingSectionAndBrokenJsonAreNamed() {
        assertThatThrownBy(() -> RuleSetJson.parse("{\"format\": \"otklik-painmap-rules/1\", \"name\": \"x\"}", "r.json"))
                .hasMessage("invalid rule set r.json: prevalence: required field is missing; impact: required field is missing; "
                        + "priority: required field is missing; deadline: required field is missing");
        assertThatThrownBy(() -> RuleSetJson.parse("{\"format\": ", "r.json")).hasMessageStartingWith("invalid rule set r.json: ")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
        assertThatThrownBy(() -> RuleSetJson.parse("[]", "r.json")).hasMessage("invalid rule set r.json: expected a JSON object, found an array");
        assertThatThrownBy(() -> RuleSetJson.parse(SPEC + "{}", "r.json"))
                .hasMessage("invalid rule set r.json: unexpected content after the JSON value (line 13, column 1)");
    }

    @Test
    void everySectionIsCheckedInOneRun() {
        String json = SPEC.replace("\"confidence\": 0.95", "\"confidence\": 0").replace("\"LEGAL_DEADLINE\": \"HIGH\", \"PROCESS", "\"LEGAL\": \"HIGH\", \"PROCESS")
                .replace("\"LOW\":    {\"HIGH\": \"MEDIUM\"", "\"LOW\":    {\"HIGH\": \"medium\"").replace("\"P90D\"", "\"90 days\"");
        assertThatThrownBy(() -> RuleSetJson.parse(json, "r.json")).isInstanceOf(InputFileException.class)
                .hasMessage("invalid rule set r.json: prevalence.confidence: must be between 0 and 1 (exclusive), found 0.0; "
                        + "impact.bySource.LEGAL: unknown source (expected one of SURVEY_PROBLEM, SURVEY_ASPECT, APPEALS, PROCESS_NEGATIVE, "
                        + "LEGAL_DEADLINE, TEXT, MANUAL); priority.matrix.LOW.HIGH: unknown level \"medium\" (expected HIGH, MEDIUM or LOW); "
                        + "deadline.HIGH: not an ISO-8601 period such as P90D: \"90 days\"");
    }

    @Test
    void javaRulesCannotBeWritten() {
        RuleSet java = new RuleSet("java", new PrevalenceRule() {
            public double z() { return 1.96; }
            public double confidence() { return 0.95; }
            public long minEvidence() { return 0; }
            public io.github.otklik.painmap.Level level(double l) { return io.github.otklik.painmap.Level.LOW; }
            public double threshold(io.github.otklik.painmap.Level level) { return 0; }
        }, RuleSet.DEFAULT.impact(), RuleSet.DEFAULT.priority(), RuleSet.DEFAULT.deadline());
        assertThatThrownBy(() -> RuleSetJson.write(java)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("java");
    }
}
