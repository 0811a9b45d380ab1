package io.github.otklik.forms;

import io.github.otklik.core.text.LocalizedText;

import java.util.Objects;
import java.util.Optional;

/**
 * A question of a form: its id (a code), type, whether it is required, its analytic role (with an
 * aspect code or segment name where the role needs one), its text and its visibility condition.
 * Immutable; the variants are {@link ChoiceQuestion} ({@code single}, {@code multi}),
 * {@link ScaleQuestion}, {@link BooleanQuestion}, {@link TextQuestion} and {@link NumberQuestion}.
 */
public abstract sealed class Question permits ChoiceQuestion, ScaleQuestion, BooleanQuestion, TextQuestion, NumberQuestion {
    private final String id;
    private final boolean required;
    private final QuestionRole role;
    private final String aspect;
    private final String segment;
    private final LocalizedText text;
    private final Condition visibleIf;

    Question(Builder<?, ?> b) {
        // canonical (interned) ids, as the JSON readers' answer keys are: the answer lookups of
        // every response then compare keys by reference
        this.id = b.id.intern();
        this.required = b.required;
        this.role = b.role;
        this.aspect = b.aspect;
        this.segment = b.segment;
        this.text = Objects.requireNonNull(b.text, () -> "question " + b.id + " has no text");
        this.visibleIf = b.visibleIf;
    }

    /** A single-choice question. */
    public static ChoiceQuestion.Builder single(String id) {
        return new ChoiceQuestion.Builder(id, false);
    }

    /** A multi-choice question. */
    public static ChoiceQuestion.Builder multi(String id) {
        return new ChoiceQuestion.Builder(id, true);
    }

    /** A rating-scale question. */
    public static ScaleQuestion.Builder scale(String id) {
        return new ScaleQuestion.Builder(id);
    }

    /** A yes/no question. */
    public static BooleanQuestion.Builder bool(String id) {
        return new BooleanQuestion.Builder(id);
    }

    /** A free-text question. */
    public static TextQuestion.Builder text(String id) {
        return new TextQuestion.Builder(id);
    }

    /** A numeric question. */
    public static NumberQuestion.Builder number(String id) {
        return new NumberQuestion.Builder(id);
    }

    /**
     * The question id, a code unique within the form.
     *
     * @return the question id, a code unique within the form
     */
    public String id() { return id; }

    /**
     * The question type.
     *
     * @return the question type
     */
    public abstract QuestionType type();

    /**
     * Whether the question must be answered when visible.
     *
     * @return whether the question must be answered when visible
     */
    public boolean required() { return required; }

    /**
     * The analytic role ({@link QuestionRole#OTHER} when none was given).
     *
     * @return the analytic role ({@link QuestionRole#OTHER} when none was given)
     */
    public QuestionRole role() { return role; }

    /**
     * The aspect code of an {@code aspect} question.
     *
     * @return the aspect code of an {@code aspect} question
     */
    public Optional<String> aspect() { return Optional.ofNullable(aspect); }

    /**
     * The segment dimension of a {@code segment} question ({@code category}, {@code channel}, …).
     *
     * @return the segment dimension of a {@code segment} question ({@code category}, {@code channel}, …)
     */
    public Optional<String> segment() { return Optional.ofNullable(segment); }

    /**
     * The question's text.
     *
     * @return the question's text
     */
    public LocalizedText text() { return text; }

    /**
     * When the question is shown; empty = always (unless an earlier answer ended the survey).
     *
     * @return when the question is shown; empty = always (unless an earlier answer ended the survey)
     */
    public Optional<Condition> visibleIf() { return Optional.ofNullable(visibleIf); }

    boolean commonEquals(Question q) {
        return id.equals(q.id) && required == q.required && role == q.role && Objects.equals(aspect, q.aspect)
                && Objects.equals(segment, q.segment) && text.equals(q.text) && Objects.equals(visibleIf, q.visibleIf);
    }

    int commonHash() {
        return Objects.hash(id, required, role, aspect, segment, text, visibleIf);
    }

    @Override
    public String toString() {
        return type().wireName() + " " + id + (role == QuestionRole.OTHER ? "" : " (" + role.wireName() + ")");
    }

    /**
     * The common part of the question builders.
     *
     * @param <B> the builder's own type
     * @param <Q> the question type built
     */
    public abstract static sealed class Builder<B extends Builder<B, Q>, Q extends Question>
            permits ChoiceQuestion.Builder, ScaleQuestion.Builder, BooleanQuestion.Builder, TextQuestion.Builder,
            NumberQuestion.Builder {
        final String id;
        boolean required;
        QuestionRole role = QuestionRole.OTHER;
        String aspect;
        String segment;
        LocalizedText text;
        Condition visibleIf;

        Builder(String id) {
            this.id = Objects.requireNonNull(id, "id");
        }

        @SuppressWarnings("unchecked")
        private B self() {
            return (B) this;
        }

        /**
         * Marks the question as required when visible.
         *
         * @return this builder
         */
        public B required() { this.required = true; return self(); }

        /**
         * Sets whether the question is required when visible.
         *
         * @param required whether the question is required when visible
         * @return this builder
         */
        public B required(boolean required) { this.required = required; return self(); }

        /**
         * The analytic role.
         *
         * @param role the analytic role
         * @return this builder
         */
        public B role(QuestionRole role) { this.role = Objects.requireNonNull(role); return self(); }

        /**
         * Role {@code aspect} with the given aspect code.
         *
         * @param aspect role {@code aspect} with the given aspect code
         * @return this builder
         */
        public B aspect(String aspect) { this.role = QuestionRole.ASPECT; this.aspect = Objects.requireNonNull(aspect); return self(); }

        /**
         * Role {@code segment} with the given dimension name.
         *
         * @param segment role {@code segment} with the given dimension name
         * @return this builder
         */
        public B segment(String segment) { this.role = QuestionRole.SEGMENT; this.segment = Objects.requireNonNull(segment); return self(); }

        /** The text in Russian and English. */
        public B text(String ru, String en) { this.text = LocalizedText.of(ru, en); return self(); }

        /**
         * The text.
         *
         * @param text the text
         * @return this builder
         */
        public B text(LocalizedText text) { this.text = Objects.requireNonNull(text); return self(); }

        /**
         * The visibility condition.
         *
         * @param condition the visibility condition
         * @return this builder
         */
        public B visibleIf(Condition condition) { this.visibleIf = Objects.requireNonNull(condition); return self(); }

        /**
         * Builds the question (the form checks it as a whole when built).
         *
         * @return the question (the form checks it as a whole when built)
         */
        public abstract Q build();
    }
}
