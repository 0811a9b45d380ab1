package io.github.otklik.forms.export.surveyjs;

import io.github.otklik.core.response.AnswerValue;
import io.github.otklik.forms.ChoiceQuestion;
import io.github.otklik.forms.Condition;
import io.github.otklik.forms.Form;
import io.github.otklik.forms.Option;
import io.github.otklik.forms.Question;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Translates structured {@code visibleIf} conditions into SurveyJS expression strings (survey-core
 * 2.x grammar). Stateless and thread-safe.
 *
 * <table>
 * <caption>Translation</caption>
 * <tr><th>condition</th><th>expression</th></tr>
 * <tr><td>equals on {@code single}, {@code scale}, {@code boolean}, {@code text}, {@code number}</td>
 *     <td>{@code {q} = 'v'}, {@code {q} = 3}, {@code {q} = 'dk'}, {@code {q} = true}</td></tr>
 * <tr><td>equals on {@code multi}</td><td>{@code {q} contains 'v'}</td></tr>
 * <tr><td>in (any type)</td><td>{@code {q} anyof ['a', 'b']}, {@code {q} anyof [1, 2, 3]}</td></tr>
 * <tr><td>answered true / false</td><td>{@code {q} notempty} / {@code {q} empty}</td></tr>
 * <tr><td>all / any / not</td><td>{@code (a) and (b)}, {@code (a) or (b)}, {@code !(a)}</td></tr>
 * </table>
 *
 * <p>Semantics agree with {@code spec/formats.md} §1: SurveyJS's {@code =}, {@code contains} and
 * {@code anyof} are false on an unanswered question, {@code anyof} on an array holds when any chosen
 * value is listed, and {@code "dk"} is a string that equals only {@code 'dk'}. Two differences remain,
 * neither reachable with codes: SurveyJS compares strings case-insensitively after trimming them
 * ({@code settings.comparator}), and it cannot hold an empty-string answer.
 */
public final class SurveyJsExpressions {
    private SurveyJsExpressions() {
    }

    /**
     * The SurveyJS expression of {@code condition}, whose questions are looked up in {@code form}
     * (a {@code multi} question's {@code equals} becomes {@code contains}).
     *
     * @throws IllegalArgumentException when the condition names a question {@code form} lacks, compares
     *     with an array, object or {@code null}, or has a string that {@link #literal} cannot write
     */
    public static String of(Condition condition, Form form) {
        Objects.requireNonNull(condition, "condition");
        Objects.requireNonNull(form, "form");
        StringBuilder out = new StringBuilder();
        write(condition, form, out);
        return out.toString();
    }

