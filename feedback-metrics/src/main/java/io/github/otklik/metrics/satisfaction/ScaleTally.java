package io.github.otklik.metrics.satisfaction;

import java.io.Serializable;

/**
 * Counts of one satisfaction scale (overall, or one aspect) in one group: integer answers split
 * into satisfied, neutral and dissatisfied by the question's thresholds, "difficult to answer"
 * answers, and the sum of integer answers for the mean. Mutable, mergeable; not thread-safe.
 */
public final class ScaleTally implements Serializable {
    private static final long serialVersionUID = 1L;

    private long dontKnow;
    private long satisfied;
    private long neutral;
    private long dissatisfied;
    private long sum;

    /** An empty tally. */
    public ScaleTally() {
    }

    /** Adds an integer answer {@code value} of a scale with the given thresholds. */
    public void add(long value, long satisfiedFrom, long dissatisfiedTo) {
        if (value >= satisfiedFrom) {
            satisfied++;
        } else if (value <= dissatisfiedTo) {
            dissatisfied++;
        } else {
            neutral++;
        }
        sum += value;
    }

    /** Adds a {@code "dk"} answer. */
    public void addDontKnow() {
        dontKnow++;
    }

    /** Adds {@code other}'s counts to this tally. */
    public void merge(ScaleTally other) {
        dontKnow += other.dontKnow;
        satisfied += other.satisfied;
        neutral += other.neutral;
        dissatisfied += other.dissatisfied;
        sum += other.sum;
    }

    /** Integer answers. */
    public long answered() {
        return satisfied + neutral + dissatisfied;
    }

    /**
     * The immutable figures of this tally.
     *
     * @return the immutable figures of this tally
     */
    public ScaleResult result() {
        return ScaleResult.of(answered(), dontKnow, satisfied, neutral, dissatisfied, sum);
    }
}
