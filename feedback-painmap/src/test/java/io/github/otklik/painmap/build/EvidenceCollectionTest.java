package io.github.otklik.painmap.build;

import io.github.otklik.core.process.Process;
import io.github.otklik.core.process.ProcessType;
import io.github.otklik.core.text.Language;
import io.github.otklik.core.text.LocalizedText;
import io.github.otklik.painmap.Kind;
import io.github.otklik.painmap.ProcessCoverage;
import io.github.otklik.painmap.TestReport;
import io.github.otklik.painmap.evidence.Evidence;
import io.github.otklik.painmap.evidence.Proportion;
import io.github.otklik.painmap.evidence.Source;
import io.github.otklik.painmap.rules.RuleSet;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Report, registry and manual entries → candidates with their evidence, as spec/painmap.md lists them. */
class EvidenceCollectionTest {
    private static final double Z = 1.959963984540054;

    private static EvidenceCollection collect(TestReport report, List<Process> registry, List<ManualEntry> manual) {
        Map<String, Process> byId = new java.util.HashMap<>();
        registry.forEach(p -> byId.put(p.id(), p));
        return EvidenceCollection.collect(report.build(), new BuildOptions(RuleSet.DEFAULT, Language.RU, byId, manual,
                MeasuresCatalogue.empty(), ProblemTitles.none(), LocalDate.of(2025, 3, 31), Map.of()));
    }

    private static Candidate candidate(EvidenceCollection c, String process, String problem) {
        return c.candidates().stream().filter(x -> x.owner.id.equals(process) && x.info.code.equals(problem)).findFirst().orElseThrow();
    }

    @Test
    void everySourceGivesItsCandidateWithXOfN() {
        EvidenceCollection c = collect(TestReport.q1().problem("svc-1", "queue", 120, 400).aspect("svc-1", "speed", 100, 40, 250)
                .appeals("svc-1", 50, 3).reason("svc-1", "docs", 10, 4).outcomes("svc-1", 160, 40).negative("svc-1", "refusal", 40),
                List.of(), List.of(ManualEntry.of("svc-1", "paper", "Бумага", Kind.NEED).withEvidence(12, 40)));
        assertThat(c.candidates()).extracting(x -> x.info.code)
                .containsExactly("queue", "aspect:speed", "docs", "deadline:appeals", "refusal", "paper");
        assertThat(c.candidates()).extracting(x -> x.index).containsExactly(0, 1, 2, 3, 4, 5);
        assertThat(candidate(c, "svc-1", "queue").evidence()).containsExactly(new Evidence.SurveyProblem(Proportion.of(120, 400, Z)));
        assertThat(candidate(c, "svc-1", "aspect:speed").evidence())
                .containsExactly(new Evidence.SurveyAspect(Proportion.of(40, 100, Z), "speed", 2.5));
        assertThat(candidate(c, "svc-1", "docs").evidence()).containsExactly(new Evidence.Appeals(Proportion.of(10, 50, Z), 4));
        assertThat(candidate(c, "svc-1", "deadline:appeals").evidence()).containsExactly(new Evidence.LegalDeadline(Proportion.of(3, 50, Z)));
        assertThat(candidate(c, "svc-1", "refusal").evidence()).containsExactly(new Evidence.ProcessNegative(Proportion.of(40, 200, Z)));
        assertThat(candidate(c, "svc-1", "paper").evidence()).containsExactly(new Evidence.Manual(java.util.Optional.of(Proportion.of(12, 40, Z))));
        assertThat(candidate(c, "svc-1", "paper").manual).isNotNull();
        assertThat(candidate(c, "svc-1", "queue").manual).isNull();
    }

