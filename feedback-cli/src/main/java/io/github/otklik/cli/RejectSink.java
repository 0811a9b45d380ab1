package io.github.otklik.cli;

import io.github.otklik.core.io.Reject;
import io.github.otklik.core.io.RejectWriter;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Where a command's rejects go: every one to {@code --rejects FILE} when given, and a count with the
 * first few reasons to stderr ({@code spec/cli.md}).
 */
final class RejectSink implements Consumer<Reject>, AutoCloseable {
    private static final int SHOWN = 5;

    private final RejectWriter file;
    private final List<Reject> first = new ArrayList<>();
    private long count;

    RejectSink(Path rejects) {
        try {
            this.file = rejects == null ? null : new RejectWriter(rejects);
        } catch (IOException e) {
            throw new UsageException("cannot write " + rejects + ": " + Cli.reason(e));
        } catch (RuntimeException e) {
            throw new UsageException("cannot write " + rejects + ": " + e.getMessage());
        }
    }

    @Override
    public void accept(Reject reject) {
        count++;
        if (first.size() < SHOWN) {
            first.add(reject);
        }
        if (file != null) {
            try {
                file.write(reject);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
    }

    long count() {
        return count;
    }

    /** Prints the count and the first reasons to {@code err}, if anything was rejected. */
    void report(PrintWriter err) {
        if (count == 0) {
            return;
        }
        err.println("otklik: rejected " + count + " record" + (count == 1 ? "" : "s") + (count > first.size() ? ", the first " + first.size() + ":" : ":"));
        for (Reject r : first) {
            err.println("  " + Cli.printable(r.toString()));
        }
        err.flush();
    }

    @Override
    public void close() {
        if (file != null) {
            try {
                file.close();
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
    }
}
