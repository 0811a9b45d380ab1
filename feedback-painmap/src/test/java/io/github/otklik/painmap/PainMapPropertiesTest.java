package io.github.otklik.painmap;

import io.github.otklik.core.text.Language;
import io.github.otklik.core.appeal.Appeal;
import io.github.otklik.core.appeal.AppealKind;
import io.github.otklik.core.channel.Channel;
import io.github.otklik.core.client.Client;
import io.github.otklik.core.client.ClientCategory;
import io.github.otklik.core.client.ClientKind;
import io.github.otklik.core.process.ProcessInstance;
import io.github.otklik.core.process.ProcessOutcome;
import io.github.otklik.core.response.AnswerValue;
import io.github.otklik.core.response.SurveyResponse;
import io.github.otklik.metrics.report.MetricsReport;
import io.github.otklik.painmap.build.ManualEntry;
import io.github.otklik.painmap.build.PainMapBuilder;
import io.github.otklik.painmap.build.ProblemTitles;
import io.github.otklik.painmap.export.PainMapCsv;
import io.github.otklik.painmap.export.PainMapJson;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

/** Laws of the pain map, checked on generated data. */
class PainMapPropertiesTest {
    private static final String[] PROCESSES = {"svc-a", "svc-b", "svc-c"};
    private static final String[] PROBLEMS = {"queue", "docs", "site"};
    private static final String[] REASONS = {"queue", "docs", "rudeness", "late"};

    /** Random but valid records of 2025-Q1 (and a few outside it), from {@code seed}. */
    private static Records records(long seed) {
        Random r = new Random(seed);
        List<SurveyResponse> responses = new ArrayList<>();
        int n = r.nextInt(120);
        for (int i = 0; i < n; i++) {
            Map<String, AnswerValue> a = new LinkedHashMap<>();
            a.put("used", AnswerValue.of("yes"));
            int overall = 1 + r.nextInt(5);
            a.put("overall", AnswerValue.of(overall));
            if (r.nextBoolean()) {
                a.put("speed", AnswerValue.of(1 + r.nextInt(5)));
            }
            if (overall <= 3 && r.nextBoolean()) {
                List<String> chosen = new ArrayList<>();
                for (String p : PROBLEMS) {
                    if (r.nextInt(3) == 0) {
                        chosen.add(p);
                    }
                }
                if (!chosen.isEmpty()) {
                    a.put("problems", AnswerValue.ofStrings(chosen));
                }
            }
            SurveyResponse.Builder b = SurveyResponse.builder("r-" + i).form("PM-1", "1").agency("ag").channel(Channel.EPGU)
                    .client(Client.of(ClientKind.EXTERNAL, ClientCategory.CITIZEN)).answers(a)
                    .submittedAt(Instant.parse("2025-01-01T00:00:00Z").plusSeconds(r.nextInt(100 * 86400)));
            if (r.nextInt(10) > 0) {
                b.process(PROCESSES[r.nextInt(PROCESSES.length)]);
            }
            responses.add(b.build());
        }
        List<Appeal> appeals = new ArrayList<>();
        int m = r.nextInt(80);
        for (int i = 0; i < m; i++) {
            Instant at = Instant.parse("2025-01-01T00:00:00Z").plusSeconds(r.nextInt(95 * 86400));
            Appeal.Builder b = Appeal.builder("a-" + i).agency("ag").channel(Channel.EPGU)
                    .kind(r.nextBoolean() ? AppealKind.COMPLAINT : AppealKind.APPEAL).registeredAt(at);
            if (r.nextInt(8) > 0) {
                b.process(PROCESSES[r.nextInt(PROCESSES.length)]);
            }
            if (r.nextInt(4) > 0) {
                b.reason(REASONS[r.nextInt(REASONS.length)]);
            }
            if (r.nextBoolean()) {
                b.answeredAt(at.plusSeconds(r.nextInt(60 * 86400))).outcome(io.github.otklik.core.appeal.AppealOutcome.EXPLAINED);
            }
            appeals.add(b.build());
        }
        List<ProcessInstance> instances = new ArrayList<>();
        int k = r.nextInt(80);
        for (int i = 0; i < k; i++) {
            Instant at = Instant.parse("2025-01-01T00:00:00Z").plusSeconds(r.nextInt(90 * 86400));
            ProcessInstance.Builder b = ProcessInstance.builder("p-" + i).agency("ag").process(PROCESSES[r.nextInt(PROCESSES.length)])
                    .startedAt(at);
            if (r.nextInt(5) > 0) {
                b.finishedAt(at.plusSeconds(3600 + r.nextInt(86400)));
                if (r.nextInt(3) == 0) {
                    b.outcome(ProcessOutcome.NEGATIVE).negativeReason(REASONS[r.nextInt(REASONS.length)]);
                } else {
                    b.outcome(ProcessOutcome.POSITIVE);
                }
            }
            instances.add(b.build());
        }
        return new Records(responses, appeals, instances);
    }

