package io.github.otklik.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** The outcome of one in-process CLI run. */
record CliRun(int exitCode, String out, String err) {
    static CliRun of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Otklik.run(new PrintWriter(out), new PrintWriter(err), args);
        return new CliRun(code, out.toString(), err.toString());
    }
}
