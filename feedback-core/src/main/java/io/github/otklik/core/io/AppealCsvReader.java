package io.github.otklik.core.io;

import io.github.otklik.core.appeal.Appeal;
import io.github.otklik.core.appeal.AppealKind;
import io.github.otklik.core.appeal.AppealOutcome;
import io.github.otklik.core.appeal.AppealRules;
import io.github.otklik.core.channel.Channel;
import io.github.otklik.core.validation.Instants;
import io.github.otklik.core.validation.Violation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Streams an appeals CSV ({@code spec/formats.md} §3) into {@link Appeal}s. A row is rejected when
 * a required column is empty, an identifier or code is malformed, an enum value is unknown, an
 * instant or date is malformed, {@code answeredAt} &lt; {@code registeredAt}, an open appeal has an
 * outcome ({@link AppealRules}, with their messages), its field count differs from the header's, or
 * its id repeats an earlier accepted row. The optional {@code text} column (the appeal's own words,
 * internal only) is kept exactly as written: quotes, line breaks and CRLF inside a quoted field.
 *
 * <pre>{@code
 * ReadSummary s = AppealCsvReader.builder().build().read(Path.of("appeals.csv"), handler);
 * }</pre>
 */
public final class AppealCsvReader extends CsvRecordReader<Appeal> {
    /** Columns in spec order. */
    public static final List<String> COLUMNS = List.of("id", "agency", "process", "channel", "kind", "topic", "reason",
            "registeredAt", "answeredAt", "dueDate", "outcome", "text");
    /** Columns a header must have. */
    public static final Set<String> REQUIRED = Set.of("id", "agency", "channel", "kind", "registeredAt");

    private AppealCsvReader(Builder b) {
        super(COLUMNS, REQUIRED, b.checks, Appeal::id, b.parallelism);
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
    protected Mapped<Appeal> map(Row row) {
        try {
            Appeal.Builder b = Appeal.builder(requiredIdentifier(row, "id"))
                    .agency(requiredIdentifier(row, "agency"));
            String process = optionalIdentifier(row, "process");
            Channel channel = requiredEnum(row, "channel", Channel.class);
            AppealKind kind = requiredEnum(row, "kind", AppealKind.class);
            String topic = optionalIdentifier(row, "topic");
            String reason = optionalCode(row, "reason");
            Instant registeredAt = requiredInstant(row, "registeredAt");
            Instant answeredAt = optionalInstant(row, "answeredAt");
            LocalDate dueDate = dueDate(row);
            AppealOutcome outcome = optionalEnum(row, "outcome", AppealOutcome.class);
            String text = row.value("text");
            Optional<Violation> broken = answeredAt == null ? Optional.empty()
                    : AppealRules.answerNotBeforeRegistration(registeredAt, row.value("registeredAt"), answeredAt, row.value("answeredAt"));
            if (broken.isEmpty() && outcome != null) {
                broken = AppealRules.outcomeOnlyWhenAnswered(outcome, answeredAt != null);
            }
            if (broken.isPresent()) {
                return Mapped.problem(broken.get().path(), broken.get().message());
            }
            b.channel(channel).kind(kind).registeredAt(registeredAt);
            if (process != null) {
                b.process(process);
            }
            if (topic != null) {
                b.topic(topic);
            }
            if (reason != null) {
                b.reason(reason);
            }
            if (answeredAt != null) {
                b.answeredAt(answeredAt);
            }
            if (dueDate != null) {
                b.dueDate(dueDate);
            }
            if (outcome != null) {
                b.outcome(outcome);
            }
            if (text != null) {
                b.text(text);
            }
            return Mapped.of(b.build());
        } catch (FieldProblem p) {
            return Mapped.problem(p.field(), p.getMessage());
        }
    }

    private static LocalDate dueDate(Row row) {
        String v = row.value("dueDate");
        if (v == null) {
            return null;
        }
        try {
            return Instants.parseDate(v);
        } catch (IllegalArgumentException e) {
            throw new FieldProblem("dueDate", e.getMessage());
        }
    }

    /** Builder of {@link AppealCsvReader}; not thread-safe. */
    public static final class Builder {
        private final List<RecordCheck<Appeal>> checks = new ArrayList<>();
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
         * Adds a check run on every well-formed appeal, in the order added.
         *
         * @param check the check
         * @return this builder
         */
        public Builder check(RecordCheck<Appeal> check) {
            checks.add(Objects.requireNonNull(check, "check"));
            return this;
        }

        /**
         * Builds the reader.
         *
         * @return the reader
         */
        public AppealCsvReader build() {
            return new AppealCsvReader(this);
        }
    }
}
