package io.github.otklik.metrics.satisfaction;

import io.github.otklik.core.period.ReportingPeriod;
import io.github.otklik.core.process.ProcessType;
import io.github.otklik.core.response.AnswerValue;
import io.github.otklik.core.response.SurveyResponse;
import io.github.otklik.forms.Form;
import io.github.otklik.forms.FormCatalog;
import io.github.otklik.forms.Question;
import io.github.otklik.synthetic.response.ProcessProfile;
import io.github.otklik.synthetic.response.SampleResponses;
import io.github.otklik.forms.validation.Visibility;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;

/** The aggregator's shortcut for the overall question's visibility agrees with {@link Visibility}. */
class FormPlanVisibilityTest {
    @Test
    void overallVisibleAgreesWithVisibilityOnGeneratedAndMangledAnswers() {
        FormCatalog catalog = FormCatalog.standard();
        SampleResponses.Builder b = SampleResponses.builder(ReportingPeriod.parse("2025-Q1")).seed(4);
        int i = 0;
        for (ProcessType t : ProcessType.values()) {
            b.process(new ProcessProfile("p-" + i++, t, 0.2 + 0.1 * (i % 7)), 1);
        }
        SplittableRandom r = new SplittableRandom(5);
        List<AnswerValue> values = List.of(AnswerValue.of("no"), AnswerValue.of("yes"), AnswerValue.of(1), AnswerValue.of(5),
                AnswerValue.of("dk"), AnswerValue.ofStrings(List.of("no", "other")));
        int checked = 0;
        for (SurveyResponse resp : b.build().generate(3_000)) {
            Form form = catalog.find(resp.form(), resp.formVersion()).orElseThrow();
            FormPlan plan = new FormPlan(form);
            for (int k = 0; k < 4; k++) {
                Map<String, AnswerValue> answers = new LinkedHashMap<>(resp.answers());
                if (k > 0) { // mangle a few answers: removed or replaced by values that may end the survey
                    for (Question q : form.questions()) {
                        int roll = r.nextInt(6);
                        if (roll == 0) {
                            answers.remove(q.id());
                        } else if (roll == 1) {
                            answers.put(q.id(), values.get(r.nextInt(values.size())));
                        }
                    }
                }
                if (plan.needsVisibility) { // the plans with a program; the others ask Visibility itself
                    assertThat(overallVisible(plan, answers)).as(form.key() + " " + answers)
                            .isEqualTo(Visibility.of(form, answers).isVisible(plan.overallIndex));
                    checked++;
                }
            }
        }
        assertThat(checked).isGreaterThan(10_000);
    }

    /** The plan's answer for {@code answers}: the slots read as the aggregator reads them, then its program. */
    private static boolean overallVisible(FormPlan plan, Map<String, AnswerValue> answers) {
        AnswerValue[] slots = new AnswerValue[plan.reads.length];
        plan.read(answers, slots);
        return plan.overallVisible(slots);
    }
}
