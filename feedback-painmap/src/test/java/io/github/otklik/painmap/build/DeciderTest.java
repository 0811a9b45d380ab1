package io.github.otklik.painmap.build;

import io.github.otklik.core.text.Language;
import io.github.otklik.painmap.Kind;
import io.github.otklik.painmap.Level;
import io.github.otklik.painmap.PainPoint;
import io.github.otklik.painmap.evidence.Evidence;
import io.github.otklik.painmap.evidence.Proportion;
import io.github.otklik.painmap.evidence.Source;
import io.github.otklik.painmap.rules.MatrixPriority;
import io.github.otklik.painmap.rules.RuleSet;
import io.github.otklik.painmap.rules.SourceImpact;
import io.github.otklik.painmap.rules.VolumeAdjustment;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

/** Every decision step of spec/painmap.md, and decide() against a recomputation written here from the spec. */
class DeciderTest {
    private static final double Z = 1.959963984540054;
    private static final LocalDate AS_OF = LocalDate.of(2025, 3, 31);
    private static final Decider DEFAULT = new Decider(RuleSet.DEFAULT, AS_OF);
    private static final Evidence QUEUE = new Evidence.SurveyProblem(Proportion.of(120, 400, Z));

    @Test
    void prevalenceIsTheRulesLevelOfLAndLowWhenNothingWasMeasured() {
        assertThat(DEFAULT.prevalence(QUEUE, 0.25716767195619705)).isEqualTo(Level.HIGH);
        assertThat(DEFAULT.prevalence(QUEUE, 0.2189488529493276)).isEqualTo(Level.MEDIUM);
        assertThat(DEFAULT.prevalence(QUEUE, 0.0552291370606751)).isEqualTo(Level.LOW);
        assertThat(DEFAULT.prevalence(null, 0.9)).isEqualTo(Level.LOW);
        assertThat(DEFAULT.lowEvidence(-1)).isTrue();
        assertThat(DEFAULT.lowEvidence(29)).isTrue();
        assertThat(DEFAULT.lowEvidence(30)).isFalse();
    }

    @Test
    void impactIsTheHighestContributionMovedByTheVolume() {
        assertThat(DEFAULT.contribution(QUEUE)).isEqualTo(Level.MEDIUM);
        assertThat(DEFAULT.contribution(null)).isNull();
        assertThat(Decider.base(null)).isEqualTo(Level.LOW);
        assertThat(Decider.base(Level.MEDIUM)).isEqualTo(Level.MEDIUM);
        assertThat(DEFAULT.steps(0.25716767195619705, 50_000)).isEqualTo(1); // 12,858 affected ≥ 10,000
        assertThat(DEFAULT.steps(0.2189488529493276, 300)).isEqualTo(-1); // 65.7 < 100
        assertThat(DEFAULT.steps(0.2189488529493276, 1000)).isZero();
        assertThat(DEFAULT.steps(0.9, -1)).isZero(); // no annual volume
        assertThat(Decider.adjust(Level.MEDIUM, 1)).isEqualTo(Level.HIGH);
        assertThat(Decider.adjust(Level.HIGH, 1)).isEqualTo(Level.HIGH);
        assertThat(Decider.adjust(Level.LOW, -1)).isEqualTo(Level.LOW);
        SourceImpact d = (SourceImpact) RuleSet.DEFAULT.impact();
        Decider noVolume = new Decider(new RuleSet("v", RuleSet.DEFAULT.prevalence(), new SourceImpact(d.bySource(), d.complaintShareHigh(),
                d.aspectMeanHigh(), d.aspectMeanMedium(), Optional.empty()), RuleSet.DEFAULT.priority(), RuleSet.DEFAULT.deadline()), AS_OF);
        assertThat(noVolume.steps(0.9, 1_000_000)).isZero();
    }

