package io.github.otklik.text.phrase;

import java.util.List;

/**
 * The figures of one emerging phrase — numbers and stems, no client words: a of D dissatisfied texts
 * and b of R other texts hold it (texts, not occurrences), and Dunning's G² of that table.
 *
 * @param stems the phrase's stems, one to three
 * @param dissatisfied a, dissatisfied texts holding the phrase
 * @param other b, other texts holding the phrase
 * @param dissatisfiedTexts D, dissatisfied texts of the group
 * @param otherTexts R, other texts of the group
 * @param score G² ({@link LogLikelihood#g2})
 */
public record PhraseFigures(List<String> stems, long dissatisfied, long other, long dissatisfiedTexts, long otherTexts, double score) {
    /**
     * Checks the table.
     *
     * @param stems the phrase's stems, one to three
     * @param dissatisfied a, dissatisfied texts holding the phrase
     * @param other b, other texts holding the phrase
     * @param dissatisfiedTexts D, dissatisfied texts of the group
     * @param otherTexts R, other texts of the group
     * @param score G² ({@link LogLikelihood#g2})
     * @throws IllegalArgumentException when there are no stems or a count is out of range
     */
    public PhraseFigures {
        stems = List.copyOf(stems);
        if (stems.isEmpty() || dissatisfied < 0 || other < 0 || dissatisfied > dissatisfiedTexts || other > otherTexts) {
            throw new IllegalArgumentException("not a phrase table: " + stems + " " + dissatisfied + "/" + dissatisfiedTexts + ", " + other + "/" + otherTexts);
        }
    }

    /**
     * The share of dissatisfied texts holding the phrase.
     *
     * @return a / D
     */
    public double dissatisfiedShare() {
        return (double) dissatisfied / dissatisfiedTexts;
    }

    /**
     * The share of other texts holding the phrase.
     *
     * @return b / R
     */
    public double otherShare() {
        return (double) other / otherTexts;
    }
}
