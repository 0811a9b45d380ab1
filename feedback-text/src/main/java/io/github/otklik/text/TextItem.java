package io.github.otklik.text;

import io.github.otklik.core.validation.Identifiers;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One free text to analyse: a survey comment or an appeal's text, with what the analyses need to
 * know about its record — the process, the instant, whether the client was dissatisfied (the
 * response's {@code overall} answer at or below the form's {@code dissatisfiedTo}, or an appeal of
 * kind {@code COMPLAINT}), and whether a quote of it may name its record (not for anonymous internal
 * forms). Build it with {@link #builder(TextSource, String)} or take it from {@link TextItems}.
 * Immutable, thread-safe; {@link #toString()} never shows the text.
 */
public final class TextItem {
    private final TextSource source;
    private final String recordId;
    private final String process;
    private final String form;
    private final Instant at;
    private final String text;
    private final boolean dissatisfied;
    private final boolean attributable;

    private TextItem(Builder b) {
        this.source = b.source;
        this.recordId = b.recordId;
        this.process = b.process;
        this.form = b.form;
        this.at = Objects.requireNonNull(b.at, "at");
        this.text = Objects.requireNonNull(b.text, "text");
        this.dissatisfied = b.dissatisfied;
        this.attributable = b.attributable;
    }

    /**
     * A builder for a text of {@code source} from record {@code recordId}.
     *
     * @param source a survey comment or an appeal
     * @param recordId the response or appeal id
     * @return a new builder
     * @throws IllegalArgumentException when {@code recordId} is not an identifier
     */
    public static Builder builder(TextSource source, String recordId) {
        return new Builder(source, recordId);
    }

    /**
     * Where the text comes from.
     *
     * @return a survey comment or an appeal
     */
    public TextSource source() {
        return source;
    }

    /**
     * The id of the response or appeal; quotes carry it only when {@link #attributable()}.
     *
     * @return the record id
     */
    public String recordId() {
        return recordId;
    }

    /**
     * The process the record concerns.
     *
     * @return the process id, when the record has one
     */
    public Optional<String> process() {
        return Optional.ofNullable(process);
    }

    /**
     * The form of a survey comment.
     *
     * @return the form id, for survey comments
     */
    public Optional<String> form() {
        return Optional.ofNullable(form);
    }

    /**
     * When the record was made: the response's {@code submittedAt}, the appeal's {@code registeredAt}.
     *
     * @return the instant that places the text in a reporting period
     */
    public Instant at() {
        return at;
    }

    /**
     * The text as the client wrote it; may hold personal data, so it never leaves the library
     * unmasked.
     *
     * @return the text
     */
    public String text() {
        return text;
    }

    /**
     * Whether the client was dissatisfied: overall answer ≤ {@code dissatisfiedTo}, or a complaint.
     *
     * @return true on the dissatisfied side of the phrase statistics
     */
    public boolean dissatisfied() {
        return dissatisfied;
    }

    /**
     * Whether a quote of this text may name its record; false for responses to internal
     * (anonymous) forms.
     *
     * @return true when quotes may carry {@link #recordId()}
     */
    public boolean attributable() {
        return attributable;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TextItem t && source == t.source && recordId.equals(t.recordId) && Objects.equals(process, t.process)
                && Objects.equals(form, t.form) && at.equals(t.at) && text.equals(t.text) && dissatisfied == t.dissatisfied
                && attributable == t.attributable;
    }

    @Override
    public int hashCode() {
        return Objects.hash(source, recordId, process, form, at, text, dissatisfied, attributable);
    }

    @Override
    public String toString() {
        return "TextItem[" + source + " " + recordId + (process == null ? "" : ", " + process) + ", " + at
                + (dissatisfied ? ", dissatisfied" : "") + ", " + text.length() + " chars]";
    }

    /** Builder of {@link TextItem}; {@code at} and {@code text} are required. Not thread-safe. */
    public static final class Builder {
        private final TextSource source;
        private final String recordId;
        private String process;
        private String form;
        private Instant at;
        private String text;
        private boolean dissatisfied;
        private boolean attributable = true;

        private Builder(TextSource source, String recordId) {
            this.source = Objects.requireNonNull(source, "source");
            this.recordId = Identifiers.requireIdentifier(recordId, "record id");
        }

        /**
         * The process the record concerns.
         *
         * @param process a process id
         * @return this builder
         * @throws IllegalArgumentException when {@code process} is not an identifier
         */
        public Builder process(String process) {
            this.process = Identifiers.requireIdentifier(process, "process");
            return this;
        }

        /**
         * The form of a survey comment.
         *
         * @param form a form id
         * @return this builder
         */
        public Builder form(String form) {
            this.form = Objects.requireNonNull(form, "form");
            return this;
        }

        /**
         * When the record was made (required).
         *
         * @param at the instant
         * @return this builder
         */
        public Builder at(Instant at) {
            this.at = Objects.requireNonNull(at, "at");
            return this;
        }

        /**
         * The text (required).
         *
         * @param text the client's words
         * @return this builder
         */
        public Builder text(String text) {
            this.text = Objects.requireNonNull(text, "text");
            return this;
        }

        /**
         * Whether the client was dissatisfied (default false).
         *
         * @param dissatisfied true for a low overall answer or a complaint
         * @return this builder
         */
        public Builder dissatisfied(boolean dissatisfied) {
            this.dissatisfied = dissatisfied;
            return this;
        }

        /**
         * Whether quotes may name the record (default true).
         *
         * @param attributable false for anonymous internal forms
         * @return this builder
         */
        public Builder attributable(boolean attributable) {
            this.attributable = attributable;
            return this;
        }

        /**
         * Builds the item.
         *
         * @return the item
         * @throws NullPointerException when {@code at} or {@code text} is missing
         */
        public TextItem build() {
            return new TextItem(this);
        }
    }
}
