package io.github.otklik.core.appeal;

import io.github.otklik.core.channel.Channel;
import io.github.otklik.core.validation.Identifiers;
import io.github.otklik.core.validation.Violation;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A direct appeal (обращение), complaint (жалоба), request or proposal, as one row of the appeals
 * CSV ({@code spec/formats.md} §3). Immutable; built with {@link #builder(String)}.
 *
 * <p>Invariants checked by {@link Builder#build()} ({@link AppealRules}, with the messages the readers
 * use): {@code answeredAt} is not before {@code registeredAt}, and an outcome is set only on an
 * answered appeal.
 *
 * <p>The appeal's own words ({@link #text()}) may hold personal data: they are for internal text
 * analysis only, never for a public output, and {@link #toString()} does not show them.
 */
public final class Appeal {
    @NotNull @Pattern(regexp = Identifiers.IDENTIFIER_REGEX)
    private final String id;
    @NotNull @Pattern(regexp = Identifiers.IDENTIFIER_REGEX)
    private final String agency;
    @Pattern(regexp = Identifiers.IDENTIFIER_REGEX)
    private final String process;
    @NotNull
    private final Channel channel;
    @NotNull
    private final AppealKind kind;
    @Pattern(regexp = Identifiers.IDENTIFIER_REGEX)
    private final String topic;
    @Pattern(regexp = Identifiers.CODE_REGEX)
    private final String reason;
    @NotNull
    private final Instant registeredAt;
    private final Instant answeredAt;
    private final LocalDate dueDate;
    private final AppealOutcome outcome;
    private final String text;

    private Appeal(Builder b) {
        this.id = b.id;
        this.agency = Objects.requireNonNull(b.agency, "agency");
        this.process = b.process;
        this.channel = Objects.requireNonNull(b.channel, "channel");
        this.kind = Objects.requireNonNull(b.kind, "kind");
        this.topic = b.topic;
        this.reason = b.reason;
        this.registeredAt = Objects.requireNonNull(b.registeredAt, "registeredAt");
        this.answeredAt = b.answeredAt;
        this.dueDate = b.dueDate;
        this.outcome = b.outcome;
        this.text = b.text;
        if (answeredAt != null) {
            failOn(AppealRules.answerNotBeforeRegistration(registeredAt, answeredAt));
        }
        if (outcome != null) {
            failOn(AppealRules.outcomeOnlyWhenAnswered(outcome, answeredAt != null));
        }
    }

    private static void failOn(Optional<Violation> violation) {
        if (violation.isPresent()) {
            throw new IllegalArgumentException(violation.get().message());
        }
    }

    /** A builder for an appeal with identifier {@code id}. */
    public static Builder builder(String id) {
        return new Builder(id);
    }

    /** Unique appeal id. */
    public String id() { return id; }

    /** Agency id. */
    public String agency() { return agency; }

    /**
     * The process the appeal concerns, when known.
     *
     * @return the process the appeal concerns, when known
     */
    public Optional<String> process() { return Optional.ofNullable(process); }

    /** Channel through which the appeal came. */
    public Channel channel() { return channel; }

    /** Appeal, complaint, request or proposal. */
    public AppealKind kind() { return kind; }

    /** Topic code from the agency's classifier, when given. */
    public Optional<String> topic() { return Optional.ofNullable(topic); }

    /** Main reason code, when given. */
    public Optional<String> reason() { return Optional.ofNullable(reason); }

    /** Instant of registration. */
    public Instant registeredAt() { return registeredAt; }

    /** Instant of the final answer; empty while the appeal is open. */
    public Optional<Instant> answeredAt() { return Optional.ofNullable(answeredAt); }

    /**
     * Whether the appeal has been answered.
     *
     * @return whether the appeal has been answered
     */
    public boolean isAnswered() { return answeredAt != null; }

    /**
     * The explicit answer deadline; empty means registration date + 30 days in the reporting zone.
     *
     * @return the explicit answer deadline; empty means registration date + 30 days in the reporting zone
     */
    public Optional<LocalDate> dueDate() { return Optional.ofNullable(dueDate); }

    /**
     * The outcome of an answered appeal, when given.
     *
     * @return the outcome of an answered appeal, when given
     */
    public Optional<AppealOutcome> outcome() { return Optional.ofNullable(outcome); }

    /**
     * The appeal's own words, when given: free text that may hold personal data, for internal use
     * only (never in a public output).
     *
     * @return the text, exactly as the input had it
     */
    public Optional<String> text() { return Optional.ofNullable(text); }

    /**
     * A builder initialised with this appeal's values.
     *
     * @return a builder initialised with this appeal's values
     */
    public Builder toBuilder() {
        Builder b = new Builder(id).agency(agency).channel(channel).kind(kind).registeredAt(registeredAt);
        b.process = process;
        b.topic = topic;
        b.reason = reason;
        b.answeredAt = answeredAt;
        b.dueDate = dueDate;
        b.outcome = outcome;
        b.text = text;
        return b;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Appeal a && id.equals(a.id) && agency.equals(a.agency) && Objects.equals(process, a.process)
                && channel == a.channel && kind == a.kind && Objects.equals(topic, a.topic)
                && Objects.equals(reason, a.reason) && registeredAt.equals(a.registeredAt)
                && Objects.equals(answeredAt, a.answeredAt) && Objects.equals(dueDate, a.dueDate) && outcome == a.outcome
                && Objects.equals(text, a.text);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, agency, process, channel, kind, topic, reason, registeredAt, answeredAt, dueDate, outcome, text);
    }

    /** Id, kind, channel and times; never the text. */
    @Override
    public String toString() {
        return "Appeal[" + id + ", " + kind + ", " + channel + ", registered " + registeredAt
                + (answeredAt == null ? ", open" : ", answered " + answeredAt) + "]";
    }

    /** Builder of {@link Appeal}; not thread-safe. */
    public static final class Builder {
        private final String id;
        private String agency;
        private String process;
        private Channel channel;
        private AppealKind kind;
        private String topic;
        private String reason;
        private Instant registeredAt;
        private Instant answeredAt;
        private LocalDate dueDate;
        private AppealOutcome outcome;
        private String text;

        private Builder(String id) {
            this.id = Objects.requireNonNull(id, "id");
        }

        /**
         * Agency id (required).
         *
         * @param agency agency id (required)
         * @return this builder
         */
        public Builder agency(String agency) { this.agency = Objects.requireNonNull(agency); return this; }

        /**
         * Process id the appeal concerns.
         *
         * @param process process id the appeal concerns
         * @return this builder
         */
        public Builder process(String process) { this.process = Objects.requireNonNull(process); return this; }

        /**
         * Channel (required).
         *
         * @param channel channel (required)
         * @return this builder
         */
        public Builder channel(Channel channel) { this.channel = Objects.requireNonNull(channel); return this; }

        /**
         * Kind (required).
         *
         * @param kind kind (required)
         * @return this builder
         */
        public Builder kind(AppealKind kind) { this.kind = Objects.requireNonNull(kind); return this; }

        /**
         * Topic code.
         *
         * @param topic topic code
         * @return this builder
         */
        public Builder topic(String topic) { this.topic = Objects.requireNonNull(topic); return this; }

        /**
         * Main reason code.
         *
         * @param reason main reason code
         * @return this builder
         */
        public Builder reason(String reason) { this.reason = Objects.requireNonNull(reason); return this; }

        /**
         * Instant of registration (required).
         *
         * @param at instant of registration (required)
         * @return this builder
         */
        public Builder registeredAt(Instant at) { this.registeredAt = Objects.requireNonNull(at); return this; }

        /**
         * Instant of the final answer.
         *
         * @param at instant of the final answer
         * @return this builder
         */
        public Builder answeredAt(Instant at) { this.answeredAt = Objects.requireNonNull(at); return this; }

        /**
         * Explicit answer deadline.
         *
         * @param date explicit answer deadline
         * @return this builder
         */
        public Builder dueDate(LocalDate date) { this.dueDate = Objects.requireNonNull(date); return this; }

        /**
         * Outcome of the answered appeal.
         *
         * @param outcome outcome of the answered appeal
         * @return this builder
         */
        public Builder outcome(AppealOutcome outcome) { this.outcome = Objects.requireNonNull(outcome); return this; }

        /**
         * The appeal's own words (internal only: may hold personal data).
         *
         * @param text the text, kept exactly (not trimmed)
         * @return this builder
         */
        public Builder text(String text) { this.text = Objects.requireNonNull(text); return this; }

        /**
         * Builds the appeal.
         *
         * @return the appeal
         * @throws NullPointerException when a required part is missing
         * @throws IllegalArgumentException when {@code answeredAt} precedes {@code registeredAt}
         *     or an open appeal has an outcome
         */
        public Appeal build() { return new Appeal(this); }
    }
}
