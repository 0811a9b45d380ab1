package io.github.otklik.core.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.github.otklik.core.agency.Agency;
import io.github.otklik.core.appeal.Appeal;
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
import io.github.otklik.core.response.SurveyResponse;
import io.github.otklik.core.text.LocalizedText;
import io.github.otklik.core.validation.Violation;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Bad input fails with a Jackson mismatch exception that names the field. */
class DeserializationErrorTest {
    private final ObjectMapper mapper = new ObjectMapper().registerModule(new OtklikModule());

    private static final String RESPONSE = Samples.MINIMAL_RESPONSE_JSON;

    private <E extends MismatchedInputException> E failure(Class<E> type, String json, Class<?> target) {
        return catchThrowableOfType(type, () -> mapper.readValue(json, target));
    }

    /** The exception's path as a dotted string ("client.kind", "targets[1].direction"). */
    private static String path(JsonMappingException e) {
        return e.getPath().stream()
                .map(r -> r.getFieldName() != null ? "." + r.getFieldName() : "[" + r.getIndex() + "]")
                .collect(Collectors.joining()).substring(1);
    }

    @Test
    void timestampWithoutOffsetFailsNamingTheField() {
        String json = RESPONSE.replace("2025-04-01T00:00:00.500Z", "2025-03-31T21:30:00");
        InvalidFormatException e = failure(InvalidFormatException.class, json, SurveyResponse.class);
        assertThat(e).isNotNull();
        assertThat(e.getOriginalMessage()).isEqualTo(
                "field \"submittedAt\": timestamp \"2025-03-31T21:30:00\" has no offset (add Z or ±hh:mm)");
        assertThat(path(e)).isEqualTo("submittedAt");
        assertThat(e.getValue()).isEqualTo("2025-03-31T21:30:00");
        assertThat(e.getTargetType()).isEqualTo(Instant.class);
    }

    @Test
    void timestampWithoutOffsetFailsInAppealsAndInstancesToo() {
        InvalidFormatException appeal = failure(InvalidFormatException.class,
                Samples.FULL_APPEAL_JSON.replace("2025-03-20T12:00:00Z", "2025-03-20T12:00:00"), Appeal.class);
        assertThat(appeal.getOriginalMessage()).startsWith("field \"answeredAt\": timestamp").contains("has no offset");
        InvalidFormatException instance = failure(InvalidFormatException.class,
                Samples.MINIMAL_INSTANCE_JSON.replace("2025-02-01T08:00:00Z", "2025-02-01 08:00"), ProcessInstance.class);
        assertThat(instance.getOriginalMessage()).startsWith("field \"startedAt\": malformed timestamp");
    }

    @Test
    void timestampWithOffsetReadsAsTheInstant() throws Exception {
        String json = RESPONSE.replace("2025-04-01T00:00:00.500Z", "2025-04-01T01:30:00+04:00");
        SurveyResponse r = mapper.readValue(json, SurveyResponse.class);
        assertThat(r.submittedAt()).isEqualTo(Instant.parse("2025-03-31T21:30:00Z"));
        assertThat(mapper.writeValueAsString(r)).contains("\"submittedAt\":\"2025-03-31T21:30:00Z\"");
        Appeal a = mapper.readValue(Samples.MINIMAL_APPEAL_JSON.replace("2025-03-01T09:00:00Z", "2025-03-01T12:00:00+03:00"),
                Appeal.class);
        assertThat(a.registeredAt()).isEqualTo(Instant.parse("2025-03-01T09:00:00Z"));
    }

    @Test
    void enumNamesAreCaseSensitive() {
        InvalidFormatException channel = failure(InvalidFormatException.class, RESPONSE.replace("INTRANET", "intranet"),
                SurveyResponse.class);
        assertThat(channel.getOriginalMessage()).startsWith("field \"channel\": unknown value \"intranet\" (expected one of EPGU,");
        assertThat(path(channel)).isEqualTo("channel");

        InvalidFormatException kind = failure(InvalidFormatException.class, RESPONSE.replace("\"INTERNAL\"", "\"Internal\""),
                SurveyResponse.class);
        assertThat(kind.getOriginalMessage()).startsWith("field \"client.kind\": unknown value \"Internal\"");
        assertThat(path(kind)).isEqualTo("client.kind");
        assertThat(kind.getMessage()).contains("SurveyResponse[\"client\"]").contains("Client[\"kind\"]");
    }

