package io.github.otklik.painmap.build;

import io.github.otklik.core.text.Language;
import io.github.otklik.core.text.LocalizedText;
import io.github.otklik.metrics.label.Wording;

import java.util.Optional;

/**
 * The title of a problem code in words, in Russian or English, and every word of it in one place:
 * the name {@link ProblemTitles} knows for the code (for an aspect, {@code aspect:<code>}, as
 * «Низкая оценка: время ожидания» / "Low rating: waiting time"); else, for {@code deadline:appeals}, a fixed phrase;
 * else, for an aspect, a phrase with the aspect code; else the code itself. A manual entry's title
 * comes before all of these (the builder's choice). Stateless.
 */
final class TitleWording {
    private TitleWording() {
    }

    /** The title of {@code problem} in {@code lang}. */
    static String title(Language lang, ProblemTitles titles, String problem) {
        Optional<LocalizedText> name = titles.title(problem);
        boolean aspect = problem.startsWith(PainMapBuilder.ASPECT_PREFIX);
        if (name.isPresent()) {
            String text = name.get().in(lang.code());
            return aspect ? lowRating(lang, text) : text;
        }
        if (PainMapBuilder.DEADLINE_PROBLEM.equals(problem)) {
            return lang.pick("Нарушение сроков рассмотрения обращений", "Appeals answered after the legal deadline");
        }
        if (aspect) {
            return lowRatingOfCode(lang, problem.substring(PainMapBuilder.ASPECT_PREFIX.length()));
        }
        return problem;
    }

    /** A named aspect: {@code Низкая оценка: время ожидания} / {@code Low rating: waiting time}. */
    static String lowRating(Language lang, String name) {
        return lang.pick("Низкая оценка: ", "Low rating: ") + Wording.inSentence(name);
    }

    /** An aspect known by its code only: {@code Низкая оценка параметра «…»} / {@code Low rating of “…”}. */
    static String lowRatingOfCode(Language lang, String aspect) {
        return lang.pick("Низкая оценка параметра «" + aspect + "»", "Low rating of “" + aspect + "”");
    }
}
