package io.github.otklik.forms;

/** A yes/no question; answers are JSON {@code true}/{@code false}. Immutable. */
public final class BooleanQuestion extends Question {
    private BooleanQuestion(Builder b) {
        super(b);
    }

    @Override
    public QuestionType type() { return QuestionType.BOOLEAN; }

    @Override
    public boolean equals(Object o) {
        return o instanceof BooleanQuestion q && commonEquals(q);
    }

    @Override
    public int hashCode() {
        return commonHash();
    }

    /** Builder of {@link BooleanQuestion}; not thread-safe. */
    public static final class Builder extends Question.Builder<Builder, BooleanQuestion> {
        Builder(String id) {
            super(id);
        }

        @Override
        public BooleanQuestion build() { return new BooleanQuestion(this); }
    }
}
