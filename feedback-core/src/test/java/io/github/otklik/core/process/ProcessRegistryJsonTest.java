package io.github.otklik.core.process;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.otklik.core.config.ConfigException;
import io.github.otklik.core.json.OtklikJson;
import io.github.otklik.core.text.LocalizedText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.quicktheories.core.Gen;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

class ProcessRegistryJsonTest {
    private static final String SVC = "{\"id\": \"svc-1\", \"name\": {\"ru\": \"a\"}, \"type\": \"SERVICE\"";

    @Test
    void readsTheRegistryAsTheSpecShowsIt() {
        List<Process> registry = ProcessRegistryJson.parse("[{\"id\": \"svc-1\", \"name\": {\"ru\": \"Пособие\", \"en\": \"Allowance\"},"
                + " \"type\": \"SERVICE\", \"group\": \"Семьи\", \"touchpoints\": [\"application\"], \"lifeSituations\": [\"birth\"],"
                + " \"owner\": \"Отдел\", \"annualVolume\": 12000, \"targets\": [{\"metric\": \"satisfaction.overall.share\","
                + " \"target\": 0.9, \"direction\": \"atLeast\"}]}, {\"id\": \"fn-2\", \"name\": {\"ru\": \"Опека\"}, \"type\": \"FUNCTION\"}]",
                "registry.json");
        assertThat(registry).containsExactly(
                Process.builder("svc-1", LocalizedText.of("Пособие", "Allowance"), ProcessType.SERVICE).group("Семьи")
                        .touchpoint("application").lifeSituation("birth").owner("Отдел").annualVolume(12000)
                        .target(new TargetIndicator("satisfaction.overall.share", 0.9, TargetIndicator.Direction.AT_LEAST)).build(),
                Process.builder("fn-2", LocalizedText.of("Опека"), ProcessType.FUNCTION).build());
        assertThat(ProcessRegistryJson.parse("[]", "empty.json")).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "{}|expected a JSON array of processes, found an object",
            "[null]|[0]: must be an object, found null",
            "[" + SVC + ", \"annualVolume\": -5}]|[0].annualVolume: must be a non-negative integer, found -5",
            "[" + SVC + ", \"annualVolume\": 12000.0}]|[0].annualVolume: must be a non-negative integer, found 12000.0",
            "[" + SVC + "}, " + SVC + "}]|[1].id: process svc-1 repeats [0]",
            "[{\"id\": \"svc 1\", \"name\": {\"ru\": \"a\"}, \"type\": \"SERVICE\"}]|[0].id: not a valid process id: \"svc 1\"",
            "[{\"id\": \"svc-1\", \"name\": {\"ru\": \"a\"}, \"type\": \"SERVISE\"}]|[0].type: unknown value \"SERVISE\" (expected one of SERVICE, FUNCTION, SUPPORT_MEASURE, CONTROL, PREVENTION, APPEALS, INFORMATION_ACCESS, INTERNAL)",
            "[{\"id\": \"svc-1\", \"type\": \"SERVICE\"}]|[0].name: required field is missing",
            "[{\"id\": \"svc-1\", \"name\": {}, \"type\": \"SERVICE\"}]|[0].name.ru: required field is missing",
            "[" + SVC + ", \"owners\": \"x\"}]|[0].owners: unknown field (expected id, name, type, group, touchpoints, lifeSituations, owner, annualVolume, targets)",
            "[" + SVC + ", \"touchpoints\": [\"a\", 1]}]|[0].touchpoints[1]: must be a string, found a number",
            "[" + SVC + ", \"group\": null}]|[0].group: must be a string, found null",
            "[" + SVC + ", \"targets\": [{\"metric\": \"\", \"target\": 1, \"direction\": \"atLeast\"}]}]|[0].targets[0].metric: must not be empty",
            "[" + SVC + ", \"targets\": [{\"metric\": \"m\", \"target\": 1, \"direction\": \"above\"}]}]|[0].targets[0].direction: unknown direction \"above\" (expected atLeast or atMost)",
            "[" + SVC + ", \"targets\": [{\"metric\": \"m\", \"direction\": \"atMost\"}]}]|[0].targets[0].target: required field is missing",
    })
    void everyProblemNamesItsPath(String json, String problem) {
        assertThatThrownBy(() -> ProcessRegistryJson.parse(json, "registry.json")).isInstanceOf(ConfigException.class)
                .hasMessage("invalid registry registry.json: " + problem);
    }

    @Test
    void everyEntryIsChecked() {
        assertThatThrownBy(() -> ProcessRegistryJson.parse("[" + SVC + ", \"annualVolume\": -1}, {\"id\": \"b\"}, " + SVC + "}]", "r.json"))
                .hasMessage("invalid registry r.json: [0].annualVolume: must be a non-negative integer, found -1; "
                        + "[1].name: required field is missing; [2].id: process svc-1 repeats [0]");
    }

    /** The registry reader and the Jackson mapping of {@code core.json} read what the mapping writes as the same processes. */
    @Test
    void readsWhatTheJacksonMappingWritesAsTheMappingReadsIt() {
        ObjectMapper mapper = OtklikJson.mapper();
        qt().withExamples(200).forAll(registries()).checkAssert(registry -> {
            try {
                String json = mapper.writeValueAsString(registry);
                assertThat(ProcessRegistryJson.parse(json, "generated.json")).isEqualTo(registry)
                        .isEqualTo(mapper.readValue(json, new TypeReference<List<Process>>() { }));
            } catch (java.io.IOException e) {
                throw new AssertionError(e);
            }
        });
    }

    private static Gen<List<Process>> registries() {
        Gen<Process> process = integers().between(0, 9999).zip(integers().between(0, ProcessType.values().length - 1),
                longs().between(-1, 1_000_000), booleans().all(), integers().between(0, 3), (id, type, volume, named, lists) -> {
                    Process.Builder b = Process.builder("svc-" + id, named ? LocalizedText.of("Услуга " + id, "Service " + id)
                            : LocalizedText.of("Услуга «" + id + "»\n"), ProcessType.values()[type]);
                    if (volume >= 0) {
                        b.annualVolume(volume);
                    }
                    for (int i = 0; i < lists; i++) {
                        b.touchpoint("step-" + i).lifeSituation("life " + i);
                        b.target(new TargetIndicator("satisfaction.overall.share", i / 3.0 + volume, i % 2 == 0
                                ? TargetIndicator.Direction.AT_LEAST : TargetIndicator.Direction.AT_MOST));
                    }
                    if (named) {
                        b.group("Группа " + lists).owner("Отдел " + id % 7);
                    }
                    return b.build();
                });
        return integers().between(0, 6).flatMap(n -> seed -> {
            List<Process> out = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                Process p = process.generate(seed);
                if (out.stream().noneMatch(q -> q.id().equals(p.id()))) {
                    out.add(p);
                }
            }
            return out;
        });
    }
}
