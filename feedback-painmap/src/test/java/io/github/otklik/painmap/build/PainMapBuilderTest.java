package io.github.otklik.painmap.build;

import io.github.otklik.core.process.Process;
import io.github.otklik.core.process.ProcessType;
import io.github.otklik.core.text.LocalizedText;
import io.github.otklik.metrics.Dimension;
import io.github.otklik.metrics.report.MetricsReport;
import io.github.otklik.painmap.Kind;
import io.github.otklik.core.text.Language;
import io.github.otklik.painmap.Level;
import io.github.otklik.painmap.PainMap;
import io.github.otklik.painmap.PainPoint;
import io.github.otklik.painmap.Status;
import io.github.otklik.painmap.TestReport;
import io.github.otklik.painmap.evidence.Evidence;
import io.github.otklik.painmap.evidence.Source;
import io.github.otklik.painmap.rules.MatrixPriority;
import io.github.otklik.painmap.rules.RuleSet;
import io.github.otklik.painmap.rules.SourceImpact;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Every rule branch of spec/painmap.md, with lower bounds computed by hand from the Wilson formula. */
class PainMapBuilderTest {
    private static final LocalDate AS_OF = LocalDate.of(2025, 3, 31);

    private static PainMap build(MetricsReport report) {
        return PainMapBuilder.from(report).build();
    }

    private static PainPoint only(PainMap map) {
        assertThat(map.items()).hasSize(1);
        return map.items().get(0);
    }

    private static Process process(String id, long volume) {
        return Process.builder(id, LocalizedText.of("Услуга " + id, "Service " + id), ProcessType.SERVICE)
                .group("Группа").owner("Отдел " + id).annualVolume(volume).build();
    }

    // ---------------------------------------------------------------- prevalence

    @Test
    void surveyProblem120Of400IsHighPrevalenceAsTheSpecExampleShows() {
        PainPoint p = only(build(TestReport.q1().problem("svc-1", "queue", 120, 400).build()));
        assertThat(p.lowerBound()).isEqualTo(0.25716767195619705);
        assertThat(p.prevalence()).isEqualTo(Level.HIGH);
        assertThat(p.impact()).isEqualTo(Level.MEDIUM); // bySource SURVEY_PROBLEM
        assertThat(p.priority()).isEqualTo(Level.HIGH); // matrix[HIGH][MEDIUM]
        assertThat(p.lowEvidence()).isFalse();
        assertThat(p.deadline()).isEqualTo(LocalDate.of(2025, 6, 29)); // 2025-03-31 + P90D
        assertThat(p.status()).isEqualTo(Status.IDENTIFIED);
        assertThat(p.kind()).isEqualTo(Kind.PROBLEM);
        assertThat(p.evidence()).hasSize(1);
        Evidence e = p.evidence().get(0);
        assertThat(e.source()).isEqualTo(Source.SURVEY_PROBLEM);
        assertThat(e.proportion().orElseThrow().share()).isEqualTo(0.3);
        assertThat(p.explain(Language.EN).get(0)).isEqualTo("prevalence high: lower bound 0.257 ≥ 0.25 (120 of 400, a problem chosen in questionnaires)");
        assertThat(p.explain(Language.RU).get(0)).isEqualTo("распространённость высокая: нижняя граница 0,257 ≥ 0,25 (120 из 400, проблема, отмеченная в анкетах)");
    }

    @Test
    void thirtyOf100IsMediumPrevalence() {
        PainPoint p = only(build(TestReport.q1().problem("svc-1", "queue", 30, 100).build()));
        assertThat(p.lowerBound()).isEqualTo(0.2189488529493276);
        assertThat(p.prevalence()).isEqualTo(Level.MEDIUM);
        assertThat(p.priority()).isEqualTo(Level.MEDIUM); // matrix[MEDIUM][MEDIUM]
        assertThat(p.deadline()).isEqualTo(LocalDate.of(2025, 9, 27)); // + P180D
        assertThat(p.explain(Language.EN).get(0)).isEqualTo("prevalence medium: lower bound 0.219 ≥ 0.1 (30 of 100, a problem chosen in questionnaires)");
    }

