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

    static ZoneId zone(String text) {
        try {
            return ZoneId.of(text);
        } catch (DateTimeException e) {
            throw new UsageException("unknown zone \"" + text + "\" (expected an IANA id such as Europe/Moscow)");
        }
    }
}
