package io.github.otklik.core.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.otklik.core.io.Reject;
import io.github.otklik.core.process.Process;
import io.github.otklik.core.response.SurveyResponse;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Exact output, key order and omissions of the contract objects. */
class GoldenJsonTest {
    private final ObjectMapper mapper = new ObjectMapper().registerModule(new OtklikModule());

    @Test
    void surveyResponseFull() throws Exception {
        assertThat(mapper.writeValueAsString(Samples.fullResponse())).isEqualTo(Samples.FULL_RESPONSE_JSON);
    }

    @Test
    void surveyResponseOmitsProcessAndRespondentButAlwaysWritesAnonymousAndAnswers() throws Exception {
        String json = mapper.writeValueAsString(Samples.minimalResponse());
        assertThat(json).isEqualTo(Samples.MINIMAL_RESPONSE_JSON);
        assertThat(keys(json)).containsExactly("id", "form", "formVersion", "submittedAt", "agency", "channel", "client",
                "anonymous", "answers");
        assertThat(json).doesNotContain("process", "respondent", "category");
    }

    @Test
    void contractExampleLinesAreCanonical() throws Exception {
        // spec/formats.md §2 and §5, verbatim (with "…" for the elided comment)
        String response = "{\"id\":\"r-1\",\"form\":\"EXT-1\",\"formVersion\":\"1\",\"submittedAt\":\"2025-03-31T21:30:00Z\","
                + "\"agency\":\"minsoc\",\"process\":\"svc-042\",\"channel\":\"EPGU\","
                + "\"client\":{\"kind\":\"EXTERNAL\",\"category\":\"CITIZEN\"},\"anonymous\":true,"
                + "\"answers\":{\"used\":\"yes\",\"overall\":4,\"time\":\"dk\",\"problems\":[\"queue\",\"docs\"],\"comment\":\"…\"}}";
        assertThat(mapper.writeValueAsString(mapper.readValue(response, SurveyResponse.class))).isEqualTo(response);
        String reject = "{\"source\":\"responses.jsonl\",\"line\":17,\"id\":\"r-17\",\"field\":\"answers.overall\","
                + "\"reason\":\"value 7 is outside 1..5\"}";
        assertThat(mapper.writeValueAsString(mapper.readValue(reject, Reject.class))).isEqualTo(reject);
    }

    @Test
    void appeal() throws Exception {
        assertThat(mapper.writeValueAsString(Samples.fullAppeal())).isEqualTo(Samples.FULL_APPEAL_JSON);
        assertThat(keys(Samples.FULL_APPEAL_JSON)).containsExactly("id", "agency", "process", "channel", "kind", "topic",
                "reason", "registeredAt", "answeredAt", "dueDate", "outcome");
        assertThat(mapper.writeValueAsString(Samples.minimalAppeal())).isEqualTo(Samples.MINIMAL_APPEAL_JSON);
        assertThat(keys(Samples.MINIMAL_APPEAL_JSON)).containsExactly("id", "agency", "channel", "kind", "registeredAt");
    }

    @Test
    void processInstance() throws Exception {
        assertThat(mapper.writeValueAsString(Samples.fullInstance())).isEqualTo(Samples.FULL_INSTANCE_JSON);
        assertThat(keys(Samples.FULL_INSTANCE_JSON)).containsExactly("id", "agency", "process", "channel", "startedAt",
                "finishedAt", "touches", "outcome", "negativeReason");
        assertThat(mapper.writeValueAsString(Samples.minimalInstance())).isEqualTo(Samples.MINIMAL_INSTANCE_JSON);
        assertThat(keys(Samples.MINIMAL_INSTANCE_JSON)).containsExactly("id", "agency", "process", "startedAt");
    }

    @Test
    void process() throws Exception {
        assertThat(mapper.writeValueAsString(Samples.fullProcess())).isEqualTo(Samples.FULL_PROCESS_JSON);
        assertThat(keys(Samples.FULL_PROCESS_JSON)).containsExactly("id", "name", "type", "group", "touchpoints",
                "lifeSituations", "owner", "annualVolume", "targets");
        // empty lists are written, empty targets and absent optionals are not
        assertThat(mapper.writeValueAsString(Samples.minimalProcess())).isEqualTo(Samples.MINIMAL_PROCESS_JSON);
    }

    @Test
    void processReadsListsAsOptional() throws Exception {
        Process p = mapper.readValue("{\"id\":\"fn-2\",\"name\":{\"ru\":\"Контроль\"},\"type\":\"CONTROL\",\"targets\":[]}",
                Process.class);
        assertThat(p).isEqualTo(Samples.minimalProcess());
        assertThat(mapper.writeValueAsString(p)).isEqualTo(Samples.MINIMAL_PROCESS_JSON);
    }

    @Test
    void reject() throws Exception {
        assertThat(mapper.writeValueAsString(Samples.fullReject())).isEqualTo(Samples.FULL_REJECT_JSON);
        assertThat(mapper.writeValueAsString(Samples.minimalReject())).isEqualTo(Samples.MINIMAL_REJECT_JSON);
        assertThat(mapper.writeValueAsString(Reject.of("a.csv", 2, "a-9", null, "r")))
                .isEqualTo("{\"source\":\"a.csv\",\"line\":2,\"id\":\"a-9\",\"reason\":\"r\"}");
    }

    @Test
    void keyOrderIgnoresTheMappersOrderingFeatures() throws Exception {
        ObjectMapper sorting = JsonMapper.builder()
                .addModule(new OtklikModule())
                .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
                .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
                .build();
        assertThat(sorting.writeValueAsString(Samples.fullResponse())).isEqualTo(Samples.FULL_RESPONSE_JSON);
        assertThat(sorting.writeValueAsString(Samples.fullAppeal())).isEqualTo(Samples.FULL_APPEAL_JSON);
    }

    @Test
    void prettyPrintingKeepsTheSameDocument() throws Exception {
        String pretty = mapper.writerWithDefaultPrettyPrinter().writeValueAsString(Samples.fullProcess());
        assertThat(pretty).contains("\n");
        assertThat(mapper.readTree(pretty)).isEqualTo(mapper.readTree(Samples.FULL_PROCESS_JSON));
        assertThat(mapper.readValue(pretty, Process.class)).isEqualTo(Samples.fullProcess());
    }

    private List<String> keys(String json) throws Exception {
        JsonNode node = mapper.readTree(json);
        List<String> keys = new ArrayList<>();
        node.fieldNames().forEachRemaining(keys::add);
        return keys;
    }
}
