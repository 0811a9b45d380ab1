package io.github.otklik.core.json;

import io.github.otklik.core.agency.Agency;
import io.github.otklik.core.appeal.Appeal;
import io.github.otklik.core.appeal.AppealKind;
import io.github.otklik.core.appeal.AppealOutcome;
import io.github.otklik.core.channel.Channel;
import io.github.otklik.core.client.Client;
import io.github.otklik.core.client.ClientCategory;
import io.github.otklik.core.client.ClientKind;
import io.github.otklik.core.io.Reject;
import io.github.otklik.core.process.Process;
import io.github.otklik.core.process.ProcessInstance;
import io.github.otklik.core.process.ProcessOutcome;
import io.github.otklik.core.process.ProcessType;
import io.github.otklik.core.process.TargetIndicator;
import io.github.otklik.core.response.AnswerValue;
import io.github.otklik.core.response.SurveyResponse;
import io.github.otklik.core.text.LocalizedText;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Domain objects with their canonical contract JSON, shared by the tests. */
final class Samples {
    private Samples() {
    }

    static final String FULL_RESPONSE_JSON = "{\"id\":\"r-1\",\"form\":\"EXT-1\",\"formVersion\":\"1\","
            + "\"submittedAt\":\"2025-03-31T21:30:00Z\",\"agency\":\"minsoc\",\"process\":\"svc-042\",\"channel\":\"EPGU\","
            + "\"client\":{\"kind\":\"EXTERNAL\",\"category\":\"CITIZEN\"},\"anonymous\":true,"
            + "\"answers\":{\"used\":\"yes\",\"overall\":4,\"time\":\"dk\",\"problems\":[\"queue\",\"docs\"],"
            + "\"score\":4.0,\"comment\":\"Очередь \\\"долгая\\\"\\n😀\"},"
            + "\"respondent\":{\"name\":\"Иван\",\"phone\":null,\"extra\":{\"age\":42}}}";

    static SurveyResponse fullResponse() {
        Map<String, AnswerValue> respondent = new LinkedHashMap<>();
        respondent.put("name", AnswerValue.of("Иван"));
        respondent.put("phone", AnswerValue.NullValue.INSTANCE);
        respondent.put("extra", new AnswerValue.ObjectValue(Map.of("age", AnswerValue.of(42))));
        return SurveyResponse.builder("r-1")
                .form("EXT-1", "1")
                .submittedAt(Instant.parse("2025-03-31T21:30:00Z"))
                .agency("minsoc")
                .process("svc-042")
                .channel(Channel.EPGU)
                .client(Client.of(ClientKind.EXTERNAL, ClientCategory.CITIZEN))
                .answer("used", AnswerValue.of("yes"))
                .answer("overall", AnswerValue.of(4))
                .answer("time", AnswerValue.of("dk"))
                .answer("problems", AnswerValue.ofStrings(List.of("queue", "docs")))
                .answer("score", new AnswerValue.DecimalValue(new BigDecimal("4.0")))
                .answer("comment", AnswerValue.of("Очередь \"долгая\"\n😀"))
                .respondent(respondent)
                .build();
    }

    static final String MINIMAL_RESPONSE_JSON = "{\"id\":\"r-2\",\"form\":\"INT-1\",\"formVersion\":\"2\","
            + "\"submittedAt\":\"2025-04-01T00:00:00.500Z\",\"agency\":\"minsoc\",\"channel\":\"INTRANET\","
            + "\"client\":{\"kind\":\"INTERNAL\"},\"anonymous\":false,\"answers\":{}}";

    static SurveyResponse minimalResponse() {
        return SurveyResponse.builder("r-2")
                .form("INT-1", "2")
                .submittedAt(Instant.parse("2025-04-01T00:00:00.5Z"))
                .agency("minsoc")
                .channel(Channel.INTRANET)
                .client(Client.of(ClientKind.INTERNAL))
                .anonymous(false)
                .build();
    }

    static final String FULL_APPEAL_JSON = "{\"id\":\"a-1\",\"agency\":\"minsoc\",\"process\":\"svc-042\",\"channel\":\"EMAIL\","
            + "\"kind\":\"COMPLAINT\",\"topic\":\"t.01\",\"reason\":\"queue\",\"registeredAt\":\"2025-03-01T09:00:00Z\","
            + "\"answeredAt\":\"2025-03-20T12:00:00Z\",\"dueDate\":\"2025-03-31\",\"outcome\":\"RESOLVED\"}";

    static Appeal fullAppeal() {
        return Appeal.builder("a-1").agency("minsoc").process("svc-042").channel(Channel.EMAIL)
                .kind(AppealKind.COMPLAINT).topic("t.01").reason("queue")
                .registeredAt(Instant.parse("2025-03-01T09:00:00Z"))
                .answeredAt(Instant.parse("2025-03-20T12:00:00Z"))
                .dueDate(LocalDate.of(2025, 3, 31))
                .outcome(AppealOutcome.RESOLVED)
                .build();
    }

