package io.github.otklik.text.phrase;

import java.io.Serializable;
import java.util.Objects;

/**
 * The result of the first pass: for any candidate phrase of any group, an estimate â of the number
 * of dissatisfied texts that hold it, never below the true count a and, with probability at least
 * 1 − e^−depth, at most e·N/width above it (N = the sum, over dissatisfied texts, of their distinct
 * candidate phrases). The second pass ({@link PhraseAggregator}) keeps, per group, the candidates with
 * the largest â and counts them exactly. Immutable, thread-safe, serialisable (a Beam side input).
 */
public final class PhraseSketch implements Serializable {
    private static final long serialVersionUID = 1L;

    private final CountMinSketch sketch;
    private final long dissatisfiedTexts;
    private final long otherTexts;

    PhraseSketch(SketchAccumulator acc) {
        this.sketch = acc.sketch.copy();
        this.dissatisfiedTexts = acc.dissatisfiedTexts;
        this.otherTexts = acc.otherTexts;
    }

    int estimate(long hash) {
        return sketch.estimate(hash);
    }

    /**
     * The dissatisfied texts the first pass saw (all groups).
     *
     * @return the count of texts with at least one word
     */
    public long dissatisfiedTexts() {
        return dissatisfiedTexts;
    }

    /**
     * The other texts the first pass saw (all groups).
     *
     * @return the count of texts with at least one word
     */
    public long otherTexts() {
        return otherTexts;
    }

    /**
     * The sketch's shape.
     *
     * @return rows
     */
    public int depth() {
        return sketch.depth;
    }

    /**
     * The sketch's shape.
     *
     * @return counters per row
     */
    public int width() {
        return sketch.width;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PhraseSketch p && dissatisfiedTexts == p.dissatisfiedTexts && otherTexts == p.otherTexts && sketch.equals(p.sketch);
    }

    @Override
    public int hashCode() {
        return Objects.hash(dissatisfiedTexts, otherTexts, sketch.hashCode());
    }

    @Override
    public String toString() {
        return "PhraseSketch[" + sketch.depth + "×" + sketch.width + ", " + dissatisfiedTexts + " dissatisfied, " + otherTexts + " other texts]";
    }
}
