package io.github.otklik.painmap.build;

import io.github.otklik.core.text.Language;
import io.github.otklik.painmap.ExplanationWording;
import io.github.otklik.painmap.Kind;
import io.github.otklik.painmap.PainMapWords;
import io.github.otklik.metrics.label.DateWording;
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
                    Language l = Language.EN;
                    assertThat(en.get(0)).startsWith("prevalence " + Level.values()[p].word(l) + ": set by the analyst (the evidence gives "
                            + decider.prevalence(unset.decidingPrevalence(), unset.lowerBound()).word(l) + ": ");
                    assertThat(en.get(0)).startsWith("prevalence " + Level.values()[p].word(l) + ": set by the analyst (the evidence gives "
                            + (unset.decidingPrevalence() == null ? Level.LOW : decider.prevalenceRule().level(unset.lowerBound())).word(l) + ": ");
                    assertThat(en.get(1)).startsWith("impact " + Level.values()[i].word(l) + ": set by the analyst (the rules give "
                            + unset.impact().word(l) + ": ");
                    String cell = "by the priority matrix (prevalence " + set.prevalence().word(l) + ", impact " + set.impact().word(l) + ")";
                    assertThat(en.get(2)).isEqualTo(set.mandatory() == null ? "priority " + set.priority().word(l) + ": " + cell
                            : "priority high: always high when the evidence includes " + PainMapWords.source(set.mandatory(), l) + "; " + cell
                            + " it would be " + decider.cell(set.prevalence(), set.impact()).word(l));
                    assertThat(en.get(3)).isEqualTo("deadline " + DateWording.of(l).date(decider.deadline(set.priority())) + ": "
                            + ExplanationWording.of(l).period(decider.period(set.priority())) + " after the map's date, 31 March 2025, for "
                            + set.priority().word(l) + " priority");
                    assertThat(String.join(" ", set.lines(Language.RU)) + String.join(" ", en)).doesNotContain("HIGH", "MEDIUM", "LOW", "SURVEY_",
                            "APPEALS", "PROCESS_NEGATIVE", "LEGAL_DEADLINE", "MANUAL", "matrix[", "2025-", "P90D", "P180D", "P365D");
                    assertThat(unset.lines(Language.EN).get(0)).isEqualTo(unset.lines(Language.EN).get(0).replace("set by the analyst", ""));
                    assertThat(set.lines(Language.RU).get(4)).isEqualTo("ответственный Отдел: владелец процесса по реестру");
                });
    }

    @Test
    void eachLineInBothLanguages() {
        Decider decider = new Decider(RuleSet.DEFAULT, AS_OF);
        Decision d = decider.decide("svc-1", List.of(new Evidence.SurveyProblem(Proportion.of(9, 20, Z)),
                new Evidence.Appeals(Proportion.of(6, 20, Z), 4)), ManualEntry.of("svc-1", "q", "t", Kind.PROBLEM).withResponsible("МФЦ"),
                300, null);
        assertThat(d.lines(Language.EN)).containsExactly(
                "prevalence high: lower bound 0.258 ≥ 0.25 (9 of 20, a problem chosen in questionnaires); low evidence: largest n 20 < 30",
                "impact medium: appeals: 4 complaints of 6 appeals ≥ 0.5 → high; volume: affected 0.258 × 300 = 77.5 < 100 → lowered to medium",
                "priority high: by the priority matrix (prevalence high, impact medium)",
                "deadline 29 June 2025: 90 days after the map's date, 31 March 2025, for high priority",
                "responsible МФЦ: named by the manual entry (the registry names no owner)");
        assertThat(d.lines(Language.RU)).containsExactly(
                "распространённость высокая: нижняя граница 0,258 ≥ 0,25 (9 из 20, проблема, отмеченная в анкетах); мало сведений: наибольшее n 20 < 30",
                "влияние среднее: обращения: жалоб 4 из 6 обращений ≥ 0,5 → высокое; объём: затронуто 0,258 × 300 = 77,5 < 100 → понижено до среднего",
                "приоритетность высокая: по матрице приоритетов (распространённость высокая, влияние среднее)",
                "срок реализации 29 июня 2025 г.: 90 дней после даты карты, 31 марта 2025 г., при высокой приоритетности",
                "ответственный МФЦ: указан в ручной записи (в реестре владельца нет)");
        Decision none = decider.decide("svc-9", List.of(new Evidence.Manual(java.util.Optional.empty())), null, -1, null);
        assertThat(none.lines(Language.RU)).containsExactly(
                "распространённость низкая: нет измеренных сведений, нижняя граница 0; мало сведений: ничего не измерено",
                "влияние среднее: запись аналитика → среднее",
                "приоритетность низкая: по матрице приоритетов (распространённость низкая, влияние среднее)",
                "срок реализации 31 марта 2026 г.: 365 дней после даты карты, 31 марта 2025 г., при низкой приоритетности",
                "ответственный не назначен: владелец не указан ни в реестре, ни в ручной записи");
    }
}