    @Test
    void tenOf100IsLowPrevalence() {
        PainPoint p = only(build(TestReport.q1().problem("svc-1", "queue", 10, 100).build()));
        assertThat(p.lowerBound()).isEqualTo(0.0552291370606751);
        assertThat(p.prevalence()).isEqualTo(Level.LOW);
        assertThat(p.priority()).isEqualTo(Level.LOW); // matrix[LOW][MEDIUM]
        assertThat(p.deadline()).isEqualTo(LocalDate.of(2026, 3, 31)); // + P365D
        assertThat(p.explain(Language.EN).get(0)).isEqualTo("prevalence low: lower bound 0.055 < 0.1 (10 of 100, a problem chosen in questionnaires)");
    }

    @Test
    void nineOf20IsHighButLowEvidence() {
        PainPoint p = only(build(TestReport.q1().problem("svc-1", "queue", 9, 20).build()));
        assertThat(p.lowerBound()).isEqualTo(0.2581978582556243);
        assertThat(p.prevalence()).isEqualTo(Level.HIGH);
        assertThat(p.lowEvidence()).isTrue();
        assertThat(p.explain(Language.EN).get(0)).endsWith("(9 of 20, a problem chosen in questionnaires); low evidence: largest n 20 < 30");
    }

    @Test
    void lowEvidenceLooksAtTheLargestN() {
        // 9 of 20 in the survey, 3 of 100 overdue: the largest n is 100, so evidence is not low
        PainPoint p = build(TestReport.q1().problem("svc-1", "deadline:appeals", 9, 20).appeals("svc-1", 100, 3).build())
                .items().get(0);
        assertThat(p.evidence()).extracting(Evidence::source).containsExactly(Source.SURVEY_PROBLEM, Source.LEGAL_DEADLINE);
        assertThat(p.lowerBound()).isEqualTo(0.2581978582556243);
        assertThat(p.lowEvidence()).isFalse();
    }

    @Test
    void thePointsLowerBoundIsTheLargestOfItsEvidence() {
        PainPoint p = only(build(TestReport.q1().problem("svc-1", "queue", 30, 100).appeals("svc-1", 400, 0)
                .reason("svc-1", "queue", 120, 0).build()));
        assertThat(p.evidence()).extracting(Evidence::source).containsExactly(Source.SURVEY_PROBLEM, Source.APPEALS);
        assertThat(p.lowerBound()).isEqualTo(0.25716767195619705);
        assertThat(p.prevalence()).isEqualTo(Level.HIGH);
        assertThat(p.explain(Language.EN).get(0)).endsWith("(120 of 400, appeals)");
    }

    @Test
    void manualPrevalenceAndImpactOverride() {
        PainPoint p = only(PainMapBuilder.from(TestReport.q1().problem("svc-1", "queue", 10, 100).build())
                .manual(List.of(ManualEntry.of("svc-1", "queue", "Очереди", Kind.PROBLEM).withPrevalence(Level.HIGH).withImpact(Level.HIGH)))
                .build());
        assertThat(p.lowerBound()).isEqualTo(0.0552291370606751);
        assertThat(p.prevalence()).isEqualTo(Level.HIGH);
        assertThat(p.impact()).isEqualTo(Level.HIGH);
        assertThat(p.priority()).isEqualTo(Level.HIGH);
        assertThat(p.title()).isEqualTo("Очереди");
        assertThat(p.evidence()).extracting(Evidence::source).containsExactly(Source.SURVEY_PROBLEM, Source.MANUAL);
        assertThat(p.explain(Language.EN).get(0)).isEqualTo(
                "prevalence high: set by the analyst (the evidence gives low: lower bound 0.055 < 0.1 (10 of 100, a problem chosen in questionnaires))");
        assertThat(p.explain(Language.EN).get(1)).startsWith("impact high: set by the analyst (the rules give medium: ");
    }

