package io.github.otklik.core.json;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.otklik.core.agency.Agency;
import io.github.otklik.core.appeal.Appeal;
import io.github.otklik.core.channel.Channel;
import io.github.otklik.core.client.Client;
import io.github.otklik.core.client.ClientCategory;
import io.github.otklik.core.client.ClientKind;
import io.github.otklik.core.io.Reject;
import io.github.otklik.core.period.ReportingPeriod;
import io.github.otklik.core.process.LifeSituation;
import io.github.otklik.core.process.Process;
import io.github.otklik.core.process.ProcessInstance;
import io.github.otklik.core.process.TargetIndicator;
import io.github.otklik.core.process.Touchpoint;
import io.github.otklik.core.response.AnswerValue;
import io.github.otklik.core.response.SurveyResponse;
import io.github.otklik.core.text.LocalizedText;
import io.github.otklik.core.validation.Violation;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * For every mapped type: object → JSON is the canonical text, JSON → object equals the original,
 * and JSON → object → JSON gives the original text back.
 */
class RoundTripTest {
    private final ObjectMapper mapper = new ObjectMapper().registerModule(new OtklikModule());

    private <T> void assertRoundTrip(T value, Class<T> type, String canonicalJson) throws Exception {
        assertRoundTrip(value, mapper.constructType(type), canonicalJson);
    }

    private <T> void assertRoundTrip(T value, JavaType type, String canonicalJson) throws Exception {
        String written = mapper.writerFor(type).writeValueAsString(value);
        assertThat(written).isEqualTo(canonicalJson);
        Object read = mapper.readValue(written, type);
        assertThat(read).isEqualTo(value);
        Object fromCanonical = mapper.readValue(canonicalJson, type);
        assertThat(mapper.writerFor(type).writeValueAsString(fromCanonical)).isEqualTo(canonicalJson);
    }

    @Test
    void surveyResponse() throws Exception {
        assertRoundTrip(Samples.fullResponse(), SurveyResponse.class, Samples.FULL_RESPONSE_JSON);
        assertRoundTrip(Samples.minimalResponse(), SurveyResponse.class, Samples.MINIMAL_RESPONSE_JSON);
    }

    @Test
    void answerValues() throws Exception {
        assertRoundTrip(AnswerValue.of(4), AnswerValue.class, "4");
        assertRoundTrip(new AnswerValue.DecimalValue(new BigDecimal("4.0")), AnswerValue.class, "4.0");
        assertRoundTrip(AnswerValue.of("4"), AnswerValue.class, "\"4\"");
        assertRoundTrip(AnswerValue.of(true), AnswerValue.class, "true");
        assertRoundTrip(AnswerValue.of(false), AnswerValue.class, "false");
        assertRoundTrip(AnswerValue.NullValue.INSTANCE, AnswerValue.class, "null");
        assertRoundTrip(new AnswerValue.DecimalValue(new BigDecimal("-0.000001")), AnswerValue.class, "-0.000001");
        assertRoundTrip(new AnswerValue.DecimalValue(new BigDecimal("1E-7")), AnswerValue.class, "1E-7");
        assertRoundTrip(new AnswerValue.DecimalValue(new BigDecimal("1E+3")), AnswerValue.class, "1E+3");
        assertRoundTrip(new AnswerValue.DecimalValue(new BigDecimal(new BigInteger("123456789012345678901234567890"))),
                AnswerValue.class, "123456789012345678901234567890");
        assertRoundTrip(AnswerValue.of(Long.MIN_VALUE), AnswerValue.class, Long.toString(Long.MIN_VALUE));
        Map<String, AnswerValue> fields = new LinkedHashMap<>();
        fields.put("z", new AnswerValue.ArrayValue(List.of(AnswerValue.of(1), AnswerValue.of("a"),
                new AnswerValue.ArrayValue(List.of()), AnswerValue.NullValue.INSTANCE)));
        fields.put("a", new AnswerValue.ObjectValue(Map.of()));
        assertRoundTrip(new AnswerValue.ObjectValue(fields), AnswerValue.class, "{\"z\":[1,\"a\",[],null],\"a\":{}}");
    }