    /**
     * A SurveyJS string literal in single quotes. The grammar knows only two escapes, {@code \'} and
     * {@code \"}; every other backslash is literal, so quotes of either kind are escaped and a
     * backslash needs no escape unless it is the last character.
     *
     * @throws IllegalArgumentException when {@code value} ends with a backslash: no SurveyJS literal
     *     can hold one there (the closing quote would read as an escaped quote). Codes never do.
     */
    public static String literal(String value) {
        Objects.requireNonNull(value, "value");
        if (value.endsWith("\\")) {
            throw new IllegalArgumentException("a string that ends with a backslash cannot be written as a SurveyJS "
                    + "expression literal: " + value);
        }
        StringBuilder out = new StringBuilder(value.length() + 2).append('\'');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\'' || c == '"') {
                out.append('\\');
            }
            out.append(c);
        }
        return out.append('\'').toString();
    }

    /**
     * The condition under which question {@code index} of {@code form} is visible in Otklik terms: its
     * own {@code visibleIf} and no earlier visible question answered with an {@code endsSurvey} option.
     * For any answers, {@code Visibility.holds(result, answers)} equals
     * {@code Visibility.of(form, answers).isVisible(index)}; empty when the question is always visible.
     */
    static Optional<Condition> effectiveVisibleIf(Form form, int index) {
        List<Condition> endings = new ArrayList<>();
        for (int i = 0; i < index; i++) {
            ending(form.questions().get(i)).ifPresent(endings::add);
        }
        Optional<Condition> own = form.questions().get(index).visibleIf();
        if (endings.isEmpty()) {
            return own;
        }
        Condition guard = new Condition.Not(endings.size() == 1 ? endings.get(0) : new Condition.Any(endings));
        return Optional.of(own.isPresent() ? new Condition.All(List.of(own.get(), guard)) : guard);
    }

    /**
     * The condition under which question {@code q} ends the survey: it is visible by its own
     * {@code visibleIf} and its answer is (for {@code multi}: contains) an {@code endsSurvey} option.
     * Empty when {@code q} has no such option.
     */
    static Optional<Condition> ending(Question q) {
        if (!(q instanceof ChoiceQuestion c)) {
            return Optional.empty();
        }
        List<AnswerValue> values = new ArrayList<>();
        for (Option o : c.options()) {
            if (o.endsSurvey()) {
                values.add(AnswerValue.of(o.value()));
            }
        }
        if (values.isEmpty()) {
            return Optional.empty();
        }
        Condition answer = values.size() == 1 ? new Condition.Equals(q.id(), values.get(0)) : new Condition.In(q.id(), values);
        return Optional.of(q.visibleIf().isPresent() ? new Condition.All(List.of(q.visibleIf().get(), answer)) : answer);
    }

    private static void write(Condition c, Form form, StringBuilder out) {
        if (c instanceof Condition.Equals e) {
            Question q = question(e.question(), form);
            out.append(variable(q)).append(q instanceof ChoiceQuestion cq && cq.multiple() ? " contains " : " = ")
                    .append(value(e.value()));
        } else if (c instanceof Condition.In in) {
            Question q = question(in.question(), form);
            if (in.values().isEmpty()) {
                out.append("false"); // Otklik: nothing is in an empty list; SurveyJS's anyof [] would be true
                return;
            }
            out.append(variable(q)).append(" anyof [");
            for (int i = 0; i < in.values().size(); i++) {
                out.append(i == 0 ? "" : ", ").append(value(in.values().get(i)));
            }
            out.append(']');
        } else if (c instanceof Condition.Answered a) {
            out.append(variable(question(a.question(), form))).append(a.answered() ? " notempty" : " empty");
        } else if (c instanceof Condition.All all) {
            join(all.conditions(), " and ", "true", form, out);
        } else if (c instanceof Condition.Any any) {
            join(any.conditions(), " or ", "false", form, out);
        } else {
            out.append("!(");
            write(((Condition.Not) c).condition(), form, out);
            out.append(')');
        }
    }

    private static void join(List<Condition> parts, String operator, String empty, Form form, StringBuilder out) {
        if (parts.isEmpty()) {
            out.append(empty);
            return;
        }
        if (parts.size() == 1) {
            write(parts.get(0), form, out);
            return;
        }
        for (int i = 0; i < parts.size(); i++) {
            Condition part = parts.get(i);
            out.append(i == 0 ? "" : operator);
            boolean bare = part instanceof Condition.Not; // "!(…)" is already a single factor
            out.append(bare ? "" : "(");
            write(part, form, out);
            out.append(bare ? "" : ")");
        }
    }

    private static Question question(String id, Form form) {
        return form.question(id).orElseThrow(
                () -> new IllegalArgumentException("the condition refers to question " + id + ", which form " + form.key() + " lacks"));
    }

    private static String variable(Question q) {
        // Question ids are codes ([A-Za-z0-9][A-Za-z0-9_:-]*), so they never contain a brace.
        return "{" + q.id() + "}";
    }

    private static String value(AnswerValue v) {
        if (v instanceof AnswerValue.TextValue t) {
            return literal(t.value());
        } else if (v instanceof AnswerValue.IntegerValue i) {
            return Long.toString(i.value());
        } else if (v instanceof AnswerValue.DecimalValue d) {
            return d.value().toPlainString(); // the grammar has no exponent notation
        } else if (v instanceof AnswerValue.BooleanValue b) {
            return Boolean.toString(b.value());
        }
        throw new IllegalArgumentException("a condition cannot compare with " + v.typeName() + " in SurveyJS");
    }
}
