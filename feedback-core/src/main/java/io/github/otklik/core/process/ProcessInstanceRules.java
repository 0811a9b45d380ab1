package io.github.otklik.core.process;

import io.github.otklik.core.validation.Identifiers;
import io.github.otklik.core.validation.Violation;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The invariants of a {@link ProcessInstance} ({@code spec/formats.md} §4), each written once with
 * its one message: {@link ProcessInstance.Builder} throws with it, the JSON deserializer fails with
 * it, and the process-instance CSV reader rejects the row with it.
 *
 * <ul>
 *   <li>{@link #touches}: {@code touches} is an integer ≥ 1 — "touches must be an integer ≥ 1, was
 *       "T"" on field {@code touches};
 *   <li>{@link #finishNotBeforeStart}: {@code finishedAt} is not before {@code startedAt} —
 *       "finishedAt F is before startedAt S" on field {@code finishedAt};
 *   <li>{@link #outcomeOnlyWhenFinished}: an outcome is set only on a finished instance —
 *       "outcome O is set on an instance in progress (finishedAt is empty)" on field
 *       {@code outcome}.
 * </ul>
 *
 * Stateless and thread-safe.
 */
public final class ProcessInstanceRules {
    private ProcessInstanceRules() {
    }

    /**
     * The touches rule on a number as the input wrote it: plain digits (no sign, no fraction) whose
     * value is at least 1 and fits an {@code int}. When it holds, {@link Integer#parseInt} of
     * {@code written} is the number.
     *
     * @param written the value as written ({@code "2"}; {@code Integer.toString} of a number)
     * @return the violation when {@code written} is not such a number, else empty
     */
    public static Optional<Violation> touches(String written) {
        Objects.requireNonNull(written, "written");
        boolean plainDigits = !written.isEmpty();
        for (int i = 0; i < written.length() && plainDigits; i++) {
            plainDigits = written.charAt(i) >= '0' && written.charAt(i) <= '9';
        }
        int n = 0;
        if (plainDigits) {
            try {
                n = Integer.parseInt(written);
            } catch (NumberFormatException e) {
                n = 0; // too large for an int
            }
        }
        return n >= 1 ? Optional.empty()
                : Optional.of(new Violation("touches", "touches must be an integer ≥ 1, was " + Identifiers.describe(written)));
    }

    /**
     * The finish-time rule, with the instants written as their ISO-8601 form.
     *
     * @param startedAt the start instant
     * @param finishedAt the finish instant
     * @return the violation when {@code finishedAt} precedes {@code startedAt}, else empty
     */
    public static Optional<Violation> finishNotBeforeStart(Instant startedAt, Instant finishedAt) {
        return finishNotBeforeStart(startedAt, startedAt.toString(), finishedAt, finishedAt.toString());
    }

    /**
     * The finish-time rule, with the instants written in the message as the input had them.
     *
     * @param startedAt the start instant
     * @param startedText how the input wrote {@code startedAt}
     * @param finishedAt the finish instant
     * @param finishedText how the input wrote {@code finishedAt}
     * @return the violation when {@code finishedAt} precedes {@code startedAt}, else empty
     */
    public static Optional<Violation> finishNotBeforeStart(Instant startedAt, String startedText, Instant finishedAt,
                                                           String finishedText) {
        Objects.requireNonNull(startedText, "startedText");
        Objects.requireNonNull(finishedText, "finishedText");
        if (!finishedAt.isBefore(startedAt)) {
            return Optional.empty();
        }
        return Optional.of(new Violation("finishedAt", "finishedAt " + finishedText + " is before startedAt " + startedText));
    }

    /**
     * The outcome rule.
     *
     * @param outcome the outcome given
     * @param finished whether the instance has a {@code finishedAt}
     * @return the violation when the instance is in progress, else empty
     */
    public static Optional<Violation> outcomeOnlyWhenFinished(ProcessOutcome outcome, boolean finished) {
        Objects.requireNonNull(outcome, "outcome");
        return finished ? Optional.empty()
                : Optional.of(new Violation("outcome", "outcome " + outcome + " is set on an instance in progress (finishedAt is empty)"));
    }
}