    @Test
    void missingRequiredFieldsAreNamedInContractOrder() {
        MismatchedInputException noId = failure(MismatchedInputException.class, RESPONSE.replace("\"id\":\"r-2\",", ""),
                SurveyResponse.class);
        assertThat(noId.getOriginalMessage()).isEqualTo("field \"id\": required field is missing");
        assertThat(path(noId)).isEqualTo("id");

        MismatchedInputException noClient = failure(MismatchedInputException.class,
                RESPONSE.replace("\"client\":{\"kind\":\"INTERNAL\"},", ""), SurveyResponse.class);
        assertThat(noClient.getOriginalMessage()).isEqualTo("field \"client\": required field is missing");

        MismatchedInputException noKind = failure(MismatchedInputException.class,
                RESPONSE.replace("{\"kind\":\"INTERNAL\"}", "{}"), SurveyResponse.class);
        assertThat(noKind.getOriginalMessage()).isEqualTo("field \"client.kind\": required field is missing");
        assertThat(path(noKind)).isEqualTo("client.kind");

        MismatchedInputException several = failure(MismatchedInputException.class, "{\"agency\":\"a\"}", SurveyResponse.class);
        assertThat(path(several)).isEqualTo("id");
    }

    @Test
    void anonymousDefaultsToTrue() throws Exception {
        SurveyResponse r = mapper.readValue(RESPONSE.replace("\"anonymous\":false,", ""), SurveyResponse.class);
        assertThat(r.anonymous()).isTrue();
        assertThat(r).isEqualTo(Samples.minimalResponse().toBuilder().anonymous(true).build());
    }

    @Test
    void answersMayBeAbsent() throws Exception {
        SurveyResponse r = mapper.readValue(RESPONSE.replace(",\"answers\":{}", ""), SurveyResponse.class);
        assertThat(r).isEqualTo(Samples.minimalResponse());
    }

    @Test
    void wrongTypesAreNamed() {
        assertThat(failure(MismatchedInputException.class, RESPONSE.replace("false", "\"no\""), SurveyResponse.class)
                .getOriginalMessage()).isEqualTo("field \"anonymous\": must be a boolean, found a string");
        assertThat(failure(MismatchedInputException.class, RESPONSE.replace("\"answers\":{}", "\"answers\":[]"),
                SurveyResponse.class).getOriginalMessage()).isEqualTo("field \"answers\": must be an object, found an array");
        assertThat(failure(MismatchedInputException.class, RESPONSE.replace("\"formVersion\":\"2\"", "\"formVersion\":2"),
                SurveyResponse.class).getOriginalMessage()).isEqualTo("field \"formVersion\": must be a string, found a number");
        assertThat(failure(MismatchedInputException.class, RESPONSE.replace("\"agency\":\"minsoc\"", "\"agency\":\"minsoc\",\"process\":null"),
                SurveyResponse.class).getOriginalMessage()).isEqualTo("field \"process\": must be a string, found null");
        assertThat(failure(MismatchedInputException.class, RESPONSE.replace("{\"kind\":\"INTERNAL\"}", "\"INTERNAL\""),
                SurveyResponse.class).getOriginalMessage()).isEqualTo("field \"client\": must be an object, found a string");
        assertThat(failure(MismatchedInputException.class, "[]", SurveyResponse.class).getOriginalMessage())
                .isEqualTo("expected a JSON object for SurveyResponse, found an array");
    }

    @Test
    void categoryMustBelongToTheKind() {
        InvalidFormatException e = failure(InvalidFormatException.class,
                RESPONSE.replace("{\"kind\":\"INTERNAL\"}", "{\"kind\":\"INTERNAL\",\"category\":\"CITIZEN\"}"), SurveyResponse.class);
        assertThat(e.getOriginalMessage()).isEqualTo(
                "field \"client.category\": category CITIZEN is not allowed for client kind INTERNAL");
        assertThat(path(e)).isEqualTo("client.category");
        assertThat(failure(InvalidFormatException.class, "{\"kind\":\"EXTERNAL\",\"category\":\"EMPLOYEE\"}", Client.class)
                .getOriginalMessage()).isEqualTo("field \"category\": category EMPLOYEE is not allowed for client kind EXTERNAL");
    }

