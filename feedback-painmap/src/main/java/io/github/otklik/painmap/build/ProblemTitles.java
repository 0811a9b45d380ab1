package io.github.otklik.painmap.build;

import io.github.otklik.core.text.LocalizedText;
import io.github.otklik.forms.ChoiceQuestion;
import io.github.otklik.forms.Form;
import io.github.otklik.forms.FormCatalog;
import io.github.otklik.forms.Option;
import io.github.otklik.forms.Question;
import io.github.otklik.forms.QuestionRole;
import io.github.otklik.metrics.label.Labels;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Names of problem codes in words, for pain-point titles: a problem option's text, an aspect
 * question's text (looked up as {@code aspect:<code>}), an appeal reason from a classifier.
 * Implementations must be thread-safe.
 */
@FunctionalInterface
public interface ProblemTitles {
    /** The name of {@code code}, when known. */
    Optional<LocalizedText> title(String code);

    /** Knows no names: titles fall back to the generated ones and the codes. */
    static ProblemTitles none() {
        return code -> Optional.empty();
    }

    /** The names of {@code titles}. */
    static ProblemTitles of(Map<String, LocalizedText> titles) {
        Map<String, LocalizedText> copy = Map.copyOf(titles);
        return code -> Optional.ofNullable(copy.get(code));
    }

    /**
     * The option texts of every {@code role: problem} question and, as {@code aspect:<code>}, the
     * texts of every {@code role: aspect} question of the catalogue's forms; the first form (in
     * catalogue order) that names a problem code wins. An aspect code whose questions are worded
     * differently in different forms gets no name here (its question text would belong to one
     * form only), so its title falls back to the generated one.
     */
    static ProblemTitles fromForms(FormCatalog catalog) {
        Map<String, LocalizedText> names = new HashMap<>();
        java.util.Set<String> ambiguous = new java.util.HashSet<>();
        for (Form f : catalog.forms()) {
            for (Question q : f.questions()) {
                if (q.role() == QuestionRole.PROBLEM && q instanceof ChoiceQuestion c) {
                    for (Option o : c.options()) {
                        names.putIfAbsent(o.value(), o.text());
                    }
                } else if (q.role() == QuestionRole.ASPECT && q.aspect().isPresent()) {
                    LocalizedText before = names.putIfAbsent("aspect:" + q.aspect().get(), q.text());
                    if (before != null && !before.equals(q.text())) {
                        ambiguous.add("aspect:" + q.aspect().get());
                    }
                }
            }
        }
        ambiguous.forEach(names::remove);
        return of(names);
    }

    /**
     * The names of {@code labels} ({@link Labels}: the classifier, the agency's forms, the built-in
     * short names): {@code aspect:<code>} by the aspect's name, any other code by its problem name,
     * else its appeal-reason name, else its negative-result reason name.
     *
     * @param labels the run's labels
     * @return the titles
     */
    static ProblemTitles of(Labels labels) {
        Objects.requireNonNull(labels, "labels");
        return code -> code.startsWith(PainMapBuilder.ASPECT_PREFIX)
                ? labels.findAspect(code.substring(PainMapBuilder.ASPECT_PREFIX.length()))
                : labels.findReason(code).or(() -> labels.findNegativeReason(code));
    }

    /** These names, then {@code other}'s for codes these do not know. */
    default ProblemTitles orElse(ProblemTitles other) {
        return code -> {
            Optional<LocalizedText> t = title(code);
            return t.isPresent() ? t : other.title(code);
        };
    }
}
