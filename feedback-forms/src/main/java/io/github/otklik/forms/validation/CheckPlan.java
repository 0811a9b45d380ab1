package io.github.otklik.forms.validation;

import io.github.otklik.core.response.AnswerValue;
import io.github.otklik.core.response.SurveyResponse;
import io.github.otklik.core.validation.Identifiers;
import io.github.otklik.core.validation.Violation;
import io.github.otklik.forms.Audience;
import io.github.otklik.forms.Form;
import io.github.otklik.forms.Question;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The checks of one form compiled once: question ids in a flat table, each question's value rule
 * ({@link Rule}) and its {@code visibleIf} resolved to positions ({@link CompiledCondition}). A response is
 * checked in two passes with no lookup by id: its answers are laid out by question position (and
 * unknown questions reported in answer order), then every question is checked in form order,
 * evaluating visibility only where a verdict needs it. Messages are those of
 * {@link Rule#problem}, built only for a violation. Immutable and thread-safe.
 */
final class CheckPlan {
    private final Form form;
    private final boolean external;
    private final CodeTable ids;
    private final String[] idArray; // question ids in form order
    private final Question[] questions;
    private final String[] paths;
    private final Rule[] rules;
    private final CompiledCondition[] guards; // null: always visible
    private final boolean[] required;
    private final AnswerValue[] none; // every position unanswered; never written

    CheckPlan(Form form) {
        this.form = form;
        this.external = form.audience() == Audience.EXTERNAL;
        List<Question> qs = form.questions();
        List<String> idList = new ArrayList<>(qs.size());
        for (Question q : qs) {
            idList.add(q.id());
        }
        this.ids = new CodeTable(idList);
        this.idArray = idList.toArray(new String[0]);
        if (!ids.unique()) { // a built Form never has two questions with one id (FormChecker)
            throw new IllegalArgumentException("form " + form.key() + " has two questions with one id");
        }
        int n = qs.size();
        this.questions = qs.toArray(new Question[0]);
        this.paths = new String[n];
        this.rules = new Rule[n];
        this.guards = new CompiledCondition[n];
        this.required = new boolean[n];
        for (int i = 0; i < n; i++) {
            Question q = questions[i];
            paths[i] = "answers." + q.id();
            rules[i] = Rule.of(q);
            guards[i] = q.visibleIf().map(c -> CompiledCondition.of(c, ids::indexOf)).orElse(null);
            required[i] = q.required();
        }
        this.none = new AnswerValue[n];
    }

    /** The form this plan checks. */
    Form form() {
        return form;
    }

    /** Every problem of {@code response} against the form, as {@link ResponseValidator#check(Form, SurveyResponse)}. */
    List<Violation> check(SurveyResponse response) {
        List<Violation> out = null; // most responses are valid: no list for them
        if (external && response.process().isEmpty()) {
            out = add(out, new Violation("process", "required for responses to external forms"));
        }
        Map<String, AnswerValue> answers = response.answers();
        AnswerValue[] byPosition;
        if (answers.isEmpty()) {
            byPosition = none;
        } else {
            // in answer order: unknown questions are reported in that order; each key is found by
            // reference from the last answered position on (keys and ids are interned): no hash, no
            // look at its characters; any other key (out of order, not interned, unknown) by the table
            String[] idArray = this.idArray;
            byPosition = new AnswerValue[idArray.length];
            int next = 0;
            for (Map.Entry<String, AnswerValue> e : answers.entrySet()) {
                String key = e.getKey();
                int i = next;
                while (i < idArray.length && idArray[i] != key) {
                    i++;
                }
                if (i == idArray.length) {
                    i = ids.indexOf(key);
                }
                if (i >= 0) {
                    byPosition[i] = e.getValue();
                    next = i + 1;
                } else {
                    out = add(out, new Violation("answers." + key,
                            "unknown question " + Identifiers.describe(key) + " in form " + form.key()));
                }
            }
        }
        int ended = -1; // position of the answer that ended the survey so far
        for (int i = 0; i < byPosition.length; i++) {
            AnswerValue a = byPosition[i];
            CompiledCondition g = guards[i];
            if (a != null) {
                Rule rule = rules[i];
                boolean visible = ended < 0 && (g == null || g.holds(byPosition, answers));
                if (visible && rule.ends(a)) {
                    ended = i;
                }
                String problem = rule.problem(a);
                if (problem != null) {
                    out = add(out, new Violation(paths[i], problem));
                } else if (!visible) {
                    out = add(out, new Violation(paths[i], ended >= 0 && ended < i
                            ? "answered after the survey ended at question " + questions[ended].id()
                            : "answered although hidden (its visibleIf is false)"));
                }
            } else if (required[i] && ended < 0 && (g == null || g.holds(byPosition, answers))) {
                out = add(out, new Violation(paths[i], "required question is not answered"));
            }
        }
        return out == null ? List.of() : out;
    }

    static List<Violation> add(List<Violation> list, Violation v) {
        List<Violation> out = list == null ? new ArrayList<>() : list;
        out.add(v);
        return out;
    }
}