    @Test
    void unknownPropertiesFollowTheMappersSetting() throws Exception {
        String json = RESPONSE.replace("\"anonymous\"", "\"extra\":{\"x\":[1]},\"anonymous\"");
        UnrecognizedPropertyException e = failure(UnrecognizedPropertyException.class, json, SurveyResponse.class);
        assertThat(e.getPropertyName()).isEqualTo("extra");
        assertThat(e.getKnownPropertyIds()).contains("id", "respondent");
        ObjectMapper lenient = new ObjectMapper().registerModule(new OtklikModule())
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        assertThat(lenient.readValue(json, SurveyResponse.class)).isEqualTo(Samples.minimalResponse());
    }

    @Test
    void repeatedKeysFailWithTheReadyMadeMapper() {
        String json = RESPONSE.replace("\"anonymous\":false", "\"anonymous\":false,\"anonymous\":true");
        JsonProcessingException e = catchThrowableOfType(JsonProcessingException.class,
                () -> OtklikJson.mapper().readValue(json, SurveyResponse.class));
        assertThat(e).hasMessageContaining("Duplicate field 'anonymous'");
        JsonProcessingException inAnswers = catchThrowableOfType(JsonProcessingException.class,
                () -> OtklikJson.mapper().readValue(RESPONSE.replace("\"answers\":{}", "\"answers\":{\"a\":1,\"a\":2}"),
                        SurveyResponse.class));
        assertThat(inAnswers).hasMessageContaining("Duplicate field 'a'");
    }

    @Test
    void appealInvariants() {
        InvalidFormatException early = failure(InvalidFormatException.class,
                Samples.FULL_APPEAL_JSON.replace("2025-03-20T12:00:00Z", "2025-02-20T12:00:00Z"), Appeal.class);
        assertThat(early.getOriginalMessage()).startsWith("field \"answeredAt\": answeredAt 2025-02-20T12:00:00Z is before");
        InvalidFormatException open = failure(InvalidFormatException.class,
                Samples.FULL_APPEAL_JSON.replace("\"answeredAt\":\"2025-03-20T12:00:00Z\",", ""), Appeal.class);
        assertThat(path(open)).isEqualTo("outcome");
        InvalidFormatException due = failure(InvalidFormatException.class,
                Samples.FULL_APPEAL_JSON.replace("2025-03-31", "2025-02-30"), Appeal.class);
        assertThat(due.getOriginalMessage()).isEqualTo("field \"dueDate\": malformed date \"2025-02-30\" (expected YYYY-MM-DD)");
        assertThat(failure(InvalidFormatException.class, Samples.FULL_APPEAL_JSON.replace("COMPLAINT", "ЖАЛОБА"), Appeal.class)
                .getOriginalMessage()).startsWith("field \"kind\": unknown value \"ЖАЛОБА\"");
    }

    @Test
    void processInstanceInvariants() {
        assertThat(failure(InvalidFormatException.class, Samples.FULL_INSTANCE_JSON.replace("\"touches\":2", "\"touches\":0"),
                ProcessInstance.class).getOriginalMessage()).isEqualTo("field \"touches\": touches must be an integer ≥ 1, was \"0\""); // the CSV reader's wording (ProcessInstanceRules)
        assertThat(failure(MismatchedInputException.class, Samples.FULL_INSTANCE_JSON.replace("\"touches\":2", "\"touches\":2.0"),
                ProcessInstance.class).getOriginalMessage()).isEqualTo("field \"touches\": must be an integer, found a number");
        assertThat(failure(MismatchedInputException.class, Samples.FULL_INSTANCE_JSON.replace("\"touches\":2", "\"touches\":\"2\""),
                ProcessInstance.class).getOriginalMessage()).isEqualTo("field \"touches\": must be an integer, found a string");
        assertThat(path(failure(InvalidFormatException.class,
                Samples.FULL_INSTANCE_JSON.replace("2025-02-03T15:30:00Z", "2025-01-03T15:30:00Z"), ProcessInstance.class)))
                .isEqualTo("finishedAt");
        assertThat(path(failure(InvalidFormatException.class,
                Samples.FULL_INSTANCE_JSON.replace("\"finishedAt\":\"2025-02-03T15:30:00Z\",", ""), ProcessInstance.class)))
                .isEqualTo("outcome");
        assertThat(failure(MismatchedInputException.class, Samples.MINIMAL_INSTANCE_JSON.replace(",\"process\":\"svc-042\"", ""),
                ProcessInstance.class).getOriginalMessage()).isEqualTo("field \"process\": required field is missing");
    }