    @Test
    void answerMapsAndLists() throws Exception {
        Map<String, AnswerValue> answers = new LinkedHashMap<>();
        answers.put("overall", AnswerValue.of(4));
        answers.put("none", AnswerValue.NullValue.INSTANCE);
        answers.put("multi", AnswerValue.ofStrings(List.of("a", "b")));
        assertRoundTrip(answers, mapper.constructType(new TypeReference<Map<String, AnswerValue>>() { }),
                "{\"overall\":4,\"none\":null,\"multi\":[\"a\",\"b\"]}");
        List<AnswerValue> list = List.of(AnswerValue.of(1), AnswerValue.NullValue.INSTANCE,
                new AnswerValue.DecimalValue(new BigDecimal("1.50")));
        assertRoundTrip(list, mapper.constructType(new TypeReference<List<AnswerValue>>() { }), "[1,null,1.50]");
    }

    @Test
    void appeal() throws Exception {
        assertRoundTrip(Samples.fullAppeal(), Appeal.class, Samples.FULL_APPEAL_JSON);
        assertRoundTrip(Samples.minimalAppeal(), Appeal.class, Samples.MINIMAL_APPEAL_JSON);
    }

    @Test
    void processInstance() throws Exception {
        assertRoundTrip(Samples.fullInstance(), ProcessInstance.class, Samples.FULL_INSTANCE_JSON);
        assertRoundTrip(Samples.minimalInstance(), ProcessInstance.class, Samples.MINIMAL_INSTANCE_JSON);
    }

    @Test
    void process() throws Exception {
        assertRoundTrip(Samples.fullProcess(), Process.class, Samples.FULL_PROCESS_JSON);
        assertRoundTrip(Samples.minimalProcess(), Process.class, Samples.MINIMAL_PROCESS_JSON);
    }

    @Test
    void processRegistry() throws Exception {
        assertRoundTrip(List.of(Samples.fullProcess(), Samples.minimalProcess()),
                mapper.constructType(new TypeReference<List<Process>>() { }),
                "[" + Samples.FULL_PROCESS_JSON + "," + Samples.MINIMAL_PROCESS_JSON + "]");
    }

    @Test
    void localizedText() throws Exception {
        assertRoundTrip(LocalizedText.of("Отдел", "Unit"), LocalizedText.class, "{\"ru\":\"Отдел\",\"en\":\"Unit\"}");
        assertRoundTrip(LocalizedText.of("Отдел"), LocalizedText.class, "{\"ru\":\"Отдел\"}");
        assertRoundTrip(LocalizedText.of(""), LocalizedText.class, "{\"ru\":\"\"}");
    }

    @Test
    void client() throws Exception {
        assertRoundTrip(Client.of(ClientKind.EXTERNAL, ClientCategory.LEGAL_ENTITY), Client.class,
                "{\"kind\":\"EXTERNAL\",\"category\":\"LEGAL_ENTITY\"}");
        assertRoundTrip(Client.of(ClientKind.INTERNAL, ClientCategory.EMPLOYEE), Client.class,
                "{\"kind\":\"INTERNAL\",\"category\":\"EMPLOYEE\"}");
        assertRoundTrip(Client.of(ClientKind.INTERNAL), Client.class, "{\"kind\":\"INTERNAL\"}");
    }

    @Test
    void targetIndicator() throws Exception {
        assertRoundTrip(new TargetIndicator("processes.negativeShare", 0.05, TargetIndicator.Direction.AT_MOST),
                TargetIndicator.class, "{\"metric\":\"processes.negativeShare\",\"target\":0.05,\"direction\":\"atMost\"}");
        assertRoundTrip(new TargetIndicator("satisfaction.overall.share", -1.5E-7, TargetIndicator.Direction.AT_LEAST),
                TargetIndicator.class, "{\"metric\":\"satisfaction.overall.share\",\"target\":-1.5E-7,\"direction\":\"atLeast\"}");
    }

