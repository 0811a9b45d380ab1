package io.github.otklik.cli;

/** A problem with the command's arguments or inputs; exits with code 2 and the message. */
final class UsageException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    UsageException(String message) {
        super(message);
    }
}
