package io.github.otklik.forms.validation;

import io.github.otklik.core.response.AnswerValue;
import io.github.otklik.forms.ChoiceQuestion;
import io.github.otklik.forms.Condition;
import io.github.otklik.forms.Form;
import io.github.otklik.forms.Question;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Map;

/**
 * Which questions of a form are visible for a set of answers ({@code spec/formats.md} §1): a
 * question is visible when its {@code visibleIf} holds and no earlier visible answer chose an
 * option with {@code endsSurvey}. Immutable.
 */
public final class Visibility {
    private final boolean[] visible;
    private final int endedAt;

    private Visibility(boolean[] visible, int endedAt) {
        this.visible = visible;
        this.endedAt = endedAt;
    }

    /** Evaluates the visibility of every question of {@code form} for {@code answers}. */
    public static Visibility of(Form form, Map<String, AnswerValue> answers) {
        List<Question> questions = form.questions();
        boolean[] visible = new boolean[questions.size()];
        int endedAt = -1;
        for (int i = 0; i < visible.length; i++) {
            if (endedAt >= 0) {
                break; // every later question stays hidden
            }
            Question q = questions.get(i);
            Optional<Condition> condition = q.visibleIf();
            visible[i] = condition.isEmpty() || holds(condition.get(), answers);
            if (visible[i] && q instanceof ChoiceQuestion c && ends(c, answers.get(q.id()))) {
                endedAt = i;
            }
        }
        return new Visibility(visible, endedAt);
    }

    /** Whether the question at {@code index} (in form order) is visible. */
    public boolean isVisible(int index) {
        return visible[index];
    }

    /** Index of the question whose answer ended the survey, or −1. */
    public int endedAt() {
        return endedAt;
    }

    /** Number of visible questions. */
    public int visibleCount() {
        int n = 0;
        for (boolean v : visible) {
            n += v ? 1 : 0;
        }
        return n;
    }

    @Override
    public String toString() {
        return "Visibility" + Arrays.toString(visible) + (endedAt >= 0 ? " ended at " + endedAt : "");
    }

    private static boolean ends(ChoiceQuestion q, AnswerValue answer) {
        if (answer == null) {
            return false;
        }
        if (answer instanceof AnswerValue.ArrayValue a) {
            List<AnswerValue> values = a.values();
            for (int i = 0; i < values.size(); i++) { // indexes: no iterator per response
                if (endsWith(q, values.get(i))) {
                    return true;
                }
            }
            return false;
        }
        return endsWith(q, answer);
    }

    private static boolean endsWith(ChoiceQuestion q, AnswerValue v) {
        // most questions have no ending option: then no lookup of the chosen value is needed
        return v instanceof AnswerValue.TextValue t && q.endsSurvey(t.value());
    }

    /** Whether {@code c} holds for {@code answers}. */
    public static boolean holds(Condition c, Map<String, AnswerValue> answers) {
        if (c instanceof Condition.Equals e) {
            return matches(answers.get(e.question()), e.value());
        } else if (c instanceof Condition.In in) {
            AnswerValue a = answers.get(in.question());
            List<AnswerValue> values = in.values();
            for (int i = 0; i < values.size(); i++) {
                if (matches(a, values.get(i))) {
                    return true;
                }
            }
            return false;
        } else if (c instanceof Condition.Answered a) {
            return answers.containsKey(a.question()) == a.answered();
        } else if (c instanceof Condition.All all) {
            List<Condition> conditions = all.conditions();
            for (int i = 0; i < conditions.size(); i++) {
                if (!holds(conditions.get(i), answers)) {
                    return false;
                }
            }
            return true;
        } else if (c instanceof Condition.Any any) {
            List<Condition> conditions = any.conditions();
            for (int i = 0; i < conditions.size(); i++) {
                if (holds(conditions.get(i), answers)) {
                    return true;
                }
            }
            return false;
        } else {
            return !holds(((Condition.Not) c).condition(), answers);
        }
    }

    static boolean matches(AnswerValue answer, AnswerValue value) { // also the compiled guards' comparison
        if (answer == null) {
            return false;
        }
        if (answer instanceof AnswerValue.ArrayValue a) {
            return a.values().contains(value);
        }
        // the common cases without the records' generated equals (same result)
        if (answer instanceof AnswerValue.TextValue t) {
            return value instanceof AnswerValue.TextValue v && t.value().equals(v.value());
        }
        if (answer instanceof AnswerValue.IntegerValue i) {
            return value instanceof AnswerValue.IntegerValue v && i.value() == v.value();
        }
        return answer.equals(value);
    }
}