    @Test
    void manualImpactOverridesAfterTheVolumeAdjustment() {
        PainPoint p = only(PainMapBuilder.from(TestReport.q1().problem("svc-1", "queue", 120, 400).build())
                .registry(List.of(process("svc-1", 50_000)))
                .manual(List.of(ManualEntry.of("svc-1", "queue", "Очереди", Kind.PROBLEM).withImpact(Level.LOW)))
                .build());
        assertThat(p.impact()).isEqualTo(Level.LOW); // the volume would have raised MEDIUM to HIGH
        assertThat(p.priority()).isEqualTo(Level.MEDIUM); // matrix[HIGH][LOW]
    }

    @Test
    void manualEntryWithoutEvidenceOrPrevalenceIsLowWithLowEvidence() {
        PainPoint p = only(PainMapBuilder.from(TestReport.q1().build())
                .manual(List.of(ManualEntry.of("svc-9", "paper-only", "Только бумажное заявление", Kind.NEED)))
                .build());
        assertThat(p.lowerBound()).isEqualTo(0.0);
        assertThat(p.prevalence()).isEqualTo(Level.LOW);
        assertThat(p.lowEvidence()).isTrue();
        assertThat(p.kind()).isEqualTo(Kind.NEED);
        assertThat(p.impact()).isEqualTo(Level.MEDIUM); // bySource MANUAL
        assertThat(p.priority()).isEqualTo(Level.LOW); // matrix[LOW][MEDIUM]
        assertThat(p.processName()).isEqualTo("svc-9");
        assertThat(p.group()).isEqualTo("svc-9");
        assertThat(p.responsible()).isEqualTo("UNASSIGNED");
        assertThat(p.evidence()).singleElement().satisfies(e -> assertThat(e.proportion()).isEmpty());
        assertThat(p.explain(Language.EN).get(0)).isEqualTo("prevalence low: no measured evidence, lower bound 0; low evidence: nothing measured");
    }

    @Test
    void manualEvidenceIsMeasuredLikeAnyOther() {
        PainPoint p = only(PainMapBuilder.from(TestReport.q1().build())
                .manual(List.of(ManualEntry.of("svc-9", "paper-only", "Бумага", Kind.NEED).withEvidence(12, 40)))
                .build());
        assertThat(p.lowerBound()).isEqualTo(0.18074845229746528);
        assertThat(p.prevalence()).isEqualTo(Level.MEDIUM);
        assertThat(p.lowEvidence()).isFalse();
    }

    // ---------------------------------------------------------------- impact

    @Test
    void legalDeadlineIsMandatoryHighPriority() {
        PainPoint p = only(build(TestReport.q1().appeals("svc-1", 100, 3).build()));
        assertThat(p.problem()).isEqualTo("deadline:appeals");
        assertThat(p.lowerBound()).isEqualTo(0.010254524024038925);
        assertThat(p.prevalence()).isEqualTo(Level.LOW);
        assertThat(p.impact()).isEqualTo(Level.HIGH); // bySource LEGAL_DEADLINE
        assertThat(p.priority()).isEqualTo(Level.HIGH); // matrix[LOW][HIGH] = MEDIUM, but mandatory
        assertThat(p.explain(Language.EN).get(2)).isEqualTo(
                "priority high: always high when the evidence includes appeals answered after the legal deadline; by the priority matrix (prevalence low, impact high) it would be medium");
        assertThat(p.title()).isEqualTo("Нарушение сроков рассмотрения обращений");
    }

