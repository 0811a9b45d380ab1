package io.github.otklik.beam;

import io.github.otklik.core.appeal.Appeal;
import io.github.otklik.core.io.Reject;
import io.github.otklik.core.process.ProcessInstance;
import io.github.otklik.core.response.SurveyResponse;
import io.github.otklik.forms.FormCatalog;
import io.github.otklik.metrics.Dimension;
import io.github.otklik.metrics.GroupKey;
import org.apache.beam.sdk.coders.Coder;
import org.apache.beam.sdk.util.CoderUtils;
import org.apache.beam.sdk.util.SerializableUtils;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

class CodersTest {
    private static <T> void roundTrips(Coder<T> coder, List<T> values) throws Exception {
        Coder<T> shipped = SerializableUtils.clone(coder);
        for (T v : values) {
            T back = CoderUtils.clone(shipped, v);
            assertThat(back).isEqualTo(v);
            assertThat(CoderUtils.encodeToByteArray(coder, back)).isEqualTo(CoderUtils.encodeToByteArray(coder, v));
        }
    }

    @Test
    void groupKeysAndRejectsHaveDeterministicCoders() throws Exception {
        assertThatCode(() -> GroupKeyCoder.of().verifyDeterministic()).doesNotThrowAnyException();
        assertThatCode(() -> RejectCoder.of().verifyDeterministic()).doesNotThrowAnyException();
        roundTrips(GroupKeyCoder.of(), List.of(GroupKey.total(),
                GroupKey.of(List.of(Dimension.PROCESS), List.of("svc-1")),
                GroupKey.of(List.of(Dimension.FORM, Dimension.CLIENT_KIND, Dimension.TOPIC), List.of("EXT-1", "EXTERNAL", "Жильё"))));
        assertThat(CoderUtils.encodeToByteArray(GroupKeyCoder.of(), GroupKey.of(List.of(Dimension.PROCESS), List.of("a"))))
                .isNotEqualTo(CoderUtils.encodeToByteArray(GroupKeyCoder.of(), GroupKey.of(List.of(Dimension.AGENCY), List.of("a"))));
        roundTrips(RejectCoder.of(), List.of(Reject.of("responses.jsonl", 17, "r-17", "answers.overall", "value 7 is outside 1..5"),
                Reject.of("appeals.csv", 3, "row has 3 fields, the header has 12")));
    }

    @Test
    void recordsRoundTripThroughTheirJson() throws Exception {
        List<SurveyResponse> responses = Records.responses(300, FormCatalog.standard());
        assertThat(responses.stream().filter(r -> r.respondent().isPresent())).isNotEmpty();
        roundTrips(OtklikJsonCoder.responses(), responses);
        List<Appeal> appeals = Records.appeals(300);
        roundTrips(OtklikJsonCoder.appeals(), appeals);
        List<ProcessInstance> processes = Records.processes(300);
        roundTrips(OtklikJsonCoder.processInstances(), processes);
    }

    @Test
    void appealTextsSurviveTheCsvReaderAndTheCoder() throws Exception {
        String csv = "id,agency,process,channel,kind,registeredAt,text\n"
                + "a-1,minsoc,svc-1,MFC,COMPLAINT,2025-02-01T10:00:00Z,\"Очередь два часа, \"\"талон\"\" не работает\"\n"
                + "a-2,minsoc,svc-1,EPGU,APPEAL,2025-02-02T10:00:00Z,\"  строка\nи вторая  \"\n"
                + "a-3,minsoc,,PAPER,REQUEST,2025-02-03T10:00:00Z,\n";
        List<Appeal> read = Records.read(csv, (in, h) -> RecordInput.appeals()
                .read(io.github.otklik.metrics.MetricsSpec.builder(io.github.otklik.core.period.ReportingPeriod.parse("2025-Q1")).build(), in, "a.csv", h));

        assertThat(read).extracting(a -> a.text().orElse(null))
                .containsExactly("Очередь два часа, \"талон\" не работает", "  строка\nи вторая  ", null);
        roundTrips(OtklikJsonCoder.appeals(), read);
        Appeal back = CoderUtils.clone(SerializableUtils.clone(OtklikJsonCoder.appeals()), read.get(1));
        assertThat(back.text()).contains("  строка\nи вторая  ");
        assertThat(new String(CoderUtils.encodeToByteArray(OtklikJsonCoder.appeals(), read.get(0)), java.nio.charset.StandardCharsets.UTF_8))
                .contains("\"text\":");
    }

    @Test
    void positionsOrderByPathThenLine() throws Exception {
        List<Position> ps = new java.util.ArrayList<>(List.of(new Position("/d/b.csv", "b.csv", 2), new Position("/d/a.csv", "a.csv", 9),
                new Position("/d/b.csv", "b.csv", 1)));
        ps.sort(Position.ORDER);
        assertThat(ps).extracting(Position::path, Position::line)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("/d/a.csv", 9L), org.assertj.core.groups.Tuple.tuple("/d/b.csv", 1L),
                        org.assertj.core.groups.Tuple.tuple("/d/b.csv", 2L));
        roundTrips(Position.Coder.INSTANCE, ps);
    }

    @Test
    void theRespondentsPersonalDataIsDroppedRightAfterReading() {
        RecordInput<SurveyResponse, ?> in = RecordInput.responses();
        for (SurveyResponse r : Records.responses(100, FormCatalog.standard())) {
            SurveyResponse kept = in.kept(r);
            assertThat(kept.respondent()).isEmpty();
            assertThat(kept.toBuilder().build()).isEqualTo(r.respondent().isPresent() ? kept : r);
            assertThat(List.of(kept.id(), kept.form(), kept.formVersion(), kept.submittedAt(), kept.agency(), kept.process(),
                    kept.channel(), kept.client(), kept.anonymous(), kept.answers()))
                    .isEqualTo(List.of(r.id(), r.form(), r.formVersion(), r.submittedAt(), r.agency(), r.process(),
                            r.channel(), r.client(), r.anonymous(), r.answers()));
        }
    }
}
