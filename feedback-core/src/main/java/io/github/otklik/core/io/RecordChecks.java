package io.github.otklik.core.io;

import io.github.otklik.core.validation.Violation;

import java.util.List;

/**
 * The {@link RecordCheck}s a reader was built with, run in the order added; the first violation is
 * the record's reject. Immutable; thread-safe when the checks are.
 *
 * @param <T> the record type
 */
final class RecordChecks<T> {
    private final RecordCheck<T>[] checks;

    @SuppressWarnings({"unchecked", "rawtypes"})
    RecordChecks(List<RecordCheck<T>> checks) {
        this.checks = List.copyOf(checks).toArray(new RecordCheck[0]);
    }

    /** The first violation any check finds in {@code record}, or {@code null}. */
    Violation firstProblem(T record) {
        for (int i = 0; i < checks.length; i++) {
            List<Violation> problems = checks[i].check(record);
            if (!problems.isEmpty()) {
                return problems.get(0);
            }
        }
        return null;
    }
}
