package io.github.otklik.core.json;

import com.fasterxml.jackson.databind.module.SimpleModule;
import io.github.otklik.core.agency.Agency;
import io.github.otklik.core.appeal.Appeal;
import io.github.otklik.core.client.Client;
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

/**
 * Jackson module {@code "otklik"}: the contract JSON of {@code spec/formats.md} and {@code
 * spec/painmap.md} for the domain types; it only adds (de)serializers and keeps no global state.
 */
public final class OtklikModule extends SimpleModule {
    /** The module's name, also its registration id: registering it twice has no further effect. */
    public static final String NAME = "otklik";

    /** Creates the module. */
    public OtklikModule() {
        super(NAME);
        addSerializer(SurveyResponse.class, SurveyResponseSerializer.INSTANCE);
        addDeserializer(SurveyResponse.class, SurveyResponseDeserializer.INSTANCE);
        addSerializer(AnswerValue.class, AnswerValueSerializer.INSTANCE);
        addDeserializer(AnswerValue.class, AnswerValueDeserializer.INSTANCE);
        addSerializer(Appeal.class, AppealSerializer.INSTANCE);
        addDeserializer(Appeal.class, AppealDeserializer.INSTANCE);
        addSerializer(ProcessInstance.class, ProcessInstanceSerializer.INSTANCE);
        addDeserializer(ProcessInstance.class, ProcessInstanceDeserializer.INSTANCE);
        addSerializer(Process.class, ProcessSerializer.INSTANCE);
        addDeserializer(Process.class, ProcessDeserializer.INSTANCE);
        addSerializer(LocalizedText.class, LocalizedTextSerializer.INSTANCE);
        addDeserializer(LocalizedText.class, LocalizedTextDeserializer.INSTANCE);
        addSerializer(Client.class, ClientSerializer.INSTANCE);
        addDeserializer(Client.class, ClientDeserializer.INSTANCE);
        addSerializer(TargetIndicator.class, TargetIndicatorSerializer.INSTANCE);
        addDeserializer(TargetIndicator.class, TargetIndicatorDeserializer.INSTANCE);
        addSerializer(ReportingPeriod.class, ReportingPeriodSerializer.INSTANCE);
        addDeserializer(ReportingPeriod.class, ReportingPeriodDeserializer.INSTANCE);
        addSerializer(Agency.class, AgencySerializer.INSTANCE);
        addDeserializer(Agency.class, AgencyDeserializer.INSTANCE);
        addSerializer(LifeSituation.class, LifeSituationSerializer.INSTANCE);
        addDeserializer(LifeSituation.class, LifeSituationDeserializer.INSTANCE);
        addSerializer(Touchpoint.class, TouchpointSerializer.INSTANCE);
        addDeserializer(Touchpoint.class, TouchpointDeserializer.INSTANCE);
        addSerializer(Reject.class, RejectSerializer.INSTANCE);
        addDeserializer(Reject.class, RejectDeserializer.INSTANCE);
        addSerializer(Violation.class, ViolationSerializer.INSTANCE);
        addDeserializer(Violation.class, ViolationDeserializer.INSTANCE);
    }
}
