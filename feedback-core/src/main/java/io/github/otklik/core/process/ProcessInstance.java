package io.github.otklik.core.process;

import io.github.otklik.core.channel.Channel;
import io.github.otklik.core.validation.Identifiers;
import io.github.otklik.core.validation.Violation;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * One run of a process for one client (экземпляр процесса), as one row of the process-instance
 * CSV ({@code spec/formats.md} §4). Immutable; built with {@link #builder(String)}.
 *
 * <p>Invariants checked by the builder ({@link ProcessInstanceRules}, with the messages the readers
 * use): {@code finishedAt} is not before {@code startedAt}, {@code touches} ≥ 1, and an outcome is
 * set only on a finished instance.
 */
public final class ProcessInstance {
    @NotNull @Pattern(regexp = Identifiers.IDENTIFIER_REGEX)
    private final String id;
    @NotNull @Pattern(regexp = Identifiers.IDENTIFIER_REGEX)
    private final String agency;
    @NotNull @Pattern(regexp = Identifiers.IDENTIFIER_REGEX)
    private final String process;
    private final Channel channel;
    @NotNull
    private final Instant startedAt;
    private final Instant finishedAt;
    private final int touches; // 0 = not reported; the builder enforces >= 1
    private final ProcessOutcome outcome;
    @Pattern(regexp = Identifiers.CODE_REGEX)
    private final String negativeReason;

    private ProcessInstance(Builder b) {
        this.id = b.id;
        this.agency = Objects.requireNonNull(b.agency, "agency");
        this.process = Objects.requireNonNull(b.process, "process");
        this.channel = b.channel;
        this.startedAt = Objects.requireNonNull(b.startedAt, "startedAt");
        this.finishedAt = b.finishedAt;
        this.touches = b.touches;
        this.outcome = b.outcome;
        this.negativeReason = b.negativeReason;
        if (finishedAt != null) {
            failOn(ProcessInstanceRules.finishNotBeforeStart(startedAt, finishedAt));
        }
        if (outcome != null) {
            failOn(ProcessInstanceRules.outcomeOnlyWhenFinished(outcome, finishedAt != null));
        }
    }

    private static void failOn(Optional<Violation> violation) {
        if (violation.isPresent()) {
            throw new IllegalArgumentException(violation.get().message());
        }
    }

    /** A builder for an instance with identifier {@code id}. */
    public static Builder builder(String id) {
        return new Builder(id);
    }

    /** Instance id. */
    public String id() { return id; }

    /** Agency id. */
    public String agency() { return agency; }

    /** Process id. */
    public String process() { return process; }

    /** Channel through which the client came, when known. */
    public Optional<Channel> channel() { return Optional.ofNullable(channel); }

    /** Instant the client's request was registered. */
    public Instant startedAt() { return startedAt; }

    /** Instant of the result; empty while in progress. */
    public Optional<Instant> finishedAt() { return Optional.ofNullable(finishedAt); }

    /**
     * Whether the instance has finished.
     *
     * @return whether the instance has finished
     */
    public boolean isFinished() { return finishedAt != null; }

    /** Number of times the client had to interact, when reported (always ≥ 1). */
    public OptionalInt touches() { return touches == 0 ? OptionalInt.empty() : OptionalInt.of(touches); }

    /** Positive or negative result, when finished and known. */
    public Optional<ProcessOutcome> outcome() { return Optional.ofNullable(outcome); }

    /** Reason code of a negative result, when given. */
    public Optional<String> negativeReason() { return Optional.ofNullable(negativeReason); }

    @Override
    public boolean equals(Object o) {
        return o instanceof ProcessInstance p && id.equals(p.id) && agency.equals(p.agency) && process.equals(p.process)
                && channel == p.channel && startedAt.equals(p.startedAt) && Objects.equals(finishedAt, p.finishedAt)
                && touches == p.touches && outcome == p.outcome && Objects.equals(negativeReason, p.negativeReason);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, agency, process, channel, startedAt, finishedAt, touches, outcome, negativeReason);
    }

    @Override
    public String toString() {
        return "ProcessInstance[" + id + ", " + process + ", started " + startedAt
                + (finishedAt == null ? ", in progress" : ", finished " + finishedAt) + "]";
    }

    /** Builder of {@link ProcessInstance}; not thread-safe. */
    public static final class Builder {
        private final String id;
        private String agency;
        private String process;
        private Channel channel;
        private Instant startedAt;
        private Instant finishedAt;
        private int touches;
        private ProcessOutcome outcome;
        private String negativeReason;

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
         * Process id (required).
         *
         * @param process process id (required)
         * @return this builder
         */
        public Builder process(String process) { this.process = Objects.requireNonNull(process); return this; }

        /**
         * Channel through which the client came.
         *
         * @param channel channel through which the client came
         * @return this builder
         */
        public Builder channel(Channel channel) { this.channel = Objects.requireNonNull(channel); return this; }

        /**
         * Start instant (required).
         *
         * @param at start instant (required)
         * @return this builder
         */
        public Builder startedAt(Instant at) { this.startedAt = Objects.requireNonNull(at); return this; }

        /**
         * Finish instant.
         *
         * @param at finish instant
         * @return this builder
         */
        public Builder finishedAt(Instant at) { this.finishedAt = Objects.requireNonNull(at); return this; }

        /**
         * Number of client touches.
         *
         * @throws IllegalArgumentException when {@code touches} &lt; 1
         */
        public Builder touches(int touches) {
            failOn(ProcessInstanceRules.touches(Integer.toString(touches)));
            this.touches = touches;
            return this;
        }

        /**
         * Outcome of the finished instance.
         *
         * @param outcome outcome of the finished instance
         * @return this builder
         */
        public Builder outcome(ProcessOutcome outcome) { this.outcome = Objects.requireNonNull(outcome); return this; }

        /**
         * Reason code of a negative result.
         *
         * @param reason reason code of a negative result
         * @return this builder
         */
        public Builder negativeReason(String reason) { this.negativeReason = Objects.requireNonNull(reason); return this; }

        /**
         * Builds the instance.
         *
         * @return the instance
         * @throws NullPointerException when a required part is missing
         * @throws IllegalArgumentException when {@code finishedAt} precedes {@code startedAt} or an
         *     unfinished instance has an outcome
         */
        public ProcessInstance build() { return new ProcessInstance(this); }
    }
}