    @Test
    void processNegativeIsHighImpact() {
        PainPoint p = only(build(TestReport.q1().outcomes("svc-1", 160, 40).negative("svc-1", "refusal", 40).build()));
        assertThat(p.evidence().get(0).proportion().orElseThrow().n()).isEqualTo(200);
        assertThat(p.impact()).isEqualTo(Level.HIGH);
        assertThat(p.explain(Language.EN).get(1)).isEqualTo("impact high: refusals and negative results of the process → high");
    }

    @Test
    void volumeRaisesImpactAtTenThousandAffected() {
        PainPoint p = only(PainMapBuilder.from(TestReport.q1().problem("svc-1", "queue", 120, 400).build())
                .registry(List.of(process("svc-1", 50_000))).build());
        // affected = 0.25716767195619705 × 50000 = 12858.38 ≥ 10000
        assertThat(p.impact()).isEqualTo(Level.HIGH);
        assertThat(p.explain(Language.EN).get(1)).isEqualTo(
                "impact high: a problem chosen in questionnaires → medium; volume: affected 0.257 × 50000 = 12858.4 ≥ 10000 → raised to high");
    }

    @Test
    void volumeLowersImpactBelowOneHundredAffected() {
        PainPoint p = only(PainMapBuilder.from(TestReport.q1().problem("svc-1", "queue", 30, 100).build())
                .registry(List.of(process("svc-1", 300))).build());
        // affected = 0.2189488529493276 × 300 = 65.68 < 100
        assertThat(p.impact()).isEqualTo(Level.LOW);
        assertThat(p.priority()).isEqualTo(Level.LOW); // matrix[MEDIUM][LOW]
        assertThat(p.explain(Language.EN).get(1)).endsWith("affected 0.219 × 300 = 65.7 < 100 → lowered to low");
    }

    @Test
    void volumeBetweenTheThresholdsChangesNothing() {
        PainPoint p = only(PainMapBuilder.from(TestReport.q1().problem("svc-1", "queue", 30, 100).build())
                .registry(List.of(process("svc-1", 1000))).build());
        assertThat(p.impact()).isEqualTo(Level.MEDIUM);
        assertThat(p.explain(Language.EN).get(1)).endsWith("= 218.9, no adjustment");
    }

    @Test
    void volumeStopsAtHighAndLow() {
        PainPoint high = only(PainMapBuilder.from(TestReport.q1().outcomes("svc-1", 200, 200).negative("svc-1", "refusal", 200).build())
                .registry(List.of(process("svc-1", 1_000_000))).build());
        assertThat(high.impact()).isEqualTo(Level.HIGH);
        assertThat(high.explain(Language.EN).get(1)).endsWith("→ stays high");
    }

    @Test
    void appealsWithHalfComplaintsAreHighImpact() {
        PainPoint p = only(build(TestReport.q1().appeals("svc-1", 100, 0).reason("svc-1", "docs", 10, 5).build()));
        assertThat(p.lowerBound()).isEqualTo(0.0552291370606751);
        assertThat(p.impact()).isEqualTo(Level.HIGH); // 5 / 10 ≥ 0.5
        assertThat(p.priority()).isEqualTo(Level.MEDIUM); // matrix[LOW][HIGH]
        assertThat(((Evidence.Appeals) p.evidence().get(0)).complaints()).isEqualTo(5);
        assertThat(p.explain(Language.EN).get(1)).isEqualTo("impact high: appeals: 5 complaints of 10 appeals ≥ 0.5 → high");
    }

    @Test
    void appealsWithFewerComplaintsKeepTheirSourceLevel() {
        PainPoint p = only(build(TestReport.q1().appeals("svc-1", 100, 0).reason("svc-1", "docs", 10, 4).build()));
        assertThat(p.impact()).isEqualTo(Level.MEDIUM);
        assertThat(p.priority()).isEqualTo(Level.LOW); // matrix[LOW][MEDIUM]
        assertThat(p.explain(Language.EN).get(1)).isEqualTo("impact medium: appeals → medium (4 complaints of 10 appeals < 0.5)");
    }

