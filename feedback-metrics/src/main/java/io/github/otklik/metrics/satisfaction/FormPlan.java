package io.github.otklik.metrics.satisfaction;

import io.github.otklik.core.response.AnswerValue;
import io.github.otklik.forms.ChoiceQuestion;
import io.github.otklik.forms.Condition;
import io.github.otklik.forms.Form;
import io.github.otklik.forms.Option;
import io.github.otklik.forms.Question;
import io.github.otklik.forms.QuestionRole;
import io.github.otklik.forms.ScaleQuestion;
import io.github.otklik.forms.validation.Visibility;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the satisfaction metrics read from one form version, computed once: its overall scale,
 * its aspect scales by code, its problem questions and the union of their problem codes.
 */
@SuppressWarnings("unchecked") // the array of sets
final class FormPlan {
    final Form form;
    final ScaleQuestion overall;
    final int overallIndex;
    final List<ScaleQuestion> aspects = new ArrayList<>();
    final List<String> aspectCodes = new ArrayList<>();
    final List<ChoiceQuestion> problemQuestions = new ArrayList<>();
    final String[] problemCodes;
    final String overallId;
    final String[] aspectIds;
    final String[] problemQuestionIds;
    // for the questions up to the overall one: visibleIf (or null) and the values that end the survey (or null)
    private final Condition[] conditions;
    private final Set<String>[] endingValues;
    private final Map<String, Integer> problemIndex = new HashMap<>();

    FormPlan(Form form) {
        this.form = form;
        this.overall = form.overall().orElse(null);
        this.overallIndex = overall == null ? -1 : form.indexOf(overall.id());
        Set<String> codes = new LinkedHashSet<>();
        for (Question q : form.questions()) {
            if (q.role() == QuestionRole.ASPECT && q instanceof ScaleQuestion s && q.aspect().isPresent()) {
                aspects.add(s);
                aspectCodes.add(q.aspect().get());
            } else if (q.role() == QuestionRole.PROBLEM && q instanceof ChoiceQuestion c) {
                problemQuestions.add(c);
                for (Option o : c.options()) {
                    codes.add(o.value());
                }
            }
        }
        this.problemCodes = codes.toArray(new String[0]);
        // question ids as canonical (interned) strings, as the JSON reader's answer keys are: the
        // answer lookups of every response then compare keys by reference
        this.overallId = overall == null ? null : overall.id().intern();
        this.aspectIds = aspects.stream().map(q -> q.id().intern()).toArray(String[]::new);
        this.problemQuestionIds = problemQuestions.stream().map(q -> q.id().intern()).toArray(String[]::new);
        int upTo = overallIndex < 0 ? 0 : overallIndex + 1;
        this.conditions = new Condition[upTo];
        this.endingValues = new Set[upTo];
        for (int i = 0; i < upTo; i++) {
            Question q = form.questions().get(i);
            conditions[i] = q.visibleIf().orElse(null);
            if (q instanceof ChoiceQuestion c && i < overallIndex) {
                Set<String> ending = new HashSet<>();
                for (Option o : c.options()) {
                    // the option a value names is the first with that value, as ChoiceQuestion.option finds it
                    if (c.option(o.value()).map(Option::endsSurvey).orElse(false)) {
                        ending.add(o.value());
                    }
                }
                endingValues[i] = ending.isEmpty() ? null : ending;
            }
        }
        for (int i = 0; i < problemCodes.length; i++) {
            problemIndex.put(problemCodes[i], i);
        }
    }

    /**
     * Whether the overall question is visible for {@code answers}: exactly
     * {@code Visibility.of(form, answers).isVisible(overallIndex)}, evaluating only the questions up
     * to it (its own condition, and no earlier visible answer choosing an option that ends the survey).
     */
    boolean overallVisible(Map<String, AnswerValue> answers) {
        for (int i = 0; i < conditions.length; i++) {
            boolean visible = conditions[i] == null || Visibility.holds(conditions[i], answers);
            if (i == overallIndex) {
                return visible;
            }
            if (visible && endingValues[i] != null && ends(endingValues[i], answers.get(form.questions().get(i).id()))) {
                return false;
            }
        }
        return true; // no overall question
    }

    private static boolean ends(Set<String> ending, AnswerValue answer) {
        if (answer instanceof AnswerValue.TextValue t) {
            return ending.contains(t.value());
        }
        if (answer instanceof AnswerValue.ArrayValue a) {
            for (AnswerValue v : a.values()) {
                if (v instanceof AnswerValue.TextValue t && ending.contains(t.value())) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Position of {@code code} in {@link #problemCodes}, or −1. */
    int problemIndex(String code) {
        Integer i = problemIndex.get(code);
        return i == null ? -1 : i;
    }
}
