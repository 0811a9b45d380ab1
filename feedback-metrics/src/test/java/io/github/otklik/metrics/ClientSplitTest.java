package io.github.otklik.metrics;

import io.github.otklik.core.channel.Channel;
import io.github.otklik.core.io.RecordSource;
import io.github.otklik.core.period.ReportingPeriod;
import io.github.otklik.core.process.Process;
import io.github.otklik.core.process.ProcessInstance;
import io.github.otklik.core.process.ProcessRegistry;
import io.github.otklik.core.process.ProcessType;
import io.github.otklik.core.response.SurveyResponse;
import io.github.otklik.core.text.LocalizedText;
import io.github.otklik.metrics.disclosure.Disclosure;
import io.github.otklik.metrics.report.MetricsJson;
import io.github.otklik.metrics.report.MetricsReport;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** External and internal clients apart: one pass, three reports; mixing would change the headline. */
class ClientSplitTest {
    private static final ReportingPeriod Q1 = ReportingPeriod.parse("2025-Q1");

    private static MetricsInputs data() {
        List<SurveyResponse> rs = new ArrayList<>();
        for (int i = 0; i < 8; i++) { // external: 6 of 8 satisfied
            rs.add(Fixtures.ext("svc", Channel.EPGU, "2025-02-01T10:00:00Z", "used", "yes", "overall", i < 6 ? 5 : 1));
        }
        for (int i = 0; i < 12; i++) { // employees: 1 of 12 satisfied
            rs.add(Fixtures.internal("2025-02-01T10:00:00Z", "overall", i == 0 ? 3 : 1));
        }
        List<ProcessInstance> ps = List.of(
                ProcessInstance.builder("p-1").agency("ag").process("svc").startedAt(Instant.parse("2025-02-01T10:00:00Z")).build(),
                ProcessInstance.builder("p-2").agency("ag").process("hr").startedAt(Instant.parse("2025-02-01T10:00:00Z")).build());
        return MetricsInputs.none().withResponses(RecordSource.of("r", rs)).withProcesses(RecordSource.of("p", ps))
                .withAppeals(RecordSource.of("a", List.of(Fixtures.appeal("svc", io.github.otklik.core.appeal.AppealKind.APPEAL, null,
                        "2025-02-01T10:00:00Z", null, null, null))));
    }

    private static MetricsSpecBuilder spec() {
        return MetricsSpec.builder(Q1).forms(Fixtures.CATALOG).registry(ProcessRegistry.of(List.of(
                Process.builder("hr", LocalizedText.of("Кадры", "HR"), ProcessType.INTERNAL).build())));
    }

    private static double share(MetricsReport r) {
        return r.satisfactionTotal().orElseThrow().overall().share().getAsDouble();
    }

    @Test
    void theHeadlineOfExternalClientsIsNotMixedWithEmployees() {
        ClientSplit split = MetricsEngine.from(spec().build()).runByClients(data(), r -> { });
        assertThat(share(split.all())).isEqualTo(7.0 / 20);
        assertThat(share(split.external())).isEqualTo(6.0 / 8);
        assertThat(share(split.internal().orElseThrow())).isEqualTo(1.0 / 12);
        assertThat(split.external().processes().get(0).figures().instances()).isEqualTo(1);
        assertThat(split.internal().orElseThrow().processes().get(0).figures().instances()).isEqualTo(1);
        assertThat(split.external().appeals().get(0).figures().total()).isEqualTo(1);
        assertThat(split.internal().orElseThrow().appeals().get(0).figures().total()).isZero();
        // the whole equals an ordinary run, and every report counts the same inputs
        assertThat(MetricsJson.toJson(split.all())).isEqualTo(MetricsJson.toJson(MetricsEngine.from(spec().build()).run(data(), r -> { })));
        assertThat(split.external().inputs()).isEqualTo(split.all().inputs());
    }

    @Test
    void aPublicEditionHasNoInternalReport() {
        ClientSplit split = MetricsEngine.from(spec().disclosure(Disclosure.publicEdition()).build()).runByClients(data(), r -> { });
        assertThat(split.internal()).isEmpty();
        assertThat(share(split.external())).isEqualTo(6.0 / 8);
        assertThatThrownBy(() -> spec().disclosure(Disclosure.publicEdition()).clients(ClientScope.INTERNAL).build())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("internal clients");
    }
}