    @Test
    void priorityIsTheMatrixCellUnlessASourceIsMandatory() {
        assertThat(DEFAULT.cell(Level.HIGH, Level.MEDIUM)).isEqualTo(Level.HIGH);
        assertThat(DEFAULT.cell(Level.MEDIUM, Level.LOW)).isEqualTo(Level.LOW);
        assertThat(DEFAULT.cell(Level.LOW, Level.HIGH)).isEqualTo(Level.MEDIUM);
        assertThat(Decider.priority(Level.LOW, Source.LEGAL_DEADLINE)).isEqualTo(Level.HIGH);
        assertThat(Decider.priority(Level.LOW, null)).isEqualTo(Level.LOW);
    }

    @Test
    void deadlinesMeasuresAndTheResponsibleUnit() {
        assertThat(DEFAULT.period(Level.HIGH)).isEqualTo(Period.ofDays(90));
        assertThat(DEFAULT.deadline(Level.HIGH)).isEqualTo(LocalDate.of(2025, 6, 29));
        assertThat(DEFAULT.deadline(Level.MEDIUM)).isEqualTo(LocalDate.of(2025, 9, 27));
        assertThat(DEFAULT.deadline(Level.LOW)).isEqualTo(LocalDate.of(2026, 3, 31));
        assertThat(Decider.measures(List.of("b", "a", "b"), List.of("c", "a", "d", "c"))).containsExactly("b", "a", "c", "d");
        ManualEntry named = ManualEntry.of("svc-1", "queue", "Очереди", Kind.PROBLEM).withResponsible("МФЦ");
        List<Evidence> e = List.of(QUEUE);
        assertThat(DEFAULT.decide("svc-1", e, named, -1, "Отдел").responsible()).isEqualTo("Отдел");
        assertThat(DEFAULT.decide("svc-1", e, named, -1, null).responsible()).isEqualTo("МФЦ");
        assertThat(DEFAULT.decide("svc-1", e, null, -1, null).responsible()).isEqualTo(PainPoint.UNASSIGNED);
        assertThat(DEFAULT.decide("svc-1", e, null, -1, null).basis()).isEqualTo(Decision.Basis.NONE);
    }

    @Test
    void decidersAreEqualByRuleSetAndDate() {
        assertThat(new Decider(RuleSet.DEFAULT, AS_OF)).isEqualTo(DEFAULT).hasSameHashCodeAs(DEFAULT);
        assertThat(new Decider(RuleSet.DEFAULT, AS_OF.plusDays(1))).isNotEqualTo(DEFAULT);
        assertThat(new Decider(RuleSet.DEFAULT.withName("other"), AS_OF)).isNotEqualTo(DEFAULT);
    }

    // ------------------------------------------------------------------------------ decide() against the spec

    /** A rule set with LEGAL_DEADLINE and PROCESS_NEGATIVE mandatory, MANUAL contributing nothing and a lower volume threshold. */
    static final RuleSet STRICT = new RuleSet("strict", RuleSet.DEFAULT.prevalence(),
            new SourceImpact(Map.of(Source.LEGAL_DEADLINE, Level.HIGH, Source.APPEALS, Level.LOW, Source.SURVEY_PROBLEM, Level.MEDIUM),
                    0.3, 3.0, 4.0, Optional.of(new VolumeAdjustment(500, 50))),
            new MatrixPriority(Map.of(
                    Level.HIGH, Map.of(Level.HIGH, Level.HIGH, Level.MEDIUM, Level.HIGH, Level.LOW, Level.HIGH),
                    Level.MEDIUM, Map.of(Level.HIGH, Level.HIGH, Level.MEDIUM, Level.MEDIUM, Level.LOW, Level.MEDIUM),
                    Level.LOW, Map.of(Level.HIGH, Level.MEDIUM, Level.MEDIUM, Level.LOW, Level.LOW, Level.LOW)),
                    Set.of(Source.LEGAL_DEADLINE, Source.PROCESS_NEGATIVE)),
            RuleSet.DEFAULT.deadline());

