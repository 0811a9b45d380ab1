package io.github.otklik.cli;

import io.github.otklik.core.period.ReportingPeriod;

import java.time.DateTimeException;
import java.time.ZoneId;

/** Parsing helpers shared by the commands; each failure is a {@link UsageException} (exit 2). */
final class Cli {
    private Cli() {
    }

    static ReportingPeriod period(String text) {
        try {
            return ReportingPeriod.parse(text);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
    }

    static io.github.otklik.core.text.Language lang(String text) {
        try {
            return io.github.otklik.core.text.Language.of(text);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
    }

    /** Writes {@code text} to {@code file}, or to {@code out} when no file is given. */
    static void write(java.io.PrintWriter out, java.nio.file.Path file, String text) {
        if (file == null) {
            out.print(text);
            out.flush();
            return;
        }
        try {
            java.nio.file.Files.writeString(file, text, java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new UsageException("cannot write " + file + ": " + reason(e));
        }
    }

    static ZoneId zone(String text) {
        try {
            return ZoneId.of(text);
        } catch (DateTimeException e) {
            throw new UsageException("unknown zone \"" + text + "\" (expected an IANA id such as Europe/Moscow)");
        }
    }

    /** The operating system's reason of {@code e} in words, never just a file name. */
    static String reason(java.io.IOException e) {
        if (e instanceof java.nio.file.NoSuchFileException) {
            return "no such file or directory";
        }
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof java.nio.file.FileAlreadyExistsException) {
            return "already exists";
        }
        if (e instanceof java.nio.file.FileSystemException fs && fs.getReason() != null) {
            return fs.getReason();
        }
        String m = e.getMessage();
        return m == null || m.isBlank() ? e.getClass().getSimpleName() : m;
    }

    /** One line for an I/O failure: the file, when known, and the reason. */
    static String ioMessage(java.io.IOException e) {
        if (e instanceof java.nio.file.FileAlreadyExistsException fs) {
            return "cannot use " + fs.getFile() + ": it exists and is not a directory";
        }
        if (e instanceof java.nio.file.FileSystemException fs && fs.getFile() != null) {
            return "cannot access " + fs.getFile() + ": " + reason(e);
        }
        return "input or output failed: " + reason(e);
    }

    /**
     * {@code text} with control characters (terminal escapes among them) and lone surrogates shown
     * as {@code \\uXXXX}, so that nothing from an input file reaches a terminal raw.
     */
    static String printable(String text) {
        StringBuilder sb = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean bad = c < 0x20 && c != '\t' || c == 0x7f || c >= 0x80 && c < 0xa0
                    || Character.isHighSurrogate(c) && (i + 1 == text.length() || !Character.isLowSurrogate(text.charAt(i + 1)))
                    || Character.isLowSurrogate(c) && (i == 0 || !Character.isHighSurrogate(text.charAt(i - 1)));
            if (bad && sb == null) {
                sb = new StringBuilder(text.length() + 16).append(text, 0, i);
            }
            if (sb != null) {
                if (bad) {
                    sb.append(String.format("\\u%04X", (int) c));
                } else {
                    sb.append(c);
                }
            }
        }
        return sb == null ? text : sb.toString();
    }
}
