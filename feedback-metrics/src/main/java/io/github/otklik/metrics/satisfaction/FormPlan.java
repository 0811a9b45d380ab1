package io.github.otklik.metrics.satisfaction;

import io.github.otklik.forms.ChoiceQuestion;
import io.github.otklik.forms.Form;
import io.github.otklik.forms.Option;
import io.github.otklik.forms.Question;
import io.github.otklik.forms.QuestionRole;
import io.github.otklik.forms.ScaleQuestion;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the satisfaction metrics read from one form version, computed once: its overall scale,
 * its aspect scales by code, its problem questions and the union of their problem codes.
 */
final class FormPlan {
    final Form form;
    final ScaleQuestion overall;
    final int overallIndex;
    final List<ScaleQuestion> aspects = new ArrayList<>();
    final List<String> aspectCodes = new ArrayList<>();
    final List<ChoiceQuestion> problemQuestions = new ArrayList<>();
    final String[] problemCodes;
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
        for (int i = 0; i < problemCodes.length; i++) {
            problemIndex.put(problemCodes[i], i);
        }
    }

    /** Position of {@code code} in {@link #problemCodes}, or −1. */
    int problemIndex(String code) {
        Integer i = problemIndex.get(code);
        return i == null ? -1 : i;
    }
}
