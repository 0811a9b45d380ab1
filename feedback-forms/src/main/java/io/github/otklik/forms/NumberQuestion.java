package io.github.otklik.forms;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/** A numeric question with optional inclusive bounds; any JSON number within them is valid. Immutable. */
public final class NumberQuestion extends Question {
    private final BigDecimal min;
    private final BigDecimal max;

    private NumberQuestion(Builder b) {
        super(b);
        this.min = b.min;
        this.max = b.max;
    }

    @Override
    public QuestionType type() { return QuestionType.NUMBER; }

    /** Lower bound, when set. */
    public Optional<BigDecimal> min() { return Optional.ofNullable(min); }

    /** Upper bound, when set. */
    public Optional<BigDecimal> max() { return Optional.ofNullable(max); }

    @Override
    public boolean equals(Object o) {
        return o instanceof NumberQuestion q && commonEquals(q) && cmp(min, q.min) && cmp(max, q.max);
    }

    private static boolean cmp(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }

    @Override
    public int hashCode() {
        return 31 * commonHash() + Objects.hash(min == null ? null : min.stripTrailingZeros(), max == null ? null : max.stripTrailingZeros());
    }

    /** Builder of {@link NumberQuestion}; not thread-safe. */
    public static final class Builder extends Question.Builder<Builder, NumberQuestion> {
        private BigDecimal min;
        private BigDecimal max;

        Builder(String id) {
            super(id);
        }

        /**
         * Inclusive lower bound.
         *
         * @param min inclusive lower bound
         * @return this builder
         */
        public Builder min(BigDecimal min) { this.min = Objects.requireNonNull(min); return this; }

        /**
         * Inclusive upper bound.
         *
         * @param max inclusive upper bound
         * @return this builder
         */
        public Builder max(BigDecimal max) { this.max = Objects.requireNonNull(max); return this; }

        /** Inclusive bounds. */
        public Builder range(long min, long max) { return min(BigDecimal.valueOf(min)).max(BigDecimal.valueOf(max)); }

        @Override
        public NumberQuestion build() { return new NumberQuestion(this); }
    }
}
