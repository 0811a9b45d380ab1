package io.github.otklik.core.process;

import com.fasterxml.jackson.databind.JsonMappingException;
import io.github.otklik.core.io.ProcessInstanceCsvReader;
import io.github.otklik.core.io.RecordHandler;
import io.github.otklik.core.io.Reject;
import io.github.otklik.core.json.OtklikJson;
import io.github.otklik.core.validation.Violation;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Each process-instance invariant has one message, and the builder, the JSON mapping and the CSV reader all use it. */
class ProcessInstanceRulesTest {
    private static final Instant STARTED = Instant.parse("2025-01-10T09:00:00Z");
    private static final String EARLY = "finishedAt 2025-01-09T09:00:00Z is before startedAt 2025-01-10T09:00:00Z";
    private static final String OPEN = "outcome POSITIVE is set on an instance in progress (finishedAt is empty)";
    private static final String JSON = "{\"id\":\"p-1\",\"agency\":\"ag\",\"process\":\"svc\",\"startedAt\":\"2025-01-10T09:00:00Z\"";
    private static final String CSV = "id,agency,process,startedAt,finishedAt,touches,outcome\n";

    @ParameterizedTest
    @ValueSource(strings = {"0", "-1", "+3", "1.5", "2e1", " 2", "", "2147483648", "99999999999"})
    void touchesMustBePlainDigitsOfAtLeastOne(String written) {
        assertThat(ProcessInstanceRules.touches(written))
                .contains(new Violation("touches", "touches must be an integer ≥ 1, was \"" + written + "\""));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1", "2", "007", "2147483647"})
    void touchesOfAtLeastOneHold(String written) {
        assertThat(ProcessInstanceRules.touches(written)).isEmpty();
    }

    @Test
    void everyRuleHasOneMessageInTheBuilderTheJsonMappingAndTheCsvReader() {
        String touches = "touches must be an integer ≥ 1, was \"0\"";
        assertThatThrownBy(() -> ProcessInstance.builder("p-1").touches(0)).hasMessage(touches);
        assertThat(jsonFailure(JSON + ",\"touches\":0}")).isEqualTo("field \"touches\": " + touches);

        assertThatThrownBy(() -> ProcessInstance.builder("p-1").agency("ag").process("svc").startedAt(STARTED)
                .finishedAt(Instant.parse("2025-01-09T09:00:00Z")).build()).hasMessage(EARLY);
        assertThat(jsonFailure(JSON + ",\"finishedAt\":\"2025-01-09T09:00:00Z\"}")).isEqualTo("field \"finishedAt\": " + EARLY);

        assertThatThrownBy(() -> ProcessInstance.builder("p-1").agency("ag").process("svc").startedAt(STARTED)
                .outcome(ProcessOutcome.POSITIVE).build()).hasMessage(OPEN);
        assertThat(jsonFailure(JSON + ",\"outcome\":\"POSITIVE\"}")).isEqualTo("field \"outcome\": " + OPEN);

        assertThat(csvRejects(CSV + "p-1,ag,svc,2025-01-10T09:00:00Z,,0,\n"
                + "p-2,ag,svc,2025-01-10T09:00:00Z,2025-01-09T09:00:00Z,,\n"
                + "p-3,ag,svc,2025-01-10T09:00:00Z,,,POSITIVE\n"
                + "p-4,ag,svc,2025-01-10T12:00:00+03:00,2025-01-10T08:00:00Z,,\n"))
                .extracting(r -> r.field().orElseThrow() + ": " + r.reason())
                .containsExactly("touches: " + touches, "finishedAt: " + EARLY, "outcome: " + OPEN,
                        "finishedAt: finishedAt 2025-01-10T08:00:00Z is before startedAt 2025-01-10T12:00:00+03:00");
    }

    private static String jsonFailure(String json) {
        return catchThrowableOfType(JsonMappingException.class, () -> OtklikJson.mapper().readValue(json, ProcessInstance.class))
                .getOriginalMessage();
    }

    private static List<Reject> csvRejects(String csv) {
        List<Reject> rejects = new ArrayList<>();
        ProcessInstanceCsvReader.builder().build().read(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), "p.csv",
                RecordHandler.of(p -> { }, rejects::add));
        return rejects;
    }
}