    @Test
    void processRegistryEntryErrors() {
        assertThat(failure(InvalidFormatException.class, Samples.FULL_PROCESS_JSON.replace("12000", "-1"), Process.class)
                .getOriginalMessage()).isEqualTo("field \"annualVolume\": annualVolume must not be negative, was -1");
        assertThat(failure(MismatchedInputException.class, Samples.FULL_PROCESS_JSON.replace("12000", "12000.0"), Process.class)
                .getOriginalMessage()).isEqualTo("field \"annualVolume\": must be an integer, found a number");
        assertThat(failure(InvalidFormatException.class, Samples.FULL_PROCESS_JSON.replace("\"svc-1\"", "\"svc 1\""), Process.class)
                .getOriginalMessage()).isEqualTo("field \"id\": process id is not a valid identifier: \"svc 1\"");

        InvalidFormatException direction = failure(InvalidFormatException.class,
                Samples.FULL_PROCESS_JSON.replace("\"atMost\"", "\"below\""), Process.class);
        assertThat(direction.getOriginalMessage()).isEqualTo(
                "field \"targets[1].direction\": unknown direction \"below\" (expected atLeast or atMost)");
        assertThat(path(direction)).isEqualTo("targets[1].direction");

        MismatchedInputException touchpoint = failure(MismatchedInputException.class,
                Samples.FULL_PROCESS_JSON.replace("\"result\"", "7"), Process.class);
        assertThat(touchpoint.getOriginalMessage()).isEqualTo("field \"touchpoints[1]\": must be a string, found a number");
        assertThat(path(touchpoint)).isEqualTo("touchpoints[1]");

        MismatchedInputException name = failure(MismatchedInputException.class,
                Samples.FULL_PROCESS_JSON.replace("{\"ru\":\"Выдача справки\",", "{"), Process.class);
        assertThat(name.getOriginalMessage()).isEqualTo("field \"name.ru\": required field is missing");
        assertThat(path(name)).isEqualTo("name.ru");

        assertThat(failure(MismatchedInputException.class,
                Samples.FULL_PROCESS_JSON.replace("\"type\":\"SERVICE\",", ""), Process.class).getOriginalMessage())
                .isEqualTo("field \"type\": required field is missing");
    }

    @Test
    void targetIndicatorErrors() {
        assertThat(failure(MismatchedInputException.class,
                "{\"metric\":\"m\",\"target\":\"0.9\",\"direction\":\"atLeast\"}", TargetIndicator.class).getOriginalMessage())
                .isEqualTo("field \"target\": must be a number, found a string");
        assertThat(failure(InvalidFormatException.class,
                "{\"metric\":\"\",\"target\":1,\"direction\":\"atLeast\"}", TargetIndicator.class).getOriginalMessage())
                .isEqualTo("field \"metric\": metric must not be empty");
        assertThat(failure(InvalidFormatException.class,
                "{\"metric\":\"m\",\"target\":1e999,\"direction\":\"atLeast\"}", TargetIndicator.class).getOriginalMessage())
                .startsWith("field \"target\": target must be finite");
        assertThat(failure(InvalidFormatException.class,
                "{\"metric\":\"m\",\"target\":1,\"direction\":\"AT_LEAST\"}", TargetIndicator.class).getOriginalMessage())
                .startsWith("field \"direction\": unknown direction \"AT_LEAST\"");
    }

    @Test
    void reportingPeriodFromALabelOrAnObject() throws Exception {
        assertThat(mapper.readValue("\"2025-Q1\"", ReportingPeriod.class)).isEqualTo(ReportingPeriod.quarter(2025, 1));
        assertThat(mapper.readValue("\"2025-01-01..2025-03-31\"", ReportingPeriod.class))
                .isEqualTo(ReportingPeriod.parse("2025-01-01..2025-03-31"));
        assertThat(mapper.readValue("{\"label\":\"2025-03\"}", ReportingPeriod.class)).isEqualTo(ReportingPeriod.parse("2025-03"));
        // the period object of otklik-metrics/1 carries a zone, which a period does not keep
        assertThat(mapper.readValue("{\"label\":\"2025-Q1\",\"from\":\"2025-01-01\",\"to\":\"2025-03-31\",\"zone\":\"Europe/Samara\"}",
                ReportingPeriod.class)).isEqualTo(ReportingPeriod.quarter(2025, 1));
        assertThat(failure(InvalidFormatException.class, "\"2025-q1\"", ReportingPeriod.class).getOriginalMessage())
                .startsWith("invalid period \"2025-q1\"");
        InvalidFormatException to = failure(InvalidFormatException.class,
                "{\"label\":\"2025-Q1\",\"from\":\"2025-01-01\",\"to\":\"2025-03-30\"}", ReportingPeriod.class);
        assertThat(to.getOriginalMessage()).isEqualTo(
                "field \"to\": to 2025-03-30 is not the last date of period 2025-Q1 (2025-03-31)");
        assertThat(path(failure(InvalidFormatException.class, "{\"label\":\"Q1\"}", ReportingPeriod.class))).isEqualTo("label");
        assertThat(failure(MismatchedInputException.class, "42", ReportingPeriod.class).getOriginalMessage())
                .isEqualTo("expected a JSON object for ReportingPeriod, found a number");
    }

