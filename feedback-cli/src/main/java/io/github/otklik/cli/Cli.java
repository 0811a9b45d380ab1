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
            throw new UsageException("cannot write " + file + ": " + e.getMessage());
        }
    }

    static ZoneId zone(String text) {
        try {
            return ZoneId.of(text);
        } catch (DateTimeException e) {
            throw new UsageException("unknown zone \"" + text + "\" (expected an IANA id such as Europe/Moscow)");
        }
    }
}
