package io.github.otklik.core.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Opening input files and the operating system's reason of an I/O failure, in words, for one-line messages. Stateless. */
final class IoReasons {
    private IoReasons() {
    }

    /** Opens {@code file} for reading, or throws an {@link InputFileException} naming it and the reason. */
    static InputStream open(Path file) {
        if (Files.isDirectory(file)) {
            throw new InputFileException("cannot read " + file + ": is a directory");
        }
        try {
            return Files.newInputStream(file);
        } catch (IOException e) {
            throw failure(file, e);
        }
    }

    /** The exception for a failure while opening or reading {@code file}. */
    static InputFileException failure(Path file, IOException e) {
        return new InputFileException("cannot read " + file + ": " + reason(e), e);
    }

    /** The exception for a failure while reading {@code file}, from an unchecked wrapper. */
    static InputFileException failure(Path file, UncheckedIOException e) {
        return failure(file, e.getCause());
    }

    /** The reason of {@code e} in words: the OS reason when there is one, never just the file name. */
    static String reason(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "no such file or directory";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof FileSystemException fs && fs.getReason() != null) {
            return fs.getReason();
        }
        String m = e.getMessage();
        return m == null || m.isBlank() ? e.getClass().getSimpleName() : m;
    }
}
