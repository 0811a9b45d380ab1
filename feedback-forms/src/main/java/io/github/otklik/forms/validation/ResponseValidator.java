package io.github.otklik.forms.validation;

import io.github.otklik.core.io.RecordCheck;
import io.github.otklik.core.response.SurveyResponse;
import io.github.otklik.core.validation.Identifiers;
import io.github.otklik.core.validation.Violation;
import io.github.otklik.forms.Form;
import io.github.otklik.forms.FormCatalog;

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
            CheckPlan plan = catalogPlan(id, version);
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

    /** The compiled checks of catalog form {@code id} version {@code version}, or {@code null}. */
    private CheckPlan catalogPlan(String id, String version) {
        Map<String, CheckPlan> versions = plans.get(id);
        return versions == null ? null : versions.get(version);
    }

    private CheckPlan planFor(Form form) {
        CheckPlan plan = catalogPlan(form.id(), form.version());
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
}
