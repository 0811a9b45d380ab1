package io.github.otklik.core.io;

/**
 * An input that cannot be read at all: the file cannot be opened, or it is invalid as a whole (a
 * CSV header that lacks a required column or repeats one). The message names the file and the
 * cause in one line.
 *
 * <p>Subclasses say more about the cause (such as {@code core.config.ConfigException}, which lists
 * every problem of a configuration file with its JSON path); whoever maps input errors to an exit
 * code or a response need only catch this type.
 */
public class InputFileException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** An exception with a one-line message. */
    public InputFileException(String message) {
        super(message);
    }

    /** An exception with a one-line message and its cause. */
    public InputFileException(String message, Throwable cause) {
        super(message, cause);
    }
}