    static Gen<Evidence> evidence() {
        return integers().between(0, 5).zip(integers().between(1, 60), integers().between(0, 60), integers().between(0, 40),
                (source, n, x, extra) -> {
                    Proportion p = Proportion.of(Math.min(x, n), n, Z);
                    return switch (source) {
                        case 0 -> new Evidence.SurveyProblem(p);
                        case 1 -> new Evidence.SurveyAspect(p, "speed", 1 + extra / 10.0);
                        case 2 -> new Evidence.Appeals(p, Math.min(extra, p.x()));
                        case 3 -> new Evidence.ProcessNegative(p);
                        case 4 -> new Evidence.LegalDeadline(p);
                        default -> new Evidence.Manual(extra % 2 == 0 ? Optional.empty() : Optional.of(p));
                    };
                });
    }

    @Test
    void decideIsTheSpecsRulesOnGeneratedEvidence() {
        qt().withExamples(3000).forAll(lists().of(evidence()).ofSizeBetween(1, 5), integers().between(0, 15),
                integers().between(-1, 3000), integers().between(0, 1)).checkAssert((list, overrides, volume, which) -> {
                    RuleSet rules = which == 0 ? RuleSet.DEFAULT : STRICT;
                    List<Evidence> evidence = new ArrayList<>(list);
                    evidence.sort(Comparator.comparing(Evidence::source));
                    ManualEntry manual = ManualEntry.of("svc-1", "queue", "t", Kind.PROBLEM);
                    if (overrides % 4 > 0) {
                        manual = manual.withPrevalence(Level.values()[overrides % 4 - 1]);
                    }
                    if (overrides / 4 > 0) {
                        manual = manual.withImpact(Level.values()[overrides / 4 - 1]);
                    }
                    Decision d = new Decider(rules, AS_OF).decide("svc-1", evidence, manual, volume, null);
                    // the spec, step by step
                    double l = evidence.stream().flatMap(e -> e.proportion().stream()).mapToDouble(Proportion::lowerBound).max().orElse(0);
                    boolean measured = evidence.stream().anyMatch(e -> e.proportion().isPresent());
                    long largestN = evidence.stream().flatMap(e -> e.proportion().stream()).mapToLong(Proportion::n).max().orElse(-1);
                    Level prevalence = manual.prevalence().orElse(measured ? rules.prevalence().level(l) : Level.LOW);
                    Level base = evidence.stream().flatMap(e -> rules.impact().contribution(e).stream()).max(Comparator.naturalOrder())
                            .orElse(Level.LOW);
                    VolumeAdjustment v = rules.impact().volume().orElseThrow();
                    Level adjusted = volume < 0 ? base : l * volume >= v.raiseAt() ? base.raised() : l * volume < v.lowerBelow() ? base.lowered() : base;
                    Level impact = manual.impact().orElse(adjusted);
                    boolean forced = evidence.stream().anyMatch(e -> rules.priority().mandatorySources().contains(e.source()));
                    Level priority = forced ? Level.HIGH : rules.priority().cell(prevalence, impact).orElseThrow();
                    assertThat(d.lowerBound()).isEqualTo(measured ? l : 0.0);
                    assertThat(d.lowEvidence()).isEqualTo(largestN < rules.prevalence().minEvidence());
                    assertThat(d.prevalence()).isEqualTo(prevalence);
                    assertThat(d.impact()).isEqualTo(impact);
                    assertThat(d.priority()).isEqualTo(priority);
                    assertThat(d.mandatory() != null).isEqualTo(forced);
                    assertThat(d.lines(Language.EN)).hasSize(5);
                });
    }

    @Test
    void theMandatorySourceNamedIsTheFirstInSourceOrder() {
        Decider strict = new Decider(STRICT, AS_OF);
        List<Evidence> evidence = List.of(new Evidence.ProcessNegative(Proportion.of(1, 10, Z)), new Evidence.LegalDeadline(Proportion.of(1, 10, Z)));
        assertThat(strict.decide("svc-1", evidence, null, -1, null).mandatory()).isEqualTo(Source.PROCESS_NEGATIVE);
    }
}
