package io.github.otklik.core.io;

import io.github.otklik.core.channel.Channel;
import io.github.otklik.core.process.ProcessInstance;
import io.github.otklik.core.process.ProcessInstanceRules;
import io.github.otklik.core.process.ProcessOutcome;
import io.github.otklik.core.validation.Violation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Streams a process-instance CSV ({@code spec/formats.md} §4) into {@link ProcessInstance}s. A row
 * is rejected when a required column is empty, an identifier or code is malformed, an enum value
 * is unknown, an instant is malformed, {@code finishedAt} &lt; {@code startedAt}, {@code touches}
 * is not an integer ≥ 1, an outcome is set while {@code finishedAt} is empty (the last three are
 * {@link ProcessInstanceRules}, with their messages), its field count differs from the header's,
 * or its id repeats an earlier accepted row.
 */
public final class ProcessInstanceCsvReader extends CsvRecordReader<ProcessInstance> {
    /** Columns in spec order. */
    public static final List<String> COLUMNS = List.of("id", "agency", "process", "channel", "startedAt", "finishedAt",
            "touches", "outcome", "negativeReason");
    /** Columns a header must have. */
    public static final Set<String> REQUIRED = Set.of("id", "agency", "process", "startedAt");

    private ProcessInstanceCsvReader(Builder b) {
        super(COLUMNS, REQUIRED, b.checks, ProcessInstance::id, b.parallelism);
    }

    /**
     * A builder; by default no extra checks, one thread.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    @Override
    protected Mapped<ProcessInstance> map(Row row) {
        try {
            ProcessInstance.Builder b = ProcessInstance.builder(requiredIdentifier(row, "id"))
                    .agency(requiredIdentifier(row, "agency"))
                    .process(requiredIdentifier(row, "process"));
            Channel channel = optionalEnum(row, "channel", Channel.class);
            Instant startedAt = requiredInstant(row, "startedAt");
            Instant finishedAt = optionalInstant(row, "finishedAt");
            int touches = touches(row);
            ProcessOutcome outcome = optionalEnum(row, "outcome", ProcessOutcome.class);
            String negativeReason = optionalCode(row, "negativeReason");
            Optional<Violation> broken = finishedAt == null ? Optional.empty()
                    : ProcessInstanceRules.finishNotBeforeStart(startedAt, row.value("startedAt"), finishedAt, row.value("finishedAt"));
            if (broken.isEmpty() && outcome != null) {
                broken = ProcessInstanceRules.outcomeOnlyWhenFinished(outcome, finishedAt != null);
            }
            if (broken.isPresent()) {
                return Mapped.problem(broken.get().path(), broken.get().message());
            }
            b.startedAt(startedAt);
            if (channel != null) {
                b.channel(channel);
            }
            if (finishedAt != null) {
                b.finishedAt(finishedAt);
            }
            if (touches > 0) {
                b.touches(touches);
            }
            if (outcome != null) {
                b.outcome(outcome);
            }
            if (negativeReason != null) {
                b.negativeReason(negativeReason);
            }
            return Mapped.of(b.build());
        } catch (FieldProblem p) {
            return Mapped.problem(p.field(), p.getMessage());
        }
    }

    private static int touches(Row row) {
        String v = row.value("touches");
        if (v == null) {
            return 0;
        }
        Optional<Violation> invalid = ProcessInstanceRules.touches(v);
        if (invalid.isPresent()) {
            throw new FieldProblem("touches", invalid.get().message());
        }
        return Integer.parseInt(v);
    }

    /** Builder of {@link ProcessInstanceCsvReader}; not thread-safe. */
    public static final class Builder {
        private final List<RecordCheck<ProcessInstance>> checks = new ArrayList<>();
        private int parallelism = 1;

        private Builder() {
        }

        /**
         * Threads that map and check rows (default 1: all on the calling thread). Rows are still
         * split on the calling thread, and delivered there in input order with exactly the records,
         * rejects and lines of the one-thread read; the checks must be thread-safe.
         *
         * @param threads the number of threads, at least 1
         * @return this builder
         * @throws IllegalArgumentException when below 1
         */
        public Builder parallelism(int threads) {
            if (threads < 1) {
                throw new IllegalArgumentException("parallelism must be at least 1, was " + threads);
            }
            this.parallelism = threads;
            return this;
        }

        /**
         * Adds a check run on every well-formed instance, in the order added.
         *
         * @param check the check
         * @return this builder
         */
        public Builder check(RecordCheck<ProcessInstance> check) {
            checks.add(Objects.requireNonNull(check, "check"));
            return this;
        }

        /**
         * Builds the reader.
         *
         * @return the reader
         */
        public ProcessInstanceCsvReader build() {
            return new ProcessInstanceCsvReader(this);
        }
    }
}
