package io.github.otklik.core.appeal;

import io.github.otklik.core.validation.Violation;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The invariants of an {@link Appeal} ({@code spec/formats.md} §3), each written once with its one
 * message: {@link Appeal.Builder#build()} throws with it, the JSON deserializer fails with it, and
 * the appeals CSV reader rejects the row with it. Check them in this order:
 *
 * <ol>
 *   <li>{@link #answerNotBeforeRegistration}: {@code answeredAt} is not before
 *       {@code registeredAt} — "answeredAt A is before registeredAt R" on field {@code answeredAt};
 *   <li>{@link #outcomeOnlyWhenAnswered}: an outcome is set only on an answered appeal —
 *       "outcome O is set on an open appeal (answeredAt is empty)" on field {@code outcome}.
 * </ol>
 *
 * Stateless and thread-safe.
 */
public final class AppealRules {
    private AppealRules() {
    }

    /**
     * The answer-time rule, with the instants written as their ISO-8601 form.
     *
     * @param registeredAt the instant of registration
     * @param answeredAt the instant of the final answer
     * @return the violation when {@code answeredAt} precedes {@code registeredAt}, else empty
     */
    public static Optional<Violation> answerNotBeforeRegistration(Instant registeredAt, Instant answeredAt) {
        return answerNotBeforeRegistration(registeredAt, registeredAt.toString(), answeredAt, answeredAt.toString());
    }

    /**
     * The answer-time rule, with the instants written in the message as the input had them.
     *
     * @param registeredAt the instant of registration
     * @param registeredText how the input wrote {@code registeredAt}
     * @param answeredAt the instant of the final answer
     * @param answeredText how the input wrote {@code answeredAt}
     * @return the violation when {@code answeredAt} precedes {@code registeredAt}, else empty
     */
    public static Optional<Violation> answerNotBeforeRegistration(Instant registeredAt, String registeredText, Instant answeredAt,
                                                                  String answeredText) {
        Objects.requireNonNull(registeredText, "registeredText");
        Objects.requireNonNull(answeredText, "answeredText");
        if (!answeredAt.isBefore(registeredAt)) {
            return Optional.empty();
        }
        return Optional.of(new Violation("answeredAt", "answeredAt " + answeredText + " is before registeredAt " + registeredText));
    }

    /**
     * The outcome rule.
     *
     * @param outcome the outcome given
     * @param answered whether the appeal has an {@code answeredAt}
     * @return the violation when the appeal is open, else empty
     */
    public static Optional<Violation> outcomeOnlyWhenAnswered(AppealOutcome outcome, boolean answered) {
        Objects.requireNonNull(outcome, "outcome");
        return answered ? Optional.empty()
                : Optional.of(new Violation("outcome", "outcome " + outcome + " is set on an open appeal (answeredAt is empty)"));
    }
}