    @Test
    void aspectMeanDecidesImpact() {
        // 40 of 100 dissatisfied: L = 0.3094012864324589, HIGH prevalence
        PainPoint high = only(build(TestReport.q1().aspect("svc-1", "speed", 100, 40, 250).build()));
        assertThat(high.problem()).isEqualTo("aspect:speed");
        assertThat(high.lowerBound()).isEqualTo(0.3094012864324589);
        assertThat(high.impact()).isEqualTo(Level.HIGH); // mean 2.5 ≤ 2.5
        assertThat(((Evidence.SurveyAspect) high.evidence().get(0)).mean()).isEqualTo(2.5);
        assertThat(high.explain(Language.EN).get(1)).isEqualTo("impact high: low ratings in questionnaires: mean 2.50 ≤ 2.5 → high");

        PainPoint medium = only(build(TestReport.q1().aspect("svc-1", "speed", 100, 40, 350).build()));
        assertThat(medium.impact()).isEqualTo(Level.MEDIUM); // mean 3.5 ≤ 3.5
        assertThat(medium.priority()).isEqualTo(Level.HIGH); // matrix[HIGH][MEDIUM]

        PainPoint low = only(build(TestReport.q1().aspect("svc-1", "speed", 100, 40, 360).build()));
        assertThat(low.impact()).isEqualTo(Level.LOW); // mean 3.6 > 3.5
        assertThat(low.priority()).isEqualTo(Level.MEDIUM); // matrix[HIGH][LOW]
        assertThat(low.explain(Language.EN).get(1)).isEqualTo("impact low: low ratings in questionnaires: mean 3.60 > 3.5 → low");
    }

    @Test
    void aspectsWithoutDissatisfiedAnswersAreNoCandidates() {
        assertThat(build(TestReport.q1().aspect("svc-1", "speed", 100, 0, 480).build()).items()).isEmpty();
    }

    @Test
    void aSourceMissingFromBySourceContributesNothing() {
        SourceImpact d = (SourceImpact) RuleSet.DEFAULT.impact();
        Map<Source, Level> bySource = new EnumMap<>(d.bySource());
        bySource.remove(Source.SURVEY_PROBLEM);
        RuleSet rules = new RuleSet("no-survey", RuleSet.DEFAULT.prevalence(),
                new SourceImpact(bySource, d.complaintShareHigh(), d.aspectMeanHigh(), d.aspectMeanMedium(), d.volume()),
                RuleSet.DEFAULT.priority(), RuleSet.DEFAULT.deadline());
        PainPoint p = only(PainMapBuilder.from(TestReport.q1().problem("svc-1", "queue", 120, 400).build()).rules(rules).build());
        assertThat(p.impact()).isEqualTo(Level.LOW);
        assertThat(p.priority()).isEqualTo(Level.MEDIUM); // matrix[HIGH][LOW]
        assertThat(p.explain(Language.EN).get(1)).isEqualTo("impact low: no evidence source decides impact, low");
    }

    @Test
    void theHighestContributionWins() {
        PainPoint p = only(build(TestReport.q1().problem("svc-1", "refusal", 30, 100)
                .outcomes("svc-1", 90, 10).negative("svc-1", "refusal", 10).build()));
        assertThat(p.impact()).isEqualTo(Level.HIGH);
        assertThat(p.explain(Language.EN).get(1)).isEqualTo("impact high: refusals and negative results of the process → high");
    }

    // ---------------------------------------------------------------- candidates and fields

    @Test
    void groupsWithoutAProcessAndTheTotalGiveNoPoints() {
        PainMap map = build(TestReport.q1().problem("UNSPECIFIED", "queue", 120, 400).build());
        assertThat(map.items()).isEmpty();
    }

    @Test
    void aProblemCountAboveItsBaseIsMeasuredAgainstTheCount() {
        PainPoint p = only(build(TestReport.q1().problem("svc-1", "queue", 5, 3).build()));
        assertThat(p.evidence().get(0).proportion().orElseThrow().n()).isEqualTo(5);
    }

