package io.github.otklik.forms.validation;

import io.github.otklik.core.io.RecordCheck;
import io.github.otklik.core.response.AnswerValue;
import io.github.otklik.core.response.SurveyResponse;
import io.github.otklik.core.validation.Identifiers;
import io.github.otklik.core.validation.Violation;
import io.github.otklik.forms.BooleanQuestion;
import io.github.otklik.forms.ChoiceQuestion;
import io.github.otklik.forms.Form;
import io.github.otklik.forms.FormCatalog;
import io.github.otklik.forms.NumberQuestion;
import io.github.otklik.forms.Question;
import io.github.otklik.forms.ScaleQuestion;
import io.github.otklik.forms.TextQuestion;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Checks a {@link SurveyResponse} against its form version and returns every problem with its
 * path ({@code spec/formats.md} §2): unknown form or version, missing {@code process} on an
 * external form, answers to unknown questions, wrong types and out-of-range values, required
 * visible questions left unanswered, answers to hidden questions and answers after an
 * {@code endsSurvey} option. Plugs into {@link io.github.otklik.core.io.ResponseJsonlReader} as a
 * {@link RecordCheck}. The checks of every catalog form are compiled once, when the validator is
 * built: a response is then checked without looking its answers up by id, and a message is built
 * only for a problem found. Immutable and thread-safe.
 *
 * <pre>{@code
 * ResponseValidator validator = new ResponseValidator(FormCatalog.standard());
 * ResponseJsonlReader reader = ResponseJsonlReader.builder().check(validator).build();
 * }</pre>
 */
public final class ResponseValidator implements RecordCheck<SurveyResponse> {
    private final FormCatalog catalog;
    // id -> version -> the compiled checks of every catalog form, built once (read-only afterwards)
    private final Map<String, Map<String, CheckPlan>> plans = new HashMap<>();
    // the checks of the last form outside the catalog given to check(Form, …): immutable, safely published
    private volatile CheckPlan lastOther;

    /** A validator of responses to the forms of {@code catalog}; compiles the checks of every form once. */
    public ResponseValidator(FormCatalog catalog) {
        this.catalog = Objects.requireNonNull(catalog, "catalog");
        for (Form f : catalog.forms()) {
            CheckPlan plan = new CheckPlan(f);
            plans.computeIfAbsent(f.id(), id -> new HashMap<>()).put(f.version(), plan);
        }
    }

    /** Every problem of {@code response}, in order: form, unknown answers, then questions in form order. */
    @Override
    public List<Violation> check(SurveyResponse response) {
        String id = response.form();
        String version = response.formVersion();
        if (id != null && version != null && id.indexOf('@') < 0) { // as FormCatalog.find, without its Optional
            Map<String, CheckPlan> versions = plans.get(id);
            CheckPlan plan = versions == null ? null : versions.get(version);
            if (plan != null) {
                return plan.check(response);
            }
        }
        Optional<Form> found = catalog.find(id, version);
        if (found.isEmpty()) {
            boolean idKnown = !catalog.versions(id).isEmpty();
            return List.of(idKnown
                    ? new Violation("formVersion", "unknown version " + Identifiers.describe(version)
                            + " of form " + id + " (known: " + String.join(", ", catalog.versions(id)) + ")")
                    : new Violation("form", "unknown form " + Identifiers.describe(id)));
        }
        return check(found.get(), response);
    }

    /** Every problem of {@code response} against {@code form}. */
    public List<Violation> check(Form form, SurveyResponse response) {
        return planFor(form).check(response);
    }

    private CheckPlan planFor(Form form) {
        Map<String, CheckPlan> versions = plans.get(form.id());
        CheckPlan plan = versions == null ? null : versions.get(form.version());
        if (plan != null && plan.form() == form) { // the catalog's own form
            return plan;
        }
        CheckPlan last = lastOther;
        if (last != null && last.form() == form) {
            return last;
        }
        plan = new CheckPlan(form);
        lastOther = plan;
        return plan;
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
            return "value " + io.github.otklik.forms.validation.Numbers.show(value) + " is outside " + n.min().map(io.github.otklik.forms.validation.Numbers::show).orElse("−∞")
                    + ".." + n.max().map(io.github.otklik.forms.validation.Numbers::show).orElse("+∞");
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
            return "decimal " + io.github.otklik.forms.validation.Numbers.show(d.value());
        }
        if (a instanceof AnswerValue.TextValue t) {
            return "string " + Identifiers.describe(t.value());
        }
        return a.typeName();
    }
}
