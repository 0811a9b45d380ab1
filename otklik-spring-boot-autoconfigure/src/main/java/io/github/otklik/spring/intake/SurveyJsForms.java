package io.github.otklik.spring.intake;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.otklik.core.json.OtklikJson;
import io.github.otklik.forms.Form;
import io.github.otklik.forms.FormCatalog;
import io.github.otklik.forms.export.surveyjs.SurveyJsExporter;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The SurveyJS survey JSON of the catalog's forms, opened in Russian or English: the export of
 * {@link SurveyJsExporter} (which carries both languages) with its {@code locale} set. Made once
 * per form and language, then served from memory. Thread-safe.
 */
public final class SurveyJsForms {
    /** The languages a survey opens in; the first is the default. */
    public static final List<String> LANGUAGES = List.of("ru", "en");

    private final FormCatalog catalog;
    private final SurveyJsExporter exporter = new SurveyJsExporter();
    private final ObjectMapper mapper = OtklikJson.mapper();
    private final Map<String, String> cache = new ConcurrentHashMap<>();

    /**
     * The surveys of {@code catalog}'s forms.
     *
     * @param catalog the forms
     */
    public SurveyJsForms(FormCatalog catalog) {
        this.catalog = Objects.requireNonNull(catalog, "catalog");
    }

    /**
     * The language of {@link #LANGUAGES} that an {@code Accept-Language} list prefers.
     *
     * @param ranges the client's ranges, best first (empty: the default)
     * @return {@code ru} or {@code en}
     */
    public static String language(List<Locale.LanguageRange> ranges) {
        String best = Locale.lookupTag(ranges, LANGUAGES);
        return best == null ? LANGUAGES.get(0) : best;
    }

    /**
     * The survey JSON of the latest version of form {@code id}, opening in {@code language}.
     *
     * @param id the form id
     * @param language one of {@link #LANGUAGES}
     * @return the JSON text, or empty when the catalog has no such form
     */
    public Optional<String> survey(String id, String language) {
        List<String> versions = catalog.versions(id);
        if (versions.isEmpty() || !LANGUAGES.contains(language)) {
            return Optional.empty();
        }
        Form form = catalog.find(id, versions.get(versions.size() - 1)).orElseThrow();
        return Optional.of(cache.computeIfAbsent(form.key() + "\u0000" + language, k -> localized(form, language)));
    }

    private String localized(Form form, String language) {
        try {
            ObjectNode survey = (ObjectNode) mapper.readTree(exporter.export(form));
            survey.put("locale", language);
            return mapper.writeValueAsString(survey);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot localize the survey of " + form.key(), e);
        }
    }
}
