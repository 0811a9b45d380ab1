package io.github.otklik.forms;

import io.github.otklik.core.validation.Violation;

import java.util.List;
import java.util.stream.Collectors;

/** A form template that breaks the rules of {@code otklik-form/1}; lists every problem. */
public final class InvalidFormException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient List<Violation> problems;

    /** An exception for form {@code formId} with its problems. */
    public InvalidFormException(String formId, List<Violation> problems) {
        super("invalid form " + formId + ": " + problems.stream().map(Violation::toString).collect(Collectors.joining("; ")));
        this.problems = List.copyOf(problems);
    }

    /**
     * Every problem found.
     *
     * @return every problem found
     */
    public List<Violation> problems() {
        return problems;
    }
}
