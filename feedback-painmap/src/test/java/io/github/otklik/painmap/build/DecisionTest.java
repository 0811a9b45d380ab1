package io.github.otklik.painmap.build;

import io.github.otklik.core.text.Language;
import io.github.otklik.painmap.Kind;
import io.github.otklik.painmap.Level;
import io.github.otklik.painmap.evidence.Evidence;
import io.github.otklik.painmap.evidence.Proportion;
import io.github.otklik.painmap.rules.RuleSet;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

/**
 * A decision explains what decided it: the levels its lines quote as "what the evidence / the
 * rules give" are the levels the decider reaches without the analyst's overrides, and the matrix
 * cell and deadline it quotes are the decider's.
 */
class DecisionTest {
    private static final double Z = 1.959963984540054;
    private static final LocalDate AS_OF = LocalDate.of(2025, 3, 31);

    @Test
    void theExplanationQuotesTheDecidersOwnSteps() {
        qt().withExamples(2000).forAll(lists().of(DeciderTest.evidence()).ofSizeBetween(1, 5), integers().between(0, 17),
                integers().between(-1, 3000)).checkAssert((list, choice, volume) -> {
                    int p = choice % 3;
                    int i = choice / 3 % 3;
                    int which = choice / 9;
                    Decider decider = new Decider(which == 0 ? RuleSet.DEFAULT : DeciderTest.STRICT, AS_OF);
                    List<Evidence> evidence = new ArrayList<>(list);
                    evidence.sort(Comparator.comparing(Evidence::source));
                    ManualEntry plain = ManualEntry.of("svc-1", "queue", "t", Kind.PROBLEM);
                    Decision unset = decider.decide("svc-1", evidence, plain, volume, "Отдел");
                    Decision set = decider.decide("svc-1", evidence, plain.withPrevalence(Level.values()[p]).withImpact(Level.values()[i]),
                            volume, "Отдел");
                    List<String> en = set.lines(Language.EN);
                    assertThat(en.get(0)).startsWith("prevalence " + Level.values()[p] + ": set by the analyst (the evidence gives "
                            + decider.prevalence(unset.decidingPrevalence(), unset.lowerBound()) + ": ");
                    assertThat(en.get(0)).startsWith("prevalence " + Level.values()[p] + ": set by the analyst (the evidence gives "
                            + (unset.decidingPrevalence() == null ? Level.LOW : decider.prevalenceRule().level(unset.lowerBound())) + ": ");
                    assertThat(en.get(1)).startsWith("impact " + Level.values()[i] + ": set by the analyst (the rules give " + unset.impact() + ": ");
                    String cell = "matrix[prevalence " + set.prevalence() + "][impact " + set.impact() + "]";
                    assertThat(en.get(2)).isEqualTo(set.mandatory() == null ? "priority " + set.priority() + ": " + cell
                            : "priority HIGH: mandatory source " + set.mandatory() + " (" + cell + " = " + decider.cell(set.prevalence(), set.impact()) + ")");
                    assertThat(en.get(3)).isEqualTo("deadline " + decider.deadline(set.priority()) + ": 2025-03-31 + "
                            + decider.period(set.priority()) + " for priority " + set.priority());
                    assertThat(unset.lines(Language.EN).get(0)).isEqualTo(unset.lines(Language.EN).get(0).replace("set by the analyst", ""));
                    assertThat(set.lines(Language.RU).get(4)).isEqualTo("ответственный Отдел: владелец процесса svc-1 по реестру");
                });
    }

    @Test
    void eachLineInBothLanguages() {
        Decider decider = new Decider(RuleSet.DEFAULT, AS_OF);
        Decision d = decider.decide("svc-1", List.of(new Evidence.SurveyProblem(Proportion.of(9, 20, Z)),
                new Evidence.Appeals(Proportion.of(6, 20, Z), 4)), ManualEntry.of("svc-1", "q", "t", Kind.PROBLEM).withResponsible("МФЦ"),
                300, null);
        assertThat(d.lines(Language.EN)).containsExactly(
                "prevalence HIGH: lower bound 0.258 ≥ 0.25 (9 of 20, SURVEY_PROBLEM); low evidence: largest n 20 < 30",
                "impact MEDIUM: APPEALS: 4 complaints of 6 appeals ≥ 0.5 → HIGH; volume: affected 0.258 × 300 = 77.5 < 100 → lowered to MEDIUM",
                "priority HIGH: matrix[prevalence HIGH][impact MEDIUM]",
                "deadline 2025-06-29: 2025-03-31 + P90D for priority HIGH",
                "responsible МФЦ: named by the manual entry (the registry names no owner)");
        assertThat(d.lines(Language.RU)).containsExactly(
                "распространённость высокая: нижняя граница 0,258 ≥ 0,25 (9 из 20, SURVEY_PROBLEM); мало сведений: наибольшее n 20 < 30",
                "влияние среднее: APPEALS: жалоб 4 из 6 обращений ≥ 0,5 → HIGH; объём: затронуто 0,258 × 300 = 77,5 < 100 → понижено до MEDIUM",
                "приоритетность высокая: матрица[распространённость HIGH][влияние MEDIUM]",
                "срок реализации 2025-06-29: 2025-03-31 + P90D для приоритетности HIGH",
                "ответственный МФЦ: указан в ручной записи (в реестре владельца нет)");
        Decision none = decider.decide("svc-9", List.of(new Evidence.Manual(java.util.Optional.empty())), null, -1, null);
        assertThat(none.lines(Language.RU)).containsExactly(
                "распространённость низкая: нет измеренных сведений, нижняя граница 0; мало сведений: ничего не измерено",
                "влияние среднее: MANUAL → MEDIUM",
                "приоритетность низкая: матрица[распространённость LOW][влияние MEDIUM]",
                "срок реализации 2026-03-31: 2025-03-31 + P365D для приоритетности LOW",
                "ответственный UNASSIGNED: владелец не указан ни в реестре, ни в ручной записи");
    }
}