    @Test
    void responsibleComesFromTheRegistryThenTheManualEntry() {
        ManualEntry entry = ManualEntry.of("svc-1", "queue", "Очереди", Kind.PROBLEM).withResponsible("МФЦ");
        MetricsReport report = TestReport.q1().problem("svc-1", "queue", 120, 400).build();
        PainPoint registry = only(PainMapBuilder.from(report).registry(List.of(process("svc-1", 5000))).manual(List.of(entry)).build());
        assertThat(registry.responsible()).isEqualTo("Отдел svc-1");
        assertThat(registry.explain(Language.EN).get(4)).isEqualTo("responsible Отдел svc-1: the process owner in the registry");
        PainPoint manual = only(PainMapBuilder.from(report).manual(List.of(entry)).build());
        assertThat(manual.responsible()).isEqualTo("МФЦ");
        PainPoint none = only(PainMapBuilder.from(report).build());
        assertThat(none.responsible()).isEqualTo(PainPoint.UNASSIGNED);
    }

    @Test
    void measuresAreManualThenCatalogueWithoutDuplicates() {
        PainPoint p = only(PainMapBuilder.from(TestReport.q1().problem("svc-1", "queue", 120, 400).build())
                .manual(List.of(ManualEntry.of("svc-1", "queue", "Очереди", Kind.PROBLEM).withMeasures(List.of("Электронная очередь", "Запись онлайн"))))
                .measures(new MeasuresCatalogue(Map.of("queue", List.of("Запись онлайн", "Доп. окна"))))
                .build());
        assertThat(p.measures()).containsExactly("Электронная очередь", "Запись онлайн", "Доп. окна");
    }

    @Test
    void namesComeFromTheRegistryAndTheTitlesInTheMapsLanguage() {
        ProblemTitles titles = ProblemTitles.of(Map.of("queue", LocalizedText.of("Очереди", "Queues"),
                "aspect:speed", LocalizedText.of("Скорость", "Speed")));
        MetricsReport report = TestReport.q1().problem("svc-1", "queue", 120, 400).aspect("svc-1", "speed", 100, 40, 250)
                .problem("svc-1", "docs", 50, 400).build();
        PainMap ru = PainMapBuilder.from(report).registry(List.of(process("svc-1", 5000))).titles(titles).build();
        assertThat(ru.point("svc-1", "queue").orElseThrow().title()).isEqualTo("Очереди");
        assertThat(ru.point("svc-1", "aspect:speed").orElseThrow().title()).isEqualTo("Низкая оценка: скорость");
        assertThat(ru.point("svc-1", "docs").orElseThrow().title()).isEqualTo("docs");
        assertThat(ru.point("svc-1", "queue").orElseThrow().processName()).isEqualTo("Услуга svc-1");
        assertThat(ru.point("svc-1", "queue").orElseThrow().group()).isEqualTo("Группа");
        PainMap en = PainMapBuilder.from(report).registry(List.of(process("svc-1", 5000))).titles(titles).lang(Language.EN).build();
        assertThat(en.point("svc-1", "queue").orElseThrow().title()).isEqualTo("Queues");
        assertThat(en.point("svc-1", "aspect:speed").orElseThrow().title()).isEqualTo("Low rating: speed");
        assertThat(en.point("svc-1", "queue").orElseThrow().processName()).isEqualTo("Service svc-1");
    }