    @Test
    void registryValueErrors() {
        assertThat(failure(InvalidFormatException.class, "{\"id\":\"-x\",\"name\":{\"ru\":\"a\"}}", Agency.class)
                .getOriginalMessage()).isEqualTo("field \"id\": agency id is not a valid identifier: \"-x\"");
        assertThat(failure(MismatchedInputException.class, "{\"id\":\"x\"}", Agency.class).getOriginalMessage())
                .isEqualTo("field \"name\": required field is missing");
        assertThat(failure(MismatchedInputException.class, "{\"id\":\"x\",\"name\":{\"ru\":\"a\"},\"processes\":\"svc\"}",
                LifeSituation.class).getOriginalMessage()).isEqualTo("field \"processes\": must be an array, found a string");
        InvalidFormatException twice = failure(InvalidFormatException.class,
                "{\"id\":\"t\",\"name\":{\"ru\":\"a\"},\"channels\":[\"EPGU\",\"MFC\",\"EPGU\"]}", Touchpoint.class);
        assertThat(twice.getOriginalMessage()).isEqualTo("field \"channels[2]\": channel EPGU is listed twice");
        assertThat(path(twice)).isEqualTo("channels[2]");
        InvalidFormatException lower = failure(InvalidFormatException.class,
                "{\"id\":\"t\",\"name\":{\"ru\":\"a\"},\"channels\":[\"mfc\"]}", Touchpoint.class);
        assertThat(lower.getOriginalMessage()).startsWith("field \"channels[0]\": unknown value \"mfc\"");
        assertThat(path(lower)).isEqualTo("channels[0]");
        assertThat(failure(MismatchedInputException.class, "{\"en\":\"x\"}", LocalizedText.class).getOriginalMessage())
                .isEqualTo("field \"ru\": required field is missing");
        assertThat(failure(MismatchedInputException.class, "{\"path\":\"a\"}", Violation.class).getOriginalMessage())
                .isEqualTo("field \"message\": required field is missing");
    }

    @Test
    void rejectErrors() {
        assertThat(failure(InvalidFormatException.class, Samples.FULL_REJECT_JSON.replace("17", "0"), Reject.class)
                .getOriginalMessage()).isEqualTo("field \"line\": line must be >= 1, was 0");
        assertThat(failure(MismatchedInputException.class, Samples.FULL_REJECT_JSON.replace(",\"reason\":\"value 7 is outside 1..5\"", ""),
                Reject.class).getOriginalMessage()).isEqualTo("field \"reason\": required field is missing");
    }

    @Test
    void listsOfRecordsNameTheElement() {
        String json = "[" + Samples.MINIMAL_APPEAL_JSON + "," + Samples.MINIMAL_APPEAL_JSON.replace("PAPER", "FAX") + "]";
        InvalidFormatException e = catchThrowableOfType(InvalidFormatException.class,
                () -> mapper.readValue(json, mapper.getTypeFactory().constructCollectionType(List.class, Appeal.class)));
        assertThat(e.getPath()).hasSize(2);
        assertThat(e.getPath().get(0).getIndex()).isEqualTo(1);
        assertThat(e.getPath().get(1).getFieldName()).isEqualTo("channel");
    }

    @Test
    void clientCategoryIsOptional() throws Exception {
        assertThat(mapper.readValue("{\"kind\":\"EXTERNAL\"}", Client.class)).isEqualTo(Client.of(ClientKind.EXTERNAL));
        assertThat(mapper.readValue("{\"category\":\"SELF_EMPLOYED\",\"kind\":\"EXTERNAL\"}", Client.class))
                .isEqualTo(Client.of(ClientKind.EXTERNAL, ClientCategory.SELF_EMPLOYED));
    }
}
