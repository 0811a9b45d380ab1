package io.github.otklik.core.io;

import io.github.otklik.core.response.SurveyResponse;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Streams a responses JSONL file ({@code spec/formats.md} §2): one {@link SurveyResponse} per
 * non-empty line, in constant memory apart from the exact set of accepted ids.
 *
 * <p>This reader checks the structure: the line is one JSON object (valid UTF-8, no repeated key,
 * at most 100 levels deep), required fields are present and well-formed, enums are known, the
 * client's category agrees with its kind. Checks that need the form are added with
 * {@link Builder#check(RecordCheck)}; a record that passes all checks and whose id was not
 * accepted before is accepted. Instances are immutable and thread-safe; each {@code read} call
 * has its own state. With {@link Builder#parallelism(int)} above 1, lines are parsed and checked on
 * worker threads while the handler is still called on the calling thread, in input order.
 *
 * <pre>{@code
 * ReadSummary s = ResponseJsonlReader.builder().build().read(path, RecordHandler.of(this::store, this::log));
 * }</pre>
 */
public final class ResponseJsonlReader implements RecordReader<SurveyResponse> {
    /** The deepest nesting a line may have; the top-level object is level 1. */
    public static final int MAX_DEPTH = 100;

    private static final String REPEATS = " repeats an earlier accepted record";

    private final ResponseLineParser parser = new ResponseLineParser();
    private final RecordChecks<SurveyResponse> checks;
    private final boolean detectDuplicates;
    private final int parallelism;

    private ResponseJsonlReader(Builder b) {
        this.checks = new RecordChecks<>(b.checks);
        this.detectDuplicates = b.detectDuplicates;
        this.parallelism = b.parallelism;
    }

    /**
     * A builder; by default no extra checks, exact duplicate detection on, one thread.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Reads {@code file}, naming it by its file name in rejects.
     *
     * @throws InputFileException when the file cannot be opened or read
     */
    @Override
    public ReadSummary read(Path file, RecordHandler<? super SurveyResponse> handler) {
        Objects.requireNonNull(handler, "handler");
        return readFile(file, handler, null);
    }

    /**
     * Reads {@code in} (not closed), naming it {@code source} in rejects.
     *
     * @throws UncheckedIOException when reading fails
     */
    @Override
    public ReadSummary read(InputStream in, String source, RecordHandler<? super SurveyResponse> handler) {
        Objects.requireNonNull(handler, "handler");
        return read(in, source, handler, null);
    }

    /**
     * Reads {@code file} once, handing each accepted record to one of the sinks {@code sinks} makes
     * (one per worker thread, each used by one thread at a time, in no particular order) and each
     * reject to {@code rejects} on the calling thread, in input order. The records accepted and
     * rejected are exactly those of {@link #read(Path, RecordHandler)}; with parallelism above 1
     * the sinks' work is spread over the worker threads too.
     *
     * @throws InputFileException when the file cannot be opened or read
     */
    @Override
    public ReadSummary readUnordered(Path file, Supplier<? extends Consumer<? super SurveyResponse>> sinks, Consumer<Reject> rejects) {
        if (parallelism == 1) {
            return readFile(file, UnorderedSinks.single(sinks, rejects), null);
        }
        UnorderedSinks<SurveyResponse> parallel = new UnorderedSinks<>(sinks, rejects);
        return readFile(file, parallel.handler(), parallel);
    }

    /**
     * {@code file} as a source for the metrics engine: {@code read} delivers in order, as
     * {@link #read(Path, RecordHandler)}; {@code readUnordered} as {@link #readUnordered}.
     */
    @Override
    public UnorderedRecordSource<SurveyResponse> source(Path file) {
        return RecordReader.super.source(file);
    }

    /** Reads {@code file}, naming it by its file name in rejects; {@code sinks} as in {@link #read(InputStream, String, RecordHandler, UnorderedSinks)}. */
    private ReadSummary readFile(Path file, RecordHandler<? super SurveyResponse> handler, UnorderedSinks<SurveyResponse> sinks) {
        String source = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        try (InputStream in = IoReasons.open(file)) {
            return read(in, source, handler, sinks);
        } catch (IOException e) {
            throw IoReasons.failure(file, e);
        } catch (UncheckedIOException e) {
            throw IoReasons.failure(file, e);
        }
    }

    /** Reads {@code in}; with {@code sinks}, {@code handler} is theirs and the accepted records go to the sinks. */
    private ReadSummary read(InputStream in, String source, RecordHandler<? super SurveyResponse> handler,
                             UnorderedSinks<SurveyResponse> sinks) {
        ResponseLines lines = new ResponseLines(new LineSource(in), parser, checks);
        Delivery<SurveyResponse> delivery = new Delivery<>(source, handler, detectDuplicates, SurveyResponse::id, REPEATS);
        try {
            RecordPipeline.run(lines, delivery, parallelism, sinks, "otklik-jsonl-reader");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + source + ": " + IoReasons.reason(e), e);
        }
        return delivery.summary(lines.truncated());
    }

    /** Builder of {@link ResponseJsonlReader}; not thread-safe. */
    public static final class Builder {
        private final List<RecordCheck<SurveyResponse>> checks = new ArrayList<>();
        private boolean detectDuplicates = true;
        private int parallelism = 1;

        private Builder() {
        }

        /**
         * Threads that parse and check lines (default 1: all on the calling thread). With more,
         * lines are parsed and checked in batches on that many worker threads, so the checks must
         * be thread-safe (the forms module's validator is); duplicate detection and the handler
         * stay on the calling thread, in input order, and the result is the same.
         *
         * @param threads the number of threads, at least 1
         * @return this builder
         * @throws IllegalArgumentException when below 1
         */
        public Builder parallelism(int threads) {
            if (threads < 1) {
                throw new IllegalArgumentException("parallelism must be at least 1, was " + threads);
            }
            this.parallelism = threads;
            return this;
        }

        /**
         * Adds a check run on every structurally valid response, in the order added.
         *
         * @param check the check
         * @return this builder
         */
        public Builder check(RecordCheck<SurveyResponse> check) {
            checks.add(Objects.requireNonNull(check, "check"));
            return this;
        }

        /**
         * Whether to reject an id that repeats an earlier accepted line (default {@code true}).
         *
         * @param detect whether to detect repeated ids
         * @return this builder
         */
        public Builder detectDuplicates(boolean detect) {
            this.detectDuplicates = detect;
            return this;
        }

        /**
         * Builds the reader.
         *
         * @return the reader
         */
        public ResponseJsonlReader build() {
            return new ResponseJsonlReader(this);
        }
    }
}
