package io.github.otklik.jdbc;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A JVM of its own running {@link ImportChild} on the test class path: its stdout is read line by
 * line as it comes, its stderr goes to a file for the failure message. Test code only.
 */
final class ChildJvm implements AutoCloseable {
    private static final String EOF = "\u0000eof";

    private final Process process;
    private final Path stderr;
    private final BlockingQueue<String> pending = new LinkedBlockingQueue<>();
    private final List<String> lines = Collections.synchronizedList(new ArrayList<>());
    private final Writer stdin;

    private ChildJvm(Process process, Path stderr) {
        this.process = process;
        this.stderr = stderr;
        this.stdin = new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8);
        Thread reader = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = r.readLine()) != null; ) {
                    lines.add(line);
                    pending.add(line);
                }
            } catch (IOException e) {
                // the process died: what was read is what there is
            } finally {
                pending.add(EOF);
            }
        }, "child-stdout");
        reader.setDaemon(true);
        reader.start();
    }

    /** Starts {@code ImportChild} with {@code args}; its stderr goes to a file in {@code dir}. */
    static ChildJvm start(Path dir, String... args) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx256m");
        command.add("-XX:TieredStopAtLevel=1");
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(ImportChild.class.getName());
        command.addAll(List.of(args));
        try {
            Path err = Files.createTempFile(dir, "child", ".err");
            Process p = new ProcessBuilder(command).redirectError(err.toFile()).start();
            return new ChildJvm(p, err);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Waits until the child prints a line starting with {@code prefix} and returns it.
     *
     * @throws AssertionError when it exits or {@code seconds} pass first
     */
    String await(String prefix, int seconds) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (true) {
            String line = pending.poll(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            if (line == null || line.equals(EOF)) {
                throw new AssertionError("the child printed no \"" + prefix + "\" line" + (line == null ? " in " + seconds + " s" : "")
                        + "; " + transcript());
            }
            if (line.startsWith(prefix)) {
                return line;
            }
        }
    }

    /** Sends {@code line} to the child's stdin. */
    void send(String line) throws IOException {
        stdin.write(line + "\n");
        stdin.flush();
    }

    /** Kills the child at once ({@code SIGKILL}) and waits until it is gone. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            throw new AssertionError("the child did not die");
        }
    }

    /**
     * Waits for the child to exit and returns its exit code.
     *
     * @throws AssertionError when it runs longer than {@code seconds}
     */
    int exitCode(int seconds) throws InterruptedException {
        if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("the child ran longer than " + seconds + " s; " + transcript());
        }
        return process.exitValue();
    }

    /** Whether the child is still running. */
    boolean isAlive() {
        return process.isAlive();
    }

    /** The child's stdout so far. */
    List<String> lines() {
        synchronized (lines) {
            return List.copyOf(lines);
        }
    }

    /** The last line of the child's stdout that starts with {@code prefix}, without the prefix. */
    String last(String prefix) {
        List<String> all = lines();
        for (int i = all.size() - 1; i >= 0; i--) {
            if (all.get(i).startsWith(prefix)) {
                return all.get(i).substring(prefix.length());
            }
        }
        throw new AssertionError("no \"" + prefix + "\" line; " + transcript());
    }

    /** What the child printed, for failure messages. */
    String transcript() {
        String err;
        try {
            err = Files.readString(stderr, StandardCharsets.UTF_8);
        } catch (IOException e) {
            err = "(stderr unreadable: " + e + ")";
        }
        List<String> out = lines();
        List<String> tail = out.subList(Math.max(0, out.size() - 20), out.size());
        return "stdout (last lines): " + tail + "\nstderr:\n" + (err.length() > 6000 ? err.substring(0, 6000) + "…" : err);
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            kill();
        }
    }
}
