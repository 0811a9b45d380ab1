package io.github.otklik.forms;

import io.github.otklik.core.text.LocalizedText;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A single- or multi-choice question ({@code single}, {@code multi}) with its options. Immutable. */
public final class ChoiceQuestion extends Question {
    private final boolean multiple;
    private final List<Option> options;
    private final Map<String, Option> byValue; // the first option with each value
    private final boolean endingOption;

    private ChoiceQuestion(Builder b) {
        super(b);
        this.multiple = b.multiple;
        this.options = List.copyOf(b.options);
        Map<String, Option> first = new HashMap<>();
        boolean ending = false;
        for (Option o : options) {
            first.putIfAbsent(o.value(), o);
            ending |= o.endsSurvey();
        }
        this.byValue = first;
        this.endingOption = ending;
    }

    @Override
    public QuestionType type() {
        return multiple ? QuestionType.MULTI : QuestionType.SINGLE;
    }

    /**
     * Whether several options may be chosen.
     *
     * @return whether several options may be chosen
     */
    public boolean multiple() { return multiple; }

    /**
     * The options, in display order.
     *
     * @return the options, in display order
     */
    public List<Option> options() { return options; }

    /** The (first) option with {@code value}, if any. */
    public Optional<Option> option(String value) {
        return Optional.ofNullable(byValue.get(value));
    }

    /** Whether an option has {@code value} (as {@code option(value).isPresent()}, without allocating). */
    public boolean hasOption(String value) {
        return byValue.containsKey(value);
    }

    /** Whether the (first) option with {@code value} ends the questionnaire; false when there is none. */
    public boolean endsSurvey(String value) {
        if (!endingOption) {
            return false;
        }
        Option o = byValue.get(value);
        return o != null && o.endsSurvey();
    }

    /**
     * Whether any option ends the questionnaire ({@code endsSurvey}).
     *
     * @return whether any option ends the questionnaire ({@code endsSurvey})
     */
    public boolean hasEndingOption() {
        return endingOption;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ChoiceQuestion q && commonEquals(q) && multiple == q.multiple && options.equals(q.options);
    }

    @Override
    public int hashCode() {
        return 31 * commonHash() + options.hashCode() + (multiple ? 1 : 0);
    }

    /** Builder of {@link ChoiceQuestion}; not thread-safe. */
    public static final class Builder extends Question.Builder<Builder, ChoiceQuestion> {
        private final boolean multiple;
        private final List<Option> options = new ArrayList<>();

        Builder(String id, boolean multiple) {
            super(id);
            this.multiple = multiple;
        }

        /**
         * Adds an option.
         *
         * @param option an option
         * @return this builder
         */
        public Builder option(Option option) { options.add(option); return this; }

        /** Adds an option with Russian and English text. */
        public Builder option(String value, String ru, String en) { return option(Option.of(value, LocalizedText.of(ru, en))); }

        /** Adds an option that ends the questionnaire. */
        public Builder endingOption(String value, String ru, String en) {
            return option(new Option(value, LocalizedText.of(ru, en), true));
        }

        /** Replaces all options (e.g. an agency's own service list in a copied template). */
        public Builder options(List<Option> replacement) {
            options.clear();
            options.addAll(replacement);
            return this;
        }

        @Override
        public ChoiceQuestion build() { return new ChoiceQuestion(this); }
    }
}
