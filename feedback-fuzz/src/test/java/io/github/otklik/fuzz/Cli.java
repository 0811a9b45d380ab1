package io.github.otklik.fuzz;

import io.github.otklik.cli.Otklik;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** Runs the {@code otklik} command line in process and keeps its exit code and both outputs. */
final class Cli {
    private static final Pattern TRACE = Pattern.compile("(?m)^\\s+at [\\w.$]+\\(|Exception\\b|internal error|\\bError\\b");

    private Cli() {
    }

    /** One run's result. */
    record Run(int code, String out, String err) {
        /** No stack trace, no exception name, no internal error, and one-line errors. */
        void assertClean() {
            assertThat(TRACE.matcher(err).find()).as("stack trace or internal error on stderr: %s", err).isFalse();
            assertThat(TRACE.matcher(out.length() > 10_000 ? out.substring(0, 10_000) : out).find()).as("stdout: %s", out).isFalse();
            assertThat(err.chars().anyMatch(ch -> ch == 0x1b || ch == 0x9b || ch == 0x07)).as("raw terminal escape on stderr").isFalse();
        }
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Otklik.run(new PrintWriter(out), new PrintWriter(err), args);
        return new Run(code, out.toString(), err.toString());
    }
}
