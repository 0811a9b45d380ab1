package io.github.otklik.forms;

import java.util.OptionalInt;

/** A free-text question with an optional maximum length in Unicode code points. Immutable. */
public final class TextQuestion extends Question {
    private final int maxLength; // 0 = unlimited

    private TextQuestion(Builder b) {
        super(b);
        this.maxLength = b.maxLength;
    }

    @Override
    public QuestionType type() { return QuestionType.TEXT; }

    /**
     * The maximum length in code points, when set.
     *
     * @return the maximum length in code points, when set
     */
    public OptionalInt maxLength() { return maxLength == 0 ? OptionalInt.empty() : OptionalInt.of(maxLength); }

    @Override
    public boolean equals(Object o) {
        return o instanceof TextQuestion q && commonEquals(q) && maxLength == q.maxLength;
    }

    @Override
    public int hashCode() {
        return 31 * commonHash() + maxLength;
    }

    /** Builder of {@link TextQuestion}; not thread-safe. */
    public static final class Builder extends Question.Builder<Builder, TextQuestion> {
        private int maxLength;

        Builder(String id) {
            super(id);
        }

        /**
         * Maximum length in code points.
         *
         * @throws IllegalArgumentException when less than 1
         */
        public Builder maxLength(int maxLength) {
            if (maxLength < 1) {
                throw new IllegalArgumentException("maxLength must be at least 1, was " + maxLength);
            }
            this.maxLength = maxLength;
            return this;
        }

        @Override
        public TextQuestion build() { return new TextQuestion(this); }
    }
}
