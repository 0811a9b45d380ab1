package io.github.otklik.painmap.input;

import io.github.otklik.core.io.InputFileException;
import io.github.otklik.core.process.Process;
import io.github.otklik.core.process.ProcessType;
import io.github.otklik.painmap.Kind;
import io.github.otklik.painmap.Level;
import io.github.otklik.painmap.build.ManualEntry;
import io.github.otklik.painmap.build.MeasuresCatalogue;
import io.github.otklik.painmap.rules.RuleSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PainMapFilesTest {
    @TempDir
    Path dir;

    private Path file(String name, String text) throws IOException {
        Path f = dir.resolve(name);
        Files.writeString(f, text, StandardCharsets.UTF_8);
        return f;
    }

    @Test
    void readsTheRegistryAsTheSpecShowsIt() throws IOException {
        Path f = file("registry.json", "\uFEFF[{\"id\": \"svc-1\", \"name\": {\"ru\": \"Пособие\", \"en\": \"Allowance\"}, \"type\": \"SERVICE\","
                + " \"group\": \"Семьи\", \"touchpoints\": [\"application\"], \"lifeSituations\": [\"birth\"], \"owner\": \"Отдел\","
                + " \"annualVolume\": 12000}, {\"id\": \"fn-2\", \"name\": {\"ru\": \"Опека\"}, \"type\": \"FUNCTION\"}]");
        List<Process> registry = PainMapFiles.registry(f);
        assertThat(registry).extracting(Process::id).containsExactly("svc-1", "fn-2");
        Process p = registry.get(0);
        assertThat(p.type()).isEqualTo(ProcessType.SERVICE);
        assertThat(p.owner()).contains("Отдел");
        assertThat(p.annualVolume().getAsLong()).isEqualTo(12000);
        assertThat(p.name().in("en")).isEqualTo("Allowance");
        assertThat(registry.get(1).annualVolume()).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "{}|expected a JSON array of processes, found an object",
            "[{\"id\": \"svc-1\", \"name\": {\"ru\": \"a\"}, \"type\": \"SERVICE\", \"annualVolume\": -5}]|[0].annualVolume: must be a non-negative integer, found -5",
            "[{\"id\": \"svc-1\", \"name\": {\"ru\": \"a\"}, \"type\": \"SERVICE\"}, {\"id\": \"svc-1\", \"name\": {\"ru\": \"b\"}, \"type\": \"SERVICE\"}]|[1].id: process svc-1 repeats [0]",
            "[{\"id\": \"svc-1\", \"name\": {\"ru\": \"a\"}, \"type\": \"SERVISE\"}]|[0].type: unknown value \"SERVISE\" (expected one of SERVICE, FUNCTION, SUPPORT_MEASURE, CONTROL, PREVENTION, APPEALS, INFORMATION_ACCESS, INTERNAL)",
            "[{\"id\": \"svc-1\", \"type\": \"SERVICE\"}]|[0].name: required field is missing",
    })
    void invalidRegistriesNameTheFileTheEntryAndTheProblem(String json, String problem) throws IOException {
        Path f = file("registry.json", json);
        assertThatThrownBy(() -> PainMapFiles.registry(f)).isInstanceOf(InputFileException.class)
                .hasMessage("invalid registry " + f + ": " + problem);
    }

    @Test
    void readsManualEntries() throws IOException {
        Path f = file("manual.json", """
                [{"process": "svc-1", "problem": "paper", "title": "Только бумага", "kind": "NEED", "prevalence": "HIGH",
                  "impact": "LOW", "measures": ["Подача через портал"], "responsible": "Отдел кадров", "evidence": {"x": 12, "n": 40}},
                 {"process": "svc-2", "problem": "queue", "title": "Очереди", "kind": "PROBLEM"}]
                """);
        List<ManualEntry> entries = PainMapFiles.manualEntries(f);
        assertThat(entries).containsExactly(
                new ManualEntry("svc-1", "paper", "Только бумага", Kind.NEED, Optional.of(Level.HIGH), Optional.of(Level.LOW),
                        List.of("Подача через портал"), Optional.of("Отдел кадров"), Optional.of(new ManualEntry.Counts(12, 40))),
                ManualEntry.of("svc-2", "queue", "Очереди", Kind.PROBLEM));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "{}|expected a JSON array of entries, found an object",
            "[1]|[0]: must be an object, found a number",
            "[{\"problem\": \"q\", \"title\": \"t\", \"kind\": \"NEED\"}]|[0].process: required field is missing",
            "[{\"process\": \"svc 1\", \"problem\": \"q\", \"title\": \"t\", \"kind\": \"NEED\"}]|[0].process: not a valid process id: \"svc 1\"",
            "[{\"process\": \"svc-1\", \"problem\": \"a.b\", \"title\": \"t\", \"kind\": \"NEED\"}]|[0].problem: not a valid problem code: \"a.b\"",
            "[{\"process\": \"svc-1\", \"problem\": \"q\", \"title\": \"t\", \"kind\": \"WISH\"}]|[0].kind: unknown kind \"WISH\" (expected PROBLEM or NEED)",
            "[{\"process\": \"svc-1\", \"problem\": \"q\", \"title\": \"t\", \"kind\": \"NEED\", \"impact\": \"BIG\"}]|[0].impact: unknown level \"BIG\" (expected HIGH, MEDIUM or LOW)",
            "[{\"process\": \"svc-1\", \"problem\": \"q\", \"title\": \"t\", \"kind\": \"NEED\", \"measures\": \"one\"}]|[0].measures: must be an array of strings, found a string",
            "[{\"process\": \"svc-1\", \"problem\": \"q\", \"title\": null, \"kind\": \"NEED\"}]|[0].title: must be a string, found null",
            "[{\"process\": \"svc-1\", \"problem\": \"q\", \"title\": \"t\", \"kind\": \"NEED\", \"evidence\": {\"x\": 5, \"n\": 3}}]|[0].evidence: needs 0 ≤ x ≤ n and n ≥ 1, found 5 of 3",
            "[{\"process\": \"svc-1\", \"problem\": \"q\", \"title\": \"t\", \"kind\": \"NEED\", \"evidence\": {\"x\": 1}}]|[0].evidence.n: required field is missing",
            "[{\"process\": \"svc-1\", \"problem\": \"q\", \"title\": \"t\", \"kind\": \"NEED\", \"owner\": \"x\"}]|[0].owner: unknown field (expected process, problem, title, kind, prevalence, impact, measures, responsible, evidence)",
            "[{\"process\": \"a\", \"problem\": \"q\", \"title\": \"t\", \"kind\": \"NEED\"}, {\"process\": \"a\", \"problem\": \"q\", \"title\": \"u\", \"kind\": \"NEED\"}]|[1]: problem q of process a repeats [0]",
    })
    void invalidManualEntriesNameTheFileTheEntryAndTheProblem(String json, String problem) throws IOException {
        Path f = file("manual.json", json);
        assertThatThrownBy(() -> PainMapFiles.manualEntries(f)).isInstanceOf(InputFileException.class)
                .hasMessage("invalid manual-entry file " + f + ": " + problem);
    }

    @Test
    void brokenJsonIsNamedWithWhereItBreaks() throws IOException {
        Path f = file("manual.json", "[{\"process\": \"a\"");
        assertThatThrownBy(() -> PainMapFiles.manualEntries(f)).isInstanceOf(InputFileException.class)
                .satisfies(e -> assertThat(e.getMessage()).startsWith("invalid manual-entry file " + f + ": [0]: Unexpected end-of-input")
                        .endsWith("(line 1, column 17)").doesNotContain("\n"));
    }

    @Test
    void everyEntryIsCheckedInOneRun() throws IOException {
        Path f = file("manual.json", """
                [{"process": "svc 1", "problem": "q", "title": "t", "kind": "NEED"},
                 {"process": "svc-1", "problem": "q", "title": "t", "kind": "NEED", "evidence": {"x": 1, "n": 2, "m": 3}},
                 {"process": "svc-1", "problem": "q", "title": "t", "kind": "PROBLEM"}]
                """);
        assertThatThrownBy(() -> PainMapFiles.manualEntries(f)).hasMessage("invalid manual-entry file " + f + ": "
                + "[0].process: not a valid process id: \"svc 1\"; [1].evidence.m: unknown field (expected x, n); "
                + "[2]: problem q of process svc-1 repeats [1]");
    }

    @Test
    void readsTheMeasuresCatalogue() throws IOException {
        MeasuresCatalogue c = PainMapFiles.measures(file("measures.json", "{\"queue\": [\"Электронная очередь\", \"Запись онлайн\"], \"aspect:speed\": []}"));
        assertThat(c.measures("queue")).containsExactly("Электронная очередь", "Запись онлайн");
        assertThat(c.measures("other")).isEmpty();
        assertThat(c.byProblem()).containsOnlyKeys("queue", "aspect:speed");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "[]|expected a JSON object from problem codes to arrays of measures, found an array",
            "{\"queue\": \"one\"}|queue: must be an array of strings, found a string",
            "{\"queue\": [1]}|queue[0]: must be a string, found a number",
            "{\"a b\": []}|[\"a b\"]: not a valid problem code: \"a b\"",
            "''|the file is empty",
    })
    void invalidCataloguesAreNamed(String json, String problem) throws IOException {
        Path f = file("measures.json", json);
        assertThatThrownBy(() -> PainMapFiles.measures(f)).isInstanceOf(InputFileException.class)
                .hasMessage("invalid measures catalogue " + f + ": " + problem);
    }

    @Test
    void missingAndMalformedFilesAreNamed() throws IOException {
        Path missing = dir.resolve("none.json");
        assertThatThrownBy(() -> PainMapFiles.registry(missing)).hasMessage("cannot read registry " + missing + ": no such file");
        assertThatThrownBy(() -> PainMapFiles.manualEntries(missing)).hasMessage("cannot read manual-entry file " + missing + ": no such file");
        Path latin1 = dir.resolve("latin1.json");
        Files.write(latin1, new byte[] {'{', '"', (byte) 0xE9, '"', ':', '[', ']', '}'});
        assertThatThrownBy(() -> PainMapFiles.measures(latin1)).hasMessage("invalid measures catalogue " + latin1 + ": not valid UTF-8");
    }

    @Test
    void loadsACheckedRuleSet() throws IOException {
        assertThat(PainMapFiles.rules(file("rules.json", io.github.otklik.painmap.rules.RuleSetJson.write(RuleSet.DEFAULT))))
                .isEqualTo(RuleSet.DEFAULT);
    }
}
