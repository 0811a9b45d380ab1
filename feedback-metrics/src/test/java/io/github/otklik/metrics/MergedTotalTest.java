package io.github.otklik.metrics;

import io.github.otklik.core.appeal.Appeal;
import io.github.otklik.core.appeal.AppealKind;
import io.github.otklik.core.channel.Channel;
import io.github.otklik.core.io.RecordSource;
import io.github.otklik.core.period.ReportingPeriod;
import io.github.otklik.core.process.ProcessType;
import io.github.otklik.core.response.SurveyResponse;
import io.github.otklik.forms.FormCatalog;
import io.github.otklik.synthetic.response.ProcessProfile;
import io.github.otklik.synthetic.response.SampleResponses;
import io.github.otklik.metrics.report.MetricsReport;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;

/** With groups, the total group (built by merging the groups) equals the report without groups. */
class MergedTotalTest {
    private static final ReportingPeriod Q1 = ReportingPeriod.parse("2025-Q1");

    @Test
    void totalOfAGroupedReportEqualsTheUngroupedReport() {
        SampleResponses.Builder b = SampleResponses.builder(Q1).seed(3);
        int i = 0;
        for (ProcessType t : ProcessType.values()) {
            b.process(new ProcessProfile("p-" + i++, t, 0.3 + 0.05 * i), 1 + i);
        }
        List<SurveyResponse> responses = b.build().generate(4_000);
        List<Appeal> appeals = new ArrayList<>();
        SplittableRandom r = new SplittableRandom(2);
        for (int k = 0; k < 3_000; k++) {
            Instant at = Instant.parse("2024-12-25T10:00:00Z").plusSeconds(r.nextInt(100 * 86_400));
            Appeal.Builder a = Appeal.builder("a-" + k).agency("minsoc").process("p-" + r.nextInt(5))
                    .channel(Channel.values()[r.nextInt(4)]).kind(AppealKind.values()[r.nextInt(AppealKind.values().length)])
                    .registeredAt(at);
            if (r.nextInt(3) > 0) {
                a.answeredAt(at.plusSeconds(r.nextInt(60 * 86_400)));
            }
            if (r.nextBoolean()) {
                a.topic("t-" + r.nextInt(4));
            }
            if (r.nextBoolean()) {
                a.reason("why-" + r.nextInt(6));
            }
            if (r.nextInt(5) == 0) {
                a.dueDate(LocalDate.of(2025, 2, 1 + r.nextInt(20)));
            }
            appeals.add(a.build());
        }
        MetricsInputs inputs = MetricsInputs.none().withResponses(RecordSource.of("r", responses)).withAppeals(RecordSource.of("a", appeals));
        MetricsReport flat = MetricsEngine.from(MetricsSpec.builder(Q1).build()).run(inputs, x -> { });
        for (List<Dimension> dims : List.of(List.of(Dimension.PROCESS, Dimension.CHANNEL), List.of(Dimension.CHANNEL),
                List.of(Dimension.AGENCY, Dimension.TOPIC, Dimension.CATEGORY))) {
            MetricsReport grouped = MetricsEngine.from(MetricsSpec.builder(Q1).groupBy(dims).build()).run(inputs, x -> { });
            assertThat(grouped.satisfaction().get(0)).isEqualTo(flat.satisfaction().get(0));
            assertThat(grouped.appeals().get(0)).isEqualTo(flat.appeals().get(0));
            assertThat(grouped.satisfaction().size()).isGreaterThan(1);
        }
    }
}