    static final String MINIMAL_APPEAL_JSON = "{\"id\":\"a-2\",\"agency\":\"minsoc\",\"channel\":\"PAPER\",\"kind\":\"APPEAL\","
            + "\"registeredAt\":\"2025-03-01T09:00:00Z\"}";

    static Appeal minimalAppeal() {
        return Appeal.builder("a-2").agency("minsoc").channel(Channel.PAPER).kind(AppealKind.APPEAL)
                .registeredAt(Instant.parse("2025-03-01T09:00:00Z")).build();
    }

    static final String FULL_INSTANCE_JSON = "{\"id\":\"pi-1\",\"agency\":\"minsoc\",\"process\":\"svc-042\",\"channel\":\"MFC\","
            + "\"startedAt\":\"2025-02-01T08:00:00Z\",\"finishedAt\":\"2025-02-03T15:30:00Z\",\"touches\":2,"
            + "\"outcome\":\"NEGATIVE\",\"negativeReason\":\"missing-docs\"}";

    static ProcessInstance fullInstance() {
        return ProcessInstance.builder("pi-1").agency("minsoc").process("svc-042").channel(Channel.MFC)
                .startedAt(Instant.parse("2025-02-01T08:00:00Z"))
                .finishedAt(Instant.parse("2025-02-03T15:30:00Z"))
                .touches(2).outcome(ProcessOutcome.NEGATIVE).negativeReason("missing-docs")
                .build();
    }

    static final String MINIMAL_INSTANCE_JSON = "{\"id\":\"pi-2\",\"agency\":\"minsoc\",\"process\":\"svc-042\","
            + "\"startedAt\":\"2025-02-01T08:00:00Z\"}";

    static ProcessInstance minimalInstance() {
        return ProcessInstance.builder("pi-2").agency("minsoc").process("svc-042")
                .startedAt(Instant.parse("2025-02-01T08:00:00Z")).build();
    }

    static final String FULL_PROCESS_JSON = "{\"id\":\"svc-1\",\"name\":{\"ru\":\"Выдача справки\",\"en\":\"Certificate issue\"},"
            + "\"type\":\"SERVICE\",\"group\":\"Соцподдержка\",\"touchpoints\":[\"apply\",\"result\"],"
            + "\"lifeSituations\":[\"birth\"],\"owner\":\"Отдел 1\",\"annualVolume\":12000,"
            + "\"targets\":[{\"metric\":\"satisfaction.overall.share\",\"target\":0.9,\"direction\":\"atLeast\"},"
            + "{\"metric\":\"appeals.waitDays.p90\",\"target\":10.0,\"direction\":\"atMost\"}]}";

    static Process fullProcess() {
        return Process.builder("svc-1", LocalizedText.of("Выдача справки", "Certificate issue"), ProcessType.SERVICE)
                .group("Соцподдержка")
                .touchpoint("apply").touchpoint("result")
                .lifeSituation("birth")
                .owner("Отдел 1")
                .annualVolume(12000)
                .target(new TargetIndicator("satisfaction.overall.share", 0.9, TargetIndicator.Direction.AT_LEAST))
                .target(new TargetIndicator("appeals.waitDays.p90", 10, TargetIndicator.Direction.AT_MOST))
                .build();
    }

    static final String MINIMAL_PROCESS_JSON = "{\"id\":\"fn-2\",\"name\":{\"ru\":\"Контроль\"},\"type\":\"CONTROL\","
            + "\"touchpoints\":[],\"lifeSituations\":[]}";

    static Process minimalProcess() {
        return Process.builder("fn-2", LocalizedText.of("Контроль"), ProcessType.CONTROL).build();
    }

    static final String FULL_REJECT_JSON = "{\"source\":\"responses.jsonl\",\"line\":17,\"id\":\"r-17\","
            + "\"field\":\"answers.overall\",\"reason\":\"value 7 is outside 1..5\"}";

    static Reject fullReject() {
        return Reject.of("responses.jsonl", 17, "r-17", "answers.overall", "value 7 is outside 1..5");
    }

    static final String MINIMAL_REJECT_JSON = "{\"source\":\"appeals.csv\",\"line\":1,\"reason\":\"header lacks column id\"}";

    static Reject minimalReject() {
        return Reject.of("appeals.csv", 1, "header lacks column id");
    }

    static final String AGENCY_JSON = "{\"id\":\"minsoc\",\"name\":{\"ru\":\"Министерство\",\"en\":\"Ministry\"}}";

    static Agency agency() {
        return new Agency("minsoc", LocalizedText.of("Министерство", "Ministry"));
    }
}
