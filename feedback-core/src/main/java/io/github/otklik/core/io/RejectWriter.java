package io.github.otklik.core.io;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import io.github.otklik.core.json.OtklikModule;

import java.io.Closeable;
import java.io.Flushable;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Writes {@link Reject}s as the JSON Lines reject report of {@code spec/formats.md} §5, one compact
 * object per LF-ended line; thread-safe (each line is written whole).
 *
 * <pre>{@code
 * try (RejectWriter rejects = new RejectWriter(Path.of("rejects.jsonl"))) {
 *     rejects.write(Reject.of("responses.jsonl", 17, "r-17", "answers.overall", "value 7 is outside 1..5"));
 * }
 * }</pre>
 */
public final class RejectWriter implements Closeable, Flushable {
    private static final ObjectWriter JSON = new ObjectMapper().registerModule(new OtklikModule()).writerFor(Reject.class);

    private final Writer out;
    private long count;
    private boolean closed;

    /**
     * Writes to {@code out}; the caller chooses its encoding (UTF-8 for the contract) and buffering.
     */
    public RejectWriter(Writer out) {
        this.out = Objects.requireNonNull(out, "out");
    }

    /**
     * Creates {@code file}, or truncates it, and writes to it in UTF-8 without BOM, buffered.
     *
     * @throws IOException when the file cannot be opened for writing
     */
    public RejectWriter(Path file) throws IOException {
        this(Files.newBufferedWriter(Objects.requireNonNull(file, "file"), StandardCharsets.UTF_8));
    }

    /**
     * Writes one reject as one line.
     *
     * @throws IOException when writing fails or the writer is closed
     */
    public synchronized void write(Reject reject) throws IOException {
        Objects.requireNonNull(reject, "reject");
        if (closed) {
            throw new IOException("reject writer is closed");
        }
        out.write(withoutLoneSurrogates(JSON.writeValueAsString(reject)));
        out.write('\n');
        count++;
    }

    /**
     * {@code json} with every lone surrogate (which UTF-8 cannot encode; it can only stand in a
     * string) written as its JSON escape, so that one odd reason never cuts the report.
     */
    private static String withoutLoneSurrogates(String json) {
        StringBuilder sb = null;
        for (int i = 0; i < json.length(); i++) {
            char c = json.charAt(i);
            boolean lone = Character.isHighSurrogate(c) ? i + 1 == json.length() || !Character.isLowSurrogate(json.charAt(i + 1))
                    : Character.isLowSurrogate(c) && (i == 0 || !Character.isHighSurrogate(json.charAt(i - 1)));
            if (Character.isHighSurrogate(c) && !lone) {
                if (sb != null) {
                    sb.append(c).append(json.charAt(i + 1));
                }
                i++;
                continue;
            }
            if (lone && sb == null) {
                sb = new StringBuilder(json.length() + 8).append(json, 0, i);
            }
            if (sb != null) {
                if (lone) {
                    sb.append(String.format("\\u%04x", (int) c));
                } else {
                    sb.append(c);
                }
            }
        }
        return sb == null ? json : sb.toString();
    }

    /** Number of rejects written so far. */
    public synchronized long count() {
        return count;
    }

    /** Flushes the target. */
    @Override
    public synchronized void flush() throws IOException {
        if (!closed) {
            out.flush();
        }
    }

    /** Flushes and closes the target; later calls do nothing. */
    @Override
    public synchronized void close() throws IOException {
        if (!closed) {
            closed = true;
            out.close();
        }
    }
}
