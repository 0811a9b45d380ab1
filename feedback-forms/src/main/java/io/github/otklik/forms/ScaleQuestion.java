package io.github.otklik.forms;

import java.util.Objects;
import java.util.Optional;

/**
 * A rating scale {@code min..max} (standard forms: 1…5, 5 = fully satisfied), optionally with a
 * "difficult to answer" choice ({@code "dk"}). Answers ≥ {@link #satisfiedFrom()} count as
 * satisfied, ≤ {@link #dissatisfiedTo()} as dissatisfied (defaults {@code max − 1} and
 * {@code min + 1}). Immutable.
 */
public final class ScaleQuestion extends Question {
    private final int min;
    private final int max;
    private final boolean dontKnow;
    private final Integer satisfiedFrom;
    private final Integer dissatisfiedTo;

    private ScaleQuestion(Builder b) {
        super(b);
        this.min = b.min;
        this.max = b.max;
        this.dontKnow = b.dontKnow;
        this.satisfiedFrom = b.satisfiedFrom;
        this.dissatisfiedTo = b.dissatisfiedTo;
    }

    @Override
    public QuestionType type() { return QuestionType.SCALE; }

    /** Lowest value. */
    public int min() { return min; }

    /** Highest value. */
    public int max() { return max; }

    /**
     * Whether {@code "dk"} ("difficult to answer") is allowed.
     *
     * @return whether {@code "dk"} ("difficult to answer") is allowed
     */
    public boolean dontKnow() { return dontKnow; }

    /** Lowest satisfied value: as set, else {@code max − 1}. */
    public int satisfiedFrom() { return satisfiedFrom != null ? satisfiedFrom : max - 1; }

    /** Highest dissatisfied value: as set, else {@code min + 1}. */
    public int dissatisfiedTo() { return dissatisfiedTo != null ? dissatisfiedTo : min + 1; }

    /** {@code satisfiedFrom} when the template sets it explicitly. */
    public Optional<Integer> explicitSatisfiedFrom() { return Optional.ofNullable(satisfiedFrom); }

    /** {@code dissatisfiedTo} when the template sets it explicitly. */
    public Optional<Integer> explicitDissatisfiedTo() { return Optional.ofNullable(dissatisfiedTo); }

    @Override
    public boolean equals(Object o) {
        return o instanceof ScaleQuestion q && commonEquals(q) && min == q.min && max == q.max && dontKnow == q.dontKnow
                && Objects.equals(satisfiedFrom, q.satisfiedFrom) && Objects.equals(dissatisfiedTo, q.dissatisfiedTo);
    }

    @Override
    public int hashCode() {
        return 31 * commonHash() + Objects.hash(min, max, dontKnow, satisfiedFrom, dissatisfiedTo);
    }

    /** Builder of {@link ScaleQuestion}; defaults to a 1…5 scale without "dk". Not thread-safe. */
    public static final class Builder extends Question.Builder<Builder, ScaleQuestion> {
        private int min = 1;
        private int max = 5;
        private boolean dontKnow;
        private Integer satisfiedFrom;
        private Integer dissatisfiedTo;

        Builder(String id) {
            super(id);
        }

        /** The bounds (checked when the form is built). */
        public Builder range(int min, int max) { this.min = min; this.max = max; return this; }

        /**
         * Allows the "difficult to answer" choice.
         *
         * @return this builder
         */
        public Builder dontKnow() { this.dontKnow = true; return this; }

        /**
         * Sets whether "difficult to answer" is allowed.
         *
         * @param allowed whether "difficult to answer" is allowed
         * @return this builder
         */
        public Builder dontKnow(boolean allowed) { this.dontKnow = allowed; return this; }

        /**
         * Lowest satisfied value.
         *
         * @param value lowest satisfied value
         * @return this builder
         */
        public Builder satisfiedFrom(int value) { this.satisfiedFrom = value; return this; }

        /**
         * Highest dissatisfied value.
         *
         * @param value highest dissatisfied value
         * @return this builder
         */
        public Builder dissatisfiedTo(int value) { this.dissatisfiedTo = value; return this; }

        @Override
        public ScaleQuestion build() { return new ScaleQuestion(this); }
    }
}