    @Test
    void pointsAreOrderedByPriorityPrevalenceLowerBoundThenIds() {
        PainMap map = build(TestReport.q1()
                .problem("svc-b", "queue", 120, 400) // HIGH/MEDIUM → HIGH, L .257
                .problem("svc-a", "queue", 120, 400) // same, process a first
                .problem("svc-a", "docs", 200, 400) // HIGH, L higher → first
                .problem("svc-c", "forms", 30, 100) // MEDIUM/MEDIUM → MEDIUM
                .appeals("svc-d", 100, 3) // LOW prevalence but mandatory HIGH priority
                .problem("svc-e", "x", 10, 100) // LOW
                .build());
        assertThat(map.items()).extracting(p -> p.process() + "/" + p.problem()).containsExactly(
                "svc-a/docs", "svc-a/queue", "svc-b/queue", "svc-d/deadline:appeals", "svc-c/forms", "svc-e/x");
        assertThat(map.items()).extracting(PainPoint::no).containsExactly(1, 2, 3, 4, 5, 6);
    }

    /**
     * The builder sorts packed primitive keys; the result must be exactly the documented order
     * ({@link MapOrder#COMPARATOR}), also for tied lower bounds, manual overrides, points without
     * evidence (L = 0) and ids whose code-point order differs from their UTF-16 order.
     */
    @Test
    void theOrderIsTheDocumentedComparatorsOnGeneratedMaps() {
        String[] processes = {"svc-a", "svc-b", "svc-\uFF21", "svc-\uD83D\uDE00", "svc", "Svc-a"};
        String[] problems = {"queue", "docs", "q\uFF21", "q\uD83D\uDE00", "q"};
        for (long seed = 0; seed < 40; seed++) {
            java.util.Random r = new java.util.Random(seed);
            TestReport t = TestReport.q1();
            for (String process : processes) {
                for (String problem : problems) {
                    if (r.nextInt(4) > 0) {
                        int n = 20 + 20 * r.nextInt(5); // few distinct n and x: many tied lower bounds
                        t.problem(process, problem, 1 + r.nextInt(4) * n / 5, n);
                    }
                }
                if (r.nextBoolean()) {
                    t.appeals(process, 100, r.nextInt(3)).reason(process, problems[r.nextInt(problems.length)], 10 + r.nextInt(3), 0);
                }
            }
            List<ManualEntry> manual = List.of(
                    ManualEntry.of("svc-a", "manual-only", "Ручная", Kind.NEED),
                    ManualEntry.of("svc-new", "manual-only", "Ручная", Kind.NEED),
                    ManualEntry.of("svc-a", "docs", "Документы", Kind.PROBLEM).withPrevalence(Level.values()[r.nextInt(3)]),
                    ManualEntry.of("svc-b", "queue", "Очередь", Kind.PROBLEM).withImpact(Level.values()[r.nextInt(3)]).withEvidence(3, 60));
            List<PainPoint> items = PainMapBuilder.from(t.build()).manual(manual).registry(List.of(process("svc-a", 50_000)))
                    .build().items();
            List<PainPoint> expected = new java.util.ArrayList<>(items);
            java.util.Collections.shuffle(expected, r);
            expected.sort(MapOrder.COMPARATOR);
            assertThat(items).extracting(p -> p.process() + "/" + p.problem())
                    .containsExactlyElementsOf(expected.stream().map(p -> p.process() + "/" + p.problem()).toList());
            for (int i = 0; i < items.size(); i++) {
                assertThat(items.get(i).no()).isEqualTo(i + 1);
            }
        }
    }

    @Test
    void asOfIsTheLocalDateJustBeforeTheInstant() {
        MetricsReport report = TestReport.q1().problem("svc-1", "queue", 120, 400).build();
        assertThat(build(report).asOf()).isEqualTo(AS_OF);
        assertThat(PainMapBuilder.from(report).asOf(Instant.parse("2025-02-15T10:00:00Z")).build().asOf()).isEqualTo(LocalDate.of(2025, 2, 15));
        // midnight in Moscow: the instant just before is still the previous day
        assertThat(PainMapBuilder.from(report).asOf(Instant.parse("2025-02-14T21:00:00Z")).build().asOf()).isEqualTo(LocalDate.of(2025, 2, 14));
        MetricsReport samara = TestReport.of(TestReport.Q1, ZoneId.of("Europe/Samara")).problem("svc-1", "queue", 120, 400).build();
        assertThat(build(samara).asOf()).isEqualTo(AS_OF);
        MetricsReport asOf = TestReport.q1().asOf(Instant.parse("2025-03-15T12:00:00Z")).problem("svc-1", "queue", 120, 400).build();
        assertThat(build(asOf).asOf()).isEqualTo(LocalDate.of(2025, 3, 15));
        assertThat(build(asOf).items().get(0).deadline()).isEqualTo(LocalDate.of(2025, 6, 13));
    }

