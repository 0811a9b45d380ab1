package io.github.otklik.core.appeal;

import com.fasterxml.jackson.databind.JsonMappingException;
import io.github.otklik.core.channel.Channel;
import io.github.otklik.core.io.AppealCsvReader;
import io.github.otklik.core.io.Reject;
import io.github.otklik.core.io.RecordHandler;
import io.github.otklik.core.json.OtklikJson;
import io.github.otklik.core.validation.Violation;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Each appeal invariant has one message, and the builder, the JSON mapping and the CSV reader all use it. */
class AppealRulesTest {
    private static final Instant REGISTERED = Instant.parse("2025-01-10T09:00:00Z");
    private static final Instant EARLIER = Instant.parse("2025-01-09T09:00:00Z");
    private static final String EARLY = "answeredAt 2025-01-09T09:00:00Z is before registeredAt 2025-01-10T09:00:00Z";
    private static final String OPEN = "outcome REFUSED is set on an open appeal (answeredAt is empty)";

    @Test
    void answerBeforeRegistrationIsOneViolationOfAnsweredAt() {
        assertThat(AppealRules.answerNotBeforeRegistration(REGISTERED, EARLIER)).contains(new Violation("answeredAt", EARLY));
        assertThat(AppealRules.answerNotBeforeRegistration(REGISTERED, REGISTERED)).isEmpty();
        assertThat(AppealRules.answerNotBeforeRegistration(REGISTERED, "12:00+03", EARLIER, "y"))
                .contains(new Violation("answeredAt", "answeredAt y is before registeredAt 12:00+03"));
    }

    @Test
    void outcomeOnAnOpenAppealIsOneViolationOfOutcome() {
        assertThat(AppealRules.outcomeOnlyWhenAnswered(AppealOutcome.REFUSED, false)).contains(new Violation("outcome", OPEN));
        assertThat(AppealRules.outcomeOnlyWhenAnswered(AppealOutcome.REFUSED, true)).isEmpty();
    }

    @Test
    void theBuilderThrowsWithTheRulesMessages() {
        assertThatThrownBy(() -> Appeal.builder("a-1").agency("ag").channel(Channel.EPGU).kind(AppealKind.APPEAL)
                .registeredAt(REGISTERED).answeredAt(EARLIER).build()).isInstanceOf(IllegalArgumentException.class).hasMessage(EARLY);
        assertThatThrownBy(() -> Appeal.builder("a-1").agency("ag").channel(Channel.EPGU).kind(AppealKind.APPEAL)
                .registeredAt(REGISTERED).outcome(AppealOutcome.REFUSED).build()).isInstanceOf(IllegalArgumentException.class)
                .hasMessage(OPEN);
    }

    @Test
    void theJsonMappingFailsWithTheRulesMessages() {
        String json = "{\"id\":\"a-1\",\"agency\":\"ag\",\"channel\":\"EPGU\",\"kind\":\"APPEAL\",\"registeredAt\":\"2025-01-10T09:00:00Z\"";
        assertThat(jsonFailure(json + ",\"answeredAt\":\"2025-01-09T09:00:00Z\"}")).isEqualTo("field \"answeredAt\": " + EARLY);
        assertThat(jsonFailure(json + ",\"outcome\":\"REFUSED\"}")).isEqualTo("field \"outcome\": " + OPEN);
    }

    @Test
    void theCsvReaderRejectsWithTheRulesMessagesAndTheInstantsAsWritten() {
        List<Reject> rejects = csvRejects("id,agency,channel,kind,registeredAt,answeredAt,outcome\n"
                + "a-1,ag,EPGU,APPEAL,2025-01-10T09:00:00Z,2025-01-09T09:00:00Z,\n"
                + "a-2,ag,EPGU,APPEAL,2025-01-10T09:00:00Z,,REFUSED\n"
                + "a-3,ag,EPGU,APPEAL,2025-01-10T12:00:00+03:00,2025-01-10T08:59:59Z,\n");
        assertThat(rejects).extracting(Reject::field, Reject::reason).containsExactly(
                org.assertj.core.groups.Tuple.tuple(java.util.Optional.of("answeredAt"), EARLY),
                org.assertj.core.groups.Tuple.tuple(java.util.Optional.of("outcome"), OPEN),
                org.assertj.core.groups.Tuple.tuple(java.util.Optional.of("answeredAt"),
                        "answeredAt 2025-01-10T08:59:59Z is before registeredAt 2025-01-10T12:00:00+03:00"));
    }

    private static String jsonFailure(String json) {
        return catchThrowableOfType(JsonMappingException.class, () -> OtklikJson.mapper().readValue(json, Appeal.class))
                .getOriginalMessage();
    }

    private static List<Reject> csvRejects(String csv) {
        List<Reject> rejects = new ArrayList<>();
        AppealCsvReader.builder().build().read(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), "a.csv",
                RecordHandler.of(a -> { }, rejects::add));
        return rejects;
    }
}