    private record Records(List<SurveyResponse> responses, List<Appeal> appeals, List<ProcessInstance> instances) {
        Records shuffled(long seed) {
            Random r = new Random(seed);
            List<SurveyResponse> s = new ArrayList<>(responses);
            Collections.shuffle(s, r);
            List<Appeal> a = new ArrayList<>(appeals);
            Collections.shuffle(a, r);
            List<ProcessInstance> p = new ArrayList<>(instances);
            Collections.shuffle(p, r);
            return new Records(s, a, p);
        }

        PainMap map() {
            MetricsReport report = Dataset.metrics(responses, appeals, instances);
            return PainMapBuilder.from(report).registry(Dataset.REGISTRY).manual(List.of(
                            ManualEntry.of("svc-a", "queue", "Очереди", Kind.PROBLEM).withEvidence(3, 30),
                            ManualEntry.of("svc-z", "portal", "Портал", Kind.NEED)))
                    .measures(Dataset.MEASURES).titles(ProblemTitles.fromForms(Dataset.CATALOG)).build();
        }
    }

    @Test
    void theMapDoesNotDependOnTheOrderOfTheRecords() {
        qt().withExamples(60).forAll(longs().all(), longs().all()).checkAssert((data, order) -> {
            Records records = records(data);
            PainMap a = records.map();
            PainMap b = records.shuffled(order).map();
            assertThat(PainMapJson.toJson(b)).isEqualTo(PainMapJson.toJson(a));
            assertThat(PainMapCsv.toCsv(b)).isEqualTo(PainMapCsv.toCsv(a));
        });
    }

    @Test
    void theDatasetMapDoesNotDependOnTheOrderOfItsRecords() {
        String expected = PainMapJson.toJson(Dataset.painMap(Language.RU));
        qt().withExamples(10).forAll(longs().all()).checkAssert(seed -> {
            Records shuffled = new Records(Dataset.responses(), Dataset.appeals(), Dataset.instances()).shuffled(seed);
            PainMap map = PainMapBuilder.from(Dataset.metrics(shuffled.responses(), shuffled.appeals(), shuffled.instances()))
                    .registry(Dataset.REGISTRY).manual(Dataset.MANUAL).measures(Dataset.MEASURES)
                    .titles(ProblemTitles.fromForms(Dataset.CATALOG)).build();
            assertThat(PainMapJson.toJson(map)).isEqualTo(expected);
        });
    }

    /** Evidence from another source for the same process and problem can only raise L and prevalence. */
    @Test
    void addingEvidenceNeverLowersPrevalence() {
        qt().withExamples(1000)
                .forAll(integers().between(1, 500), integers().between(1, 500), integers().between(1, 500), integers().between(0, 4))
                .checkAssert((n1, n2, seed, extraSource) -> {
                    Random r = new Random(seed);
                    int x1 = 1 + r.nextInt(n1);
                    int x2 = 1 + r.nextInt(n2);
                    TestReport base = TestReport.q1().problem("svc-1", "queue", x1, n1);
                    PainPoint before = PainMapBuilder.from(base.build()).build().items().get(0);
                    TestReport more = TestReport.q1().problem("svc-1", "queue", x1, n1);
                    PainMapBuilder builder;
                    switch (extraSource) {
                        case 0 -> builder = PainMapBuilder.from(more.appeals("svc-1", n2, 0).reason("svc-1", "queue", x2, 0).build());
                        case 1 -> builder = PainMapBuilder.from(more.outcomes("svc-1", n2 - x2, x2).negative("svc-1", "queue", x2).build());
                        case 2 -> builder = PainMapBuilder.from(more.build())
                                .manual(List.of(ManualEntry.of("svc-1", "queue", "Очереди", Kind.PROBLEM).withEvidence(x2, n2)));
                        case 3 -> builder = PainMapBuilder.from(more.build())
                                .manual(List.of(ManualEntry.of("svc-1", "queue", "Очереди", Kind.PROBLEM)));
                        default -> builder = PainMapBuilder.from(TestReport.q1().problem("svc-1", "queue", x1, n1)
                                .appeals("svc-1", n2, 0).reason("svc-1", "queue", x2, x2).outcomes("svc-1", n2, x1 <= n2 ? x1 : 0)
                                .build());
                    }
                    PainPoint after = builder.build().point("svc-1", "queue").orElseThrow();
                    assertThat(after.evidence().size()).isGreaterThan(before.evidence().size());
                    assertThat(after.lowerBound()).isGreaterThanOrEqualTo(before.lowerBound());
                    assertThat(after.prevalence()).isGreaterThanOrEqualTo(before.prevalence());
                });
    }

    @Test
    void pointsAreAlwaysInMapOrderAndNumberedFromOne() {
        qt().withExamples(40).forAll(longs().all()).checkAssert(seed -> {
            List<PainPoint> items = records(seed).map().items();
            for (int i = 0; i < items.size(); i++) {
                assertThat(items.get(i).no()).isEqualTo(i + 1);
                if (i > 0) {
                    PainPoint a = items.get(i - 1);
                    PainPoint b = items.get(i);
                    int c = b.priority().compareTo(a.priority());
                    if (c == 0) {
                        c = b.prevalence().compareTo(a.prevalence());
                    }
                    if (c == 0) {
                        c = Double.compare(b.lowerBound(), a.lowerBound());
                    }
                    assertThat(c).isLessThanOrEqualTo(0);
                }
            }
        });
    }
}
