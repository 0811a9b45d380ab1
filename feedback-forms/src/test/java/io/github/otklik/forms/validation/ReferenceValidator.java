package io.github.otklik.forms.validation;

import io.github.otklik.core.io.RecordCheck;
import io.github.otklik.core.response.AnswerValue;
import io.github.otklik.core.response.SurveyResponse;
import io.github.otklik.core.validation.Identifiers;
import io.github.otklik.core.validation.Violation;
import io.github.otklik.forms.Audience;
import io.github.otklik.forms.BooleanQuestion;
import io.github.otklik.forms.ChoiceQuestion;
import io.github.otklik.forms.Form;
import io.github.otklik.forms.FormCatalog;
import io.github.otklik.forms.NumberQuestion;
import io.github.otklik.forms.Question;
import io.github.otklik.forms.ScaleQuestion;
import io.github.otklik.forms.TextQuestion;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The form checks as they were before they were compiled into check plans: every answer looked up
 * by id, visibility evaluated for every question with {@link Visibility#of}. The reference of
 * {@link ValidatorEquivalenceTest}; not used by Otklik itself.
 */
final class ReferenceValidator implements RecordCheck<SurveyResponse> {
    private final FormCatalog catalog;

    /** A validator of responses to the forms of {@code catalog}. */
    ReferenceValidator(FormCatalog catalog) {
        this.catalog = Objects.requireNonNull(catalog, "catalog");
    }

    /** Every problem of {@code response}, in order: form, unknown answers, then questions in form order. */
    @Override
    public List<Violation> check(SurveyResponse response) {
        Optional<Form> found = catalog.find(response.form(), response.formVersion());
        if (found.isEmpty()) {
            boolean idKnown = !catalog.versions(response.form()).isEmpty();
            return List.of(idKnown
                    ? new Violation("formVersion", "unknown version " + Identifiers.describe(response.formVersion())
                            + " of form " + response.form() + " (known: " + String.join(", ", catalog.versions(response.form())) + ")")
                    : new Violation("form", "unknown form " + Identifiers.describe(response.form())));
        }
        return check(found.get(), response);
    }

    /** Every problem of {@code response} against {@code form}. */
    public List<Violation> check(Form form, SurveyResponse response) {
        List<Violation> out = null; // most responses are valid: no list for them
        if (form.audience() == Audience.EXTERNAL && response.process().isEmpty()) {
            out = add(out, new Violation("process", "required for responses to external forms"));
        }
        Map<String, AnswerValue> answers = response.answers();
        if (answers.size() > 0) {
            for (Map.Entry<String, AnswerValue> e : answers.entrySet()) {
                String key = e.getKey();
                if (form.indexOf(key) < 0) {
                    out = add(out, new Violation(path(key), "unknown question " + Identifiers.describe(key) + " in form " + form.key()));
                }
            }
        }
        Visibility visibility = Visibility.of(form, answers);
        List<Question> questions = form.questions();
        for (int i = 0; i < questions.size(); i++) {
            Question q = questions.get(i);
            AnswerValue a = answers.get(q.id());
            if (a != null) {
                String problem = valueProblem(q, a);
                if (problem != null) {
                    out = add(out, new Violation(path(q.id()), problem));
                } else if (!visibility.isVisible(i)) {
                    int ended = visibility.endedAt();
                    out = add(out, new Violation(path(q.id()), ended >= 0 && ended < i
                            ? "answered after the survey ended at question " + questions.get(ended).id()
                            : "answered although hidden (its visibleIf is false)"));
                }
            } else if (q.required() && visibility.isVisible(i)) {
                out = add(out, new Violation(path(q.id()), "required question is not answered"));
            }
        }
        return out == null ? List.of() : out;
    }

    private static List<Violation> add(List<Violation> list, Violation v) {
        List<Violation> out = list == null ? new ArrayList<>() : list;
        out.add(v);
        return out;
    }

    private static String path(String question) {
        return "answers." + question;
    }

    /** Why {@code a} is not a valid answer to {@code q}, or {@code null}. */
    static String valueProblem(Question q, AnswerValue a) {
        if (q instanceof ScaleQuestion s) {
            if (a instanceof AnswerValue.IntegerValue i) {
                return i.value() >= s.min() && i.value() <= s.max() ? null
                        : "value " + i.value() + " is outside " + s.min() + ".." + s.max();
            }
            if (a.isDontKnow()) {
                return s.dontKnow() ? null : "\"dk\" is not allowed: the scale has no difficult-to-answer choice";
            }
            return "expected an integer " + s.min() + ".." + s.max() + (s.dontKnow() ? " or \"dk\"" : "") + ", found " + found(a);
        }
        if (q instanceof ChoiceQuestion c) {
            if (!c.multiple()) {
                return a instanceof AnswerValue.TextValue t ? optionProblem(c, t.value())
                        : "expected one option value, found " + found(a);
            }
            if (!(a instanceof AnswerValue.ArrayValue arr)) {
                return "expected a non-empty array of option values, found " + found(a);
            }
            if (arr.values().isEmpty()) {
                return "expected a non-empty array of option values, found an empty array";
            }
            List<AnswerValue> values = arr.values();
            for (int i = 0; i < values.size(); i++) {
                AnswerValue v = values.get(i);
                if (!(v instanceof AnswerValue.TextValue t)) {
                    return "expected option values, found " + found(v) + " in the array";
                }
                String p = optionProblem(c, t.value());
                if (p != null) {
                    return p;
                }
                if (chosenBefore(values, i, t.value())) {
                    return "option " + Identifiers.describe(t.value()) + " is chosen twice";
                }
            }
            return null;
        }
        if (q instanceof BooleanQuestion) {
            return a instanceof AnswerValue.BooleanValue ? null : "expected true or false, found " + found(a);
        }
        if (q instanceof TextQuestion t) {
            if (!(a instanceof AnswerValue.TextValue s)) {
                return "expected a string, found " + found(a);
            }
            if (t.maxLength().isPresent()) {
                int length = s.value().codePointCount(0, s.value().length());
                if (length > t.maxLength().getAsInt()) {
                    return "text is " + length + " characters long, the maximum is " + t.maxLength().getAsInt();
                }
            }
            return null;
        }
        NumberQuestion n = (NumberQuestion) q;
        BigDecimal value;
        if (a instanceof AnswerValue.IntegerValue i) {
            value = BigDecimal.valueOf(i.value());
        } else if (a instanceof AnswerValue.DecimalValue d) {
            value = d.value();
        } else {
            return "expected a number, found " + found(a);
        }
        if (n.min().isPresent() && value.compareTo(n.min().get()) < 0 || n.max().isPresent() && value.compareTo(n.max().get()) > 0) {
            return "value " + Numbers.show(value) + " is outside " + n.min().map(Numbers::show).orElse("−∞")
                    + ".." + n.max().map(Numbers::show).orElse("+∞");
        }
        return null;
    }

    /** Whether one of the first {@code end} values (all strings) is {@code value}: arrays are short, no set needed. */
    private static boolean chosenBefore(List<AnswerValue> values, int end, String value) {
        for (int j = 0; j < end; j++) {
            if (((AnswerValue.TextValue) values.get(j)).value().equals(value)) {
                return true;
            }
        }
        return false;
    }

    private static String optionProblem(ChoiceQuestion c, String value) {
        return c.hasOption(value) ? null : "unknown option " + Identifiers.describe(value);
    }

    private static String found(AnswerValue a) {
        if (a instanceof AnswerValue.DecimalValue d) {
            return "decimal " + Numbers.show(d.value());
        }
        if (a instanceof AnswerValue.TextValue t) {
            return "string " + Identifiers.describe(t.value());
        }
        return a.typeName();
    }
}
