package io.github.otklik.text.phrase;

import java.util.List;

/**
 * The emerging phrases of one group (a process, or all texts), best first: G² descending, then a
 * descending, then stems by code point. Only phrases held by at least {@code minCount} dissatisfied
 * texts and more frequent there than in the other texts are listed, at most {@code top} of them; a
 * group without texts on either side lists none.
 *
 * @param dissatisfiedTexts D, the group's dissatisfied texts
 * @param otherTexts R, the group's other texts
 * @param phrases the phrases, best first
 */
public record PhraseRanking(long dissatisfiedTexts, long otherTexts, List<EmergingPhrase> phrases) {
    /**
     * Copies the list.
     *
     * @param dissatisfiedTexts D, the group's dissatisfied texts
     * @param otherTexts R, the group's other texts
     * @param phrases the phrases, best first
     */
    public PhraseRanking {
        phrases = List.copyOf(phrases);
    }

    /**
     * The figures alone, in ranking order: what may be shown where words may not.
     *
     * @return one {@link PhraseFigures} per phrase
     */
    public List<PhraseFigures> figures() {
        return phrases.stream().map(EmergingPhrase::figures).toList();
    }
}