    @Test
    void evidenceOfOneCodeInOneProcessIsOneCandidateInSourceOrder() {
        ManualEntry queue = ManualEntry.of("svc-1", "queue", "Очереди", Kind.PROBLEM);
        EvidenceCollection c = collect(TestReport.q1().appeals("svc-1", 400, 0).reason("svc-1", "queue", 120, 0)
                .problem("svc-1", "queue", 30, 100).problem("svc-2", "queue", 5, 10), List.of(), List.of(queue));
        Candidate one = candidate(c, "svc-1", "queue");
        assertThat(one.evidence()).extracting(Evidence::source).containsExactly(Source.SURVEY_PROBLEM, Source.APPEALS, Source.MANUAL);
        assertThat(one.manual).isSameAs(queue);
        assertThat(c.candidates()).hasSize(2);
        assertThat(candidate(c, "svc-2", "queue").info).isSameAs(one.info); // one ProblemInfo per code in a build
        assertThat(c.problems()).extracting(p -> p.code).containsExactly("queue");
        assertThat(c.processes()).extracting(p -> p.id + "#" + p.ordinal).containsExactly("svc-1#0", "svc-2#1");
    }

    @Test
    void manyCodesInOneProcessStillMerge() {
        TestReport report = TestReport.q1();
        for (int i = 0; i < 70; i++) {
            report.problem("svc-1", "p" + i, 1, 10); // past the linear lookup of 32 codes
        }
        report.appeals("svc-1", 100, 0);
        for (int i = 0; i < 70; i += 7) {
            report.reason("svc-1", "p" + i, 2, 0);
        }
        EvidenceCollection c = collect(report, List.of(), List.of());
        assertThat(c.candidates()).hasSize(70);
        assertThat(candidate(c, "svc-1", "p63").evidence()).extracting(Evidence::source).containsExactly(Source.SURVEY_PROBLEM, Source.APPEALS);
        assertThat(candidate(c, "svc-1", "p5").evidence()).hasSize(1);
    }

    @Test
    void groupsWithoutAProcessGiveNothingAndCoverageCountsWhatTheReportHad() {
        Process svc = Process.builder("svc-1", LocalizedText.of("Пособие", "Allowance"), ProcessType.SERVICE).group("Семьи").owner("Отдел")
                .annualVolume(5000).build();
        Process idle = Process.builder("svc-9", LocalizedText.of("Другое"), ProcessType.SERVICE).build();
        EvidenceCollection c = collect(TestReport.q1().problem("UNSPECIFIED", "queue", 120, 400).responses("svc-1", 200)
                .aspect("svc-1", "speed", 100, 0, 480).problem("svc-1", "queue", 5, 3).appeals("svc-3", 7, 0).outcomes("svc-4", 3, 0),
                List.of(svc, idle), List.of());
        assertThat(c.candidates()).extracting(x -> x.owner.id + "/" + x.info.code).containsExactly("svc-1/queue");
        assertThat(candidate(c, "svc-1", "queue").evidence().get(0).proportion().orElseThrow().n()).isEqualTo(5); // count above base
        ProcessCandidates pc = c.processes().get(0);
        assertThat(List.of(pc.name, pc.group, pc.owner, pc.annualVolume)).containsExactly("Пособие", "Семьи", "Отдел", 5000L);
        assertThat(c.coverage()).containsOnlyKeys("svc-1", "svc-3", "svc-4");
        ProcessCoverage coverage = c.coverage().get("svc-1");
        assertThat(coverage.aspectAnswered()).containsEntry("speed", 100L);
        assertThat(coverage.responses()).isEqualTo(200);
        assertThat(c.coverage().get("svc-3").appeals()).isEqualTo(7);
        assertThat(c.coverage().get("svc-4").outcomes()).isEqualTo(3);
        assertThat(c.known()).containsOnlyKeys("svc-1"); // svc-9 has no candidate
        ProcessCandidates unknown = c.processes().stream().filter(p -> p.id.equals("svc-3")).findFirst().orElseThrow();
        assertThat(List.of(unknown.name, unknown.group)).containsExactly("svc-3", "svc-3");
        assertThat(unknown.owner).isNull();
        assertThat(unknown.annualVolume).isEqualTo(-1);
    }
}
