package io.github.otklik.core.json;

import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.github.otklik.core.process.Process;
import io.github.otklik.core.response.AnswerValue;
import io.github.otklik.core.response.SurveyResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Registration of the module and the ready-made mapper. */
class OtklikModuleTest {

    @Test
    void isNamedOtklikAndRegistersOnce() {
        ObjectMapper mapper = new ObjectMapper();
        mapper.registerModule(new OtklikModule()).registerModule(new OtklikModule());
        assertThat(new OtklikModule().getModuleName()).isEqualTo("otklik");
        assertThat(mapper.getRegisteredModuleIds()).containsExactly("otklik");
    }

    @Test
    void changesNoMapperFeature() throws Exception {
        ObjectMapper plain = new ObjectMapper();
        ObjectMapper registered = new ObjectMapper().registerModule(new OtklikModule());
        assertThat(registered.getSerializationConfig().getSerializationFeatures())
                .isEqualTo(plain.getSerializationConfig().getSerializationFeatures());
        assertThat(registered.getDeserializationConfig().getDeserializationFeatures())
                .isEqualTo(plain.getDeserializationConfig().getDeserializationFeatures());
        for (StreamReadFeature f : StreamReadFeature.values()) {
            assertThat(registered.isEnabled(f.mappedFeature())).as(f.name()).isEqualTo(plain.isEnabled(f.mappedFeature()));
        }
        for (MapperFeature f : MapperFeature.values()) {
            assertThat(registered.isEnabled(f)).as(f.name()).isEqualTo(plain.isEnabled(f));
        }
        // and leaves other types alone
        assertThat(registered.writeValueAsString(Map.of("a", List.of(1.5, "x")))).isEqualTo("{\"a\":[1.5,\"x\"]}");
    }

    @Test
    void packageDocumentationExample(@TempDir Path dir) throws Exception {
        String line = Samples.FULL_RESPONSE_JSON;
        Path file = Files.writeString(dir.resolve("registry.json"), "[" + Samples.FULL_PROCESS_JSON + "]");

        ObjectMapper mapper = new ObjectMapper().registerModule(new OtklikModule());
        SurveyResponse r = mapper.readValue(line, SurveyResponse.class);  // one line of responses JSONL
        String json = mapper.writeValueAsString(r);                        // keys in contract order
        Map<String, AnswerValue> answers =
                mapper.readValue("{\"overall\":4,\"time\":\"dk\"}", new TypeReference<>() { });
        List<Process> registry = mapper.readValue(file.toFile(), new TypeReference<>() { });

        assertThat(json).isEqualTo(line);
        assertThat(answers).containsExactly(Map.entry("overall", AnswerValue.of(4)), Map.entry("time", AnswerValue.of("dk")));
        assertThat(registry).containsExactly(Samples.fullProcess());
    }

    @Test
    void readyMadeMapperIsNewOnEveryCallAndConfigured() throws Exception {
        ObjectMapper a = OtklikJson.mapper();
        ObjectMapper b = OtklikJson.mapper();
        assertThat(a).isNotSameAs(b);
        assertThat(a.getRegisteredModuleIds()).contains("otklik", "jackson-datatype-jsr310");
        assertThat(a.isEnabled(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)).isFalse();
        assertThat(a.isEnabled(StreamReadFeature.STRICT_DUPLICATE_DETECTION.mappedFeature())).isTrue();
        assertThat(a.isEnabled(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)).isTrue();
        assertThat(a.writeValueAsString(LocalDate.of(2025, 3, 31))).isEqualTo("\"2025-03-31\"");
        // reconfiguring one does not affect the next
        a.enable(SerializationFeature.INDENT_OUTPUT);
        assertThat(OtklikJson.mapper().isEnabled(SerializationFeature.INDENT_OUTPUT)).isFalse();
        assertThat(b.writeValueAsString(Samples.fullAppeal())).isEqualTo(Samples.FULL_APPEAL_JSON);
    }
}