    @Test
    void reportingPeriod() throws Exception {
        assertRoundTrip(ReportingPeriod.quarter(2025, 1), ReportingPeriod.class,
                "{\"label\":\"2025-Q1\",\"from\":\"2025-01-01\",\"to\":\"2025-03-31\"}");
        assertRoundTrip(ReportingPeriod.year(2024), ReportingPeriod.class,
                "{\"label\":\"2024\",\"from\":\"2024-01-01\",\"to\":\"2024-12-31\"}");
        assertRoundTrip(ReportingPeriod.month(YearMonth.of(2024, 2)), ReportingPeriod.class,
                "{\"label\":\"2024-02\",\"from\":\"2024-02-01\",\"to\":\"2024-02-29\"}");
        assertRoundTrip(ReportingPeriod.range(LocalDate.of(2025, 1, 15), LocalDate.of(2025, 2, 14)), ReportingPeriod.class,
                "{\"label\":\"2025-01-15..2025-02-14\",\"from\":\"2025-01-15\",\"to\":\"2025-02-14\"}");
    }

    @Test
    void agency() throws Exception {
        assertRoundTrip(Samples.agency(), Agency.class, Samples.AGENCY_JSON);
        assertRoundTrip(new Agency("mvd.r63", LocalizedText.of("ГУ МВД")), Agency.class,
                "{\"id\":\"mvd.r63\",\"name\":{\"ru\":\"ГУ МВД\"}}");
    }

    @Test
    void lifeSituation() throws Exception {
        assertRoundTrip(new LifeSituation("birth", LocalizedText.of("Рождение ребёнка", "Birth of a child"), List.of("svc-1", "svc-2")),
                LifeSituation.class,
                "{\"id\":\"birth\",\"name\":{\"ru\":\"Рождение ребёнка\",\"en\":\"Birth of a child\"},\"processes\":[\"svc-1\",\"svc-2\"]}");
        assertRoundTrip(new LifeSituation("retire", LocalizedText.of("Выход на пенсию"), List.of()), LifeSituation.class,
                "{\"id\":\"retire\",\"name\":{\"ru\":\"Выход на пенсию\"},\"processes\":[]}");
    }

    @Test
    void touchpoint() throws Exception {
        // channels are a set: written in enum declaration order whatever the set's iteration order
        assertRoundTrip(new Touchpoint("apply", LocalizedText.of("Подача заявления"), Set.of(Channel.PAPER, Channel.EPGU, Channel.MFC)),
                Touchpoint.class, "{\"id\":\"apply\",\"name\":{\"ru\":\"Подача заявления\"},\"channels\":[\"EPGU\",\"MFC\",\"PAPER\"]}");
        assertRoundTrip(new Touchpoint("all", LocalizedText.of("Все"), EnumSet.allOf(Channel.class)), Touchpoint.class,
                "{\"id\":\"all\",\"name\":{\"ru\":\"Все\"},\"channels\":[\"EPGU\",\"REGIONAL_PORTAL\",\"OFFICIAL_SITE\","
                        + "\"SOCIAL_NETWORK\",\"MESSENGER\",\"MOBILE_APP\",\"HOTLINE\",\"EMAIL\",\"IN_PERSON\",\"MFC\",\"PAPER\","
                        + "\"MAILBOX\",\"INFORMATION_SYSTEM\",\"INTRANET\",\"RESEARCH\",\"OTHER\"]}");
        assertRoundTrip(new Touchpoint("none", LocalizedText.of("Нет"), Set.of()), Touchpoint.class,
                "{\"id\":\"none\",\"name\":{\"ru\":\"Нет\"},\"channels\":[]}");
    }

    @Test
    void reject() throws Exception {
        assertRoundTrip(Samples.fullReject(), Reject.class, Samples.FULL_REJECT_JSON);
        assertRoundTrip(Samples.minimalReject(), Reject.class, Samples.MINIMAL_REJECT_JSON);
        assertRoundTrip(Reject.of("x.csv", 3, null, "dueDate", "malformed date"), Reject.class,
                "{\"source\":\"x.csv\",\"line\":3,\"field\":\"dueDate\",\"reason\":\"malformed date\"}");
    }

    @Test
    void violation() throws Exception {
        assertRoundTrip(new Violation("client.kind", "required field is missing"), Violation.class,
                "{\"path\":\"client.kind\",\"message\":\"required field is missing\"}");
        assertRoundTrip(new Violation("", "line is not a JSON object"), Violation.class,
                "{\"path\":\"\",\"message\":\"line is not a JSON object\"}");
    }
}
