package io.github.otklik.core.config;

import io.github.otklik.core.io.InputFileException;
import io.github.otklik.core.validation.Violation;

import java.util.List;
import java.util.Objects;

/**
 * A configuration file that was read but is not valid: every problem found, each with its JSON
 * path ({@code [3].annualVolume: must be a non-negative integer, found -5}), in one exception.
 * The message is one line, {@code invalid WHAT ORIGIN: PROBLEM; PROBLEM; …}, with at most
 * {@value #SHOWN} problems and a count of the rest; {@link #problems()} has them all. As an
 * {@link InputFileException} it is what the command line turns into exit code 2.
 */
public final class ConfigException extends InputFileException {
    /** At most this many problems are written into the message. */
    public static final int SHOWN = 20;
    private static final long serialVersionUID = 1L;

    /** The kind of file. */
    private final String what;
    /** The file's name. */
    private final String origin;
    private final transient List<Violation> problems;

    /**
     * An exception for the problems of one file.
     *
     * @param what the kind of file, as the message names it: {@code rule set}, {@code registry}
     * @param origin the file's name
     * @param problems what is wrong, at least one; a path of {@code ""} means the document as a whole
     * @throws IllegalArgumentException when there is no problem
     */
    public ConfigException(String what, String origin, List<Violation> problems) {
        super(message(what, origin, problems));
        this.what = what;
        this.origin = origin;
        this.problems = List.copyOf(problems);
    }

    private static String message(String what, String origin, List<Violation> problems) {
        Objects.requireNonNull(what, "what");
        Objects.requireNonNull(origin, "origin");
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("a configuration exception needs a problem");
        }
        StringBuilder b = new StringBuilder("invalid ").append(what).append(' ').append(origin).append(": ");
        for (int i = 0; i < problems.size() && i < SHOWN; i++) {
            b.append(i == 0 ? "" : "; ").append(problems.get(i));
        }
        if (problems.size() > SHOWN) {
            int more = problems.size() - SHOWN;
            b.append("; and ").append(more).append(more == 1 ? " more problem" : " more problems");
        }
        return b.toString();
    }

    /**
     * The kind of file.
     *
     * @return {@code rule set}, {@code registry}, …
     */
    public String what() {
        return what;
    }

    /**
     * The file's name.
     *
     * @return the name, as the message gives it
     */
    public String origin() {
        return origin;
    }

    /**
     * Every problem, in the order found (document order, mostly).
     *
     * @return the problems, at least one
     */
    public List<Violation> problems() {
        return problems;
    }
}