    @Test
    void explanationsHaveOneLineEachInEitherLanguage() {
        PainPoint p = only(PainMapBuilder.from(TestReport.q1().problem("svc-1", "queue", 120, 400).build())
                .registry(List.of(process("svc-1", 5000))).build());
        assertThat(p.explain(Language.EN)).containsExactly(
                "prevalence high: lower bound 0.257 ≥ 0.25 (120 of 400, a problem chosen in questionnaires)",
                "impact medium: a problem chosen in questionnaires → medium; volume: affected 0.257 × 5000 = 1285.8, no adjustment",
                "priority high: by the priority matrix (prevalence high, impact medium)",
                "deadline 29 June 2025: 90 days after the map's date, 31 March 2025, for high priority",
                "responsible Отдел svc-1: the process owner in the registry");
        assertThat(p.explain(Language.RU)).containsExactly(
                "распространённость высокая: нижняя граница 0,257 ≥ 0,25 (120 из 400, проблема, отмеченная в анкетах)",
                "влияние среднее: проблема, отмеченная в анкетах → среднее; объём: затронуто 0,257 × 5000 = 1285,8, без изменений",
                "приоритетность высокая: по матрице приоритетов (распространённость высокая, влияние среднее)",
                "срок реализации 29 июня 2025 г.: 90 дней после даты карты, 31 марта 2025 г., при высокой приоритетности",
                "ответственный Отдел svc-1: владелец процесса по реестру");
    }

    // ---------------------------------------------------------------- the builder's contract

    @Test
    void refusesReportsNotGroupedByProcessOrPublic() {
        MetricsReport r = TestReport.q1().build();
        MetricsReport byChannel = MetricsReport.builder(r.spec().withGroupBy(List.of(Dimension.PROCESS, Dimension.CHANNEL))).build();
        assertThatThrownBy(() -> PainMapBuilder.from(byChannel)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("[process]");
        MetricsReport pub = MetricsReport.builder(r.spec().withDisclosure(io.github.otklik.metrics.disclosure.Disclosure.publicEdition()))
                .build();
        assertThatThrownBy(() -> PainMapBuilder.from(pub)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("internal");
    }

    @Test
    void refusesAnOptionSetTwiceAndInvalidInputs() {
        PainMapBuilder b = PainMapBuilder.from(TestReport.q1().build()).lang(Language.EN);
        assertThatThrownBy(() -> b.lang(Language.RU)).isInstanceOf(IllegalStateException.class).hasMessage("lang was already set");
        assertThatThrownBy(() -> PainMapBuilder.from(TestReport.q1().build()).registry(List.of(process("a", 1), process("a", 2))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("repeats process a");
        ManualEntry e = ManualEntry.of("a", "q", "t", Kind.PROBLEM);
        assertThatThrownBy(() -> PainMapBuilder.from(TestReport.q1().build()).manual(List.of(e, e)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("repeat problem q of process a");
        RuleSet broken = new RuleSet("broken", RuleSet.DEFAULT.prevalence(), RuleSet.DEFAULT.impact(),
                new MatrixPriority(Map.of(), java.util.Set.of()), RuleSet.DEFAULT.deadline());
        assertThatThrownBy(() -> PainMapBuilder.from(TestReport.q1().build()).rules(broken))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("matrix[HIGH][HIGH] is missing");
    }
}
