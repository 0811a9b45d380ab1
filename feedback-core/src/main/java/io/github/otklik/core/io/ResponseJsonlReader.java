package io.github.otklik.core.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import io.github.otklik.core.channel.Channel;
import io.github.otklik.core.client.Client;
import io.github.otklik.core.client.ClientCategory;
import io.github.otklik.core.client.ClientKind;
import io.github.otklik.core.response.AnswerValue;
import io.github.otklik.core.response.SurveyResponse;
import io.github.otklik.core.validation.Identifiers;
import io.github.otklik.core.validation.Instants;
import io.github.otklik.core.validation.Violation;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
 * ReadSummary s = ResponseJsonlReader.builder().build().read(path, new RecordHandler<>() {
 *     public void accept(SurveyResponse r, long line) { store(r); }
 *     public void reject(Reject reject) { log(reject); }
 * });
 * }</pre>
 */
public final class ResponseJsonlReader {
    /** The deepest nesting a line may have; the top-level object is level 1. */
    public static final int MAX_DEPTH = 100;

    private final JsonFactory json;
    private final JsonFactory strictJson; // for the verdict on malformed lines
    private final List<RecordCheck<SurveyResponse>> checks;
    private final boolean detectDuplicates;
    private final int parallelism;

    private ResponseJsonlReader(Builder b) {
        // repeated keys are detected by the parsing code below (Keys), exactly where Jackson's
        // STRICT_DUPLICATE_DETECTION would report them and with its message, at a fraction of its cost
        this.json = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH).build())
                .build();
        this.strictJson = JsonFactory.builder()
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH).build())
                .build();
        this.checks = List.copyOf(b.checks);
        this.detectDuplicates = b.detectDuplicates;
        this.parallelism = b.parallelism;
    }

    /** A builder; by default no extra checks and exact duplicate detection on. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Reads {@code file}, naming it by its file name in rejects.
     *
     * @throws InputFileException when the file cannot be opened or read
     */
    public ReadSummary read(Path file, RecordHandler<? super SurveyResponse> handler) {
        Objects.requireNonNull(handler, "handler");
        return readFile(file, handler, null);
    }

    /**
     * Reads {@code in} (not closed), naming it {@code source} in rejects.
     *
     * @throws UncheckedIOException when reading fails
     */
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
    public ReadSummary readUnordered(Path file, Supplier<? extends Consumer<? super SurveyResponse>> sinks, Consumer<Reject> rejects) {
        Objects.requireNonNull(sinks, "sinks");
        Objects.requireNonNull(rejects, "rejects");
        if (parallelism == 1) {
            Consumer<? super SurveyResponse> sink = sinks.get();
            return readFile(file, new RecordHandler<SurveyResponse>() {
                @Override
                public void accept(SurveyResponse record, long line) {
                    sink.accept(record);
                }

                @Override
                public void reject(Reject reject) {
                    rejects.accept(reject);
                }
            }, null);
        }
        Collector collector = new Collector(rejects);
        return readFile(file, collector, new Sinks(sinks, collector));
    }

    /** Reads {@code file}, naming it by its file name in rejects; {@code sinks} as in {@link #read(InputStream, String, RecordHandler, Sinks)}. */
    private ReadSummary readFile(Path file, RecordHandler<? super SurveyResponse> handler, Sinks sinks) {
        String source = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, source, handler, sinks);
        } catch (IOException e) {
            throw new InputFileException("cannot read " + file + ": " + describe(e), e);
        }
    }

    /**
     * {@code file} as a source for the metrics engine: {@code read} delivers in order, as
     * {@link #read(Path, RecordHandler)}; {@code readUnordered} as {@link #readUnordered}.
     */
    public UnorderedRecordSource<SurveyResponse> source(Path file) {
        Objects.requireNonNull(file, "file");
        return new UnorderedRecordSource<>() {
            @Override
            public ReadSummary read(RecordHandler<? super SurveyResponse> handler) {
                return ResponseJsonlReader.this.read(file, handler);
            }

            @Override
            public ReadSummary readUnordered(Supplier<? extends Consumer<? super SurveyResponse>> sinks, Consumer<Reject> rejects) {
                return ResponseJsonlReader.this.readUnordered(file, sinks, rejects);
            }
        };
    }

    /** Reads {@code in}; with {@code sinks}, {@code handler} is their {@link Collector} and the accepted records go to the sinks. */
    private ReadSummary read(InputStream in, String source, RecordHandler<? super SurveyResponse> handler, Sinks sinks) {
        LineSource lines = new LineSource(in);
        Delivery delivery = new Delivery(source, handler, detectDuplicates ? new IdSet() : null);
        try {
            if (parallelism > 1) {
                readParallel(lines, delivery, sinks);
            } else {
                while (lines.next()) {
                    if (lines.isBlank()) {
                        continue;
                    }
                    delivery.read++;
                    Parsed parsed = parse(lines.bytes(), 0, lines.length());
                    SurveyResponse response = parsed.problem == null ? parsed.build() : null;
                    Violation problem = response == null ? parsed.problem : firstProblem(response);
                    delivery.deliver(lines.number(), parsed.id, response, problem);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + source + ": " + describe(e), e);
        }
        return new ReadSummary(source, delivery.read, delivery.accepted, delivery.read - delivery.accepted, false);
    }

    /** The in-order part of reading: duplicate ids, counts and the handler, on the calling thread. */
    private static final class Delivery {
        final String source;
        final RecordHandler<? super SurveyResponse> handler;
        final IdSet seen;
        long read;
        long accepted;

        Delivery(String source, RecordHandler<? super SurveyResponse> handler, IdSet seen) {
            this.source = source;
            this.handler = handler;
            this.seen = seen;
        }

        void deliver(long lineNo, String parsedId, SurveyResponse response, Violation problem) {
            if (problem == null && seen != null && !seen.add(response.id())) {
                problem = new Violation("id", "id " + Identifiers.describe(response.id()) + " repeats an earlier accepted record");
            }
            if (problem == null) {
                accepted++;
                handler.accept(response, lineNo);
            } else {
                String rejectId = parsedId != null && Identifiers.isIdentifier(parsedId) ? parsedId : null;
                handler.reject(Reject.of(source, lineNo, rejectId, problem.path().isEmpty() ? null : problem.path(), problem.message()));
            }
        }
    }

    // ---------------------------------------------------------------- parallel reading

    /** Lines per batch handed to a worker, and the bytes a batch holds before it is handed over. */
    private static final int BATCH_LINES = 512;
    private static final int BATCH_BYTES = 1 << 18;

    /** A run of lines and, once a worker has been through them, what each line gave. */
    private static final class Batch {
        byte[] data = new byte[BATCH_BYTES];
        int used;
        final int[] starts = new int[BATCH_LINES];
        final int[] lengths = new int[BATCH_LINES];
        final long[] numbers = new long[BATCH_LINES];
        final String[] ids = new String[BATCH_LINES];
        final SurveyResponse[] responses = new SurveyResponse[BATCH_LINES];
        final Violation[] problems = new Violation[BATCH_LINES];
        final SurveyResponse[] accepted = new SurveyResponse[BATCH_LINES]; // for the sinks of an unordered read
        int count;
        int acceptedCount;

        boolean full() {
            return count == BATCH_LINES || used >= BATCH_BYTES;
        }

        void add(byte[] line, int length, long number) {
            if (used + length > data.length) {
                data = java.util.Arrays.copyOf(data, Math.max(data.length * 2, used + length));
            }
            System.arraycopy(line, 0, data, used, length);
            starts[count] = used;
            lengths[count] = length;
            numbers[count] = number;
            used += length;
            count++;
        }

        void clear() {
            java.util.Arrays.fill(ids, 0, count, null);
            java.util.Arrays.fill(responses, 0, count, null);
            java.util.Arrays.fill(problems, 0, count, null);
            used = 0;
            count = 0;
        }

        /** Clears the accepted records too (after the sinks had them); returns this batch. */
        Batch cleared() {
            java.util.Arrays.fill(accepted, 0, acceptedCount, null);
            acceptedCount = 0;
            return this;
        }
    }

    /**
     * Parses and checks batches of lines on {@code parallelism} worker threads while this thread
     * reads ahead and delivers finished batches in input order: exactly the records, rejects and
     * order of the sequential loop. With {@code sinks}, the delivery only decides which records are
     * accepted (duplicate ids, in order) and the accepted ones of each batch go to the sinks on a
     * worker thread.
     */
    private void readParallel(LineSource lines, Delivery delivery, Sinks sinks) throws IOException {
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(parallelism, r -> {
            Thread t = new Thread(r, "otklik-jsonl-reader");
            t.setDaemon(true);
            return t;
        });
        java.util.ArrayDeque<java.util.concurrent.Future<Batch>> inFlight = new java.util.ArrayDeque<>();
        java.util.ArrayDeque<java.util.concurrent.Future<Batch>> sinking = new java.util.ArrayDeque<>();
        java.util.ArrayDeque<Batch> free = new java.util.ArrayDeque<>();
        int maxInFlight = 2 * parallelism + 1;
        try {
            Batch batch = new Batch();
            while (lines.next()) {
                if (lines.isBlank()) {
                    continue;
                }
                delivery.read++;
                batch.add(lines.bytes(), lines.length(), lines.number());
                if (batch.full()) {
                    inFlight.add(submit(pool, batch));
                    while (inFlight.size() >= maxInFlight) {
                        Batch done = deliver(inFlight.poll(), delivery, sinks);
                        if (sinks == null) {
                            free.add(done);
                        } else {
                            sinking.add(pool.submit(() -> sinks.drain(done)));
                            while (sinking.size() >= maxInFlight) {
                                free.add(await(sinking.poll(), delivery.source).cleared());
                            }
                        }
                    }
                    batch = free.isEmpty() ? new Batch() : free.poll();
                }
            }
            if (batch.count > 0) {
                inFlight.add(submit(pool, batch));
            }
            while (!inFlight.isEmpty()) {
                Batch done = deliver(inFlight.poll(), delivery, sinks);
                if (sinks != null) {
                    sinking.add(pool.submit(() -> sinks.drain(done)));
                }
            }
            while (!sinking.isEmpty()) {
                await(sinking.poll(), delivery.source);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** The sinks of one unordered read: one per worker thread, made on its first batch. */
    private static final class Sinks {
        private final ThreadLocal<Consumer<? super SurveyResponse>> local;
        private final Collector collector;

        Sinks(Supplier<? extends Consumer<? super SurveyResponse>> sinks, Collector collector) {
            this.local = ThreadLocal.withInitial(sinks::get);
            this.collector = collector;
        }

        /** Hands the accepted records of {@code b} to this thread's sink. */
        Batch drain(Batch b) {
            Consumer<? super SurveyResponse> sink = local.get();
            for (int i = 0; i < b.acceptedCount; i++) {
                sink.accept(b.accepted[i]);
            }
            return b;
        }
    }

    /** The handler of an unordered read: accepted records into the batch being delivered, rejects out. */
    private static final class Collector implements RecordHandler<SurveyResponse> {
        private final Consumer<Reject> rejects;
        Batch target;

        Collector(Consumer<Reject> rejects) {
            this.rejects = rejects;
        }

        @Override
        public void accept(SurveyResponse record, long line) {
            target.accepted[target.acceptedCount++] = record;
        }

        @Override
        public void reject(Reject reject) {
            rejects.accept(reject);
        }
    }

    private java.util.concurrent.Future<Batch> submit(java.util.concurrent.ExecutorService pool, Batch b) {
        return pool.submit(() -> {
            for (int i = 0; i < b.count; i++) {
                Parsed parsed = parse(b.data, b.starts[i], b.lengths[i]);
                b.ids[i] = parsed.id;
                if (parsed.problem == null) {
                    SurveyResponse response = parsed.build();
                    b.responses[i] = response;
                    b.problems[i] = firstProblem(response);
                } else {
                    b.problems[i] = parsed.problem;
                }
            }
            return b;
        });
    }

    /** Delivers a parsed batch in order (with {@code sinks}: collects its accepted records into it). */
    private static Batch deliver(java.util.concurrent.Future<Batch> future, Delivery delivery, Sinks sinks) {
        Batch b = await(future, delivery.source);
        if (sinks != null) {
            sinks.collector.target = b;
        }
        for (int i = 0; i < b.count; i++) {
            delivery.deliver(b.numbers[i], b.ids[i], b.responses[i], b.problems[i]);
        }
        b.clear();
        return b;
    }

    private static Batch await(java.util.concurrent.Future<Batch> future, String source) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UncheckedIOException(new java.io.InterruptedIOException("interrupted while reading " + source));
        } catch (java.util.concurrent.ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException re) {
                throw re;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(cause);
        }
    }

    private Violation firstProblem(SurveyResponse response) {
        for (RecordCheck<SurveyResponse> check : checks) {
            List<Violation> problems = check.check(response);
            if (!problems.isEmpty()) {
                return problems.get(0);
            }
        }
        return null;
    }

    private static String describe(IOException e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    // ---------------------------------------------------------------- parsing one line

    private Parsed parse(byte[] bytes, int offset, int length) {
        Parsed r = new Parsed();
        try (JsonParser p = json.createParser(bytes, offset, length)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                r.problem = new Violation("", "line is not a JSON object");
                return r;
            }
            JsonToken t;
            Keys keys = new Keys();
            while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                int known = Keys.top(name);
                keys.check(p, name, known);
                p.nextToken();
                switch (known) {
                    case Keys.ID -> r.id = r.string(p, "id");
                    case Keys.FORM -> r.form = r.string(p, "form");
                    case Keys.FORM_VERSION -> r.formVersion = r.string(p, "formVersion");
                    case Keys.SUBMITTED_AT -> r.submittedAt = r.string(p, "submittedAt");
                    case Keys.AGENCY -> r.agency = r.string(p, "agency");
                    case Keys.PROCESS -> r.process = r.string(p, "process");
                    case Keys.CHANNEL -> r.channel = r.string(p, "channel");
                    case Keys.CLIENT -> parseClient(p, r);
                    case Keys.ANONYMOUS -> {
                        if (p.currentToken() == JsonToken.VALUE_TRUE || p.currentToken() == JsonToken.VALUE_FALSE) {
                            r.anonymous = p.getBooleanValue();
                        } else {
                            r.typeProblem("anonymous", "a boolean", p);
                            skip(p);
                        }
                    }
                    case Keys.ANSWERS -> r.answers = r.object(p, "answers");
                    case Keys.RESPONDENT -> r.respondent = r.object(p, "respondent");
                    default -> skip(p);
                }
            }
            if (t != JsonToken.END_OBJECT) {
                r.problem = new Violation("", "line is not a JSON object");
                return r;
            }
            if (p.nextToken() != null) {
                r.problem = new Violation("", "malformed JSON: content after the end of the object");
                return r;
            }
        } catch (JsonProcessingException e) {
            // a malformed line (rare): the verdict is Jackson's strict one, which also decides
            // whether a repeated key or the syntax error comes first
            r.problem = strictProblem(bytes, offset, length, e);
            return r;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        r.checkFields();
        return r;
    }

    /** The first problem Jackson's strict parse finds in a line the fast parse found malformed. */
    private Violation strictProblem(byte[] bytes, int offset, int length, JsonProcessingException fast) {
        JsonProcessingException first = fast;
        try (JsonParser p = strictJson.createParser(bytes, offset, length)) {
            while (p.nextToken() != null) {
                p.currentName(); // walk every token
            }
        } catch (JsonProcessingException e) {
            first = e;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return first instanceof StreamConstraintsException ? new Violation("", "JSON nests deeper than " + MAX_DEPTH + " levels")
                : new Violation("", "malformed JSON: " + firstLine(first.getOriginalMessage()));
    }

    private static void parseClient(JsonParser p, Parsed r) throws IOException {
        if (p.currentToken() != JsonToken.START_OBJECT) {
            r.typeProblem("client", "an object", p);
            skip(p);
            return;
        }
        r.clientSeen = true;
        Keys keys = new Keys();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            int known = Keys.client(name);
            keys.check(p, name, known);
            p.nextToken();
            switch (known) {
                case Keys.KIND -> r.clientKind = r.string(p, "client.kind");
                case Keys.CATEGORY -> r.clientCategory = r.string(p, "client.category");
                default -> skip(p);
            }
        }
    }

    /**
     * The keys seen in one JSON object, to reject a repeated one as Jackson's strict duplicate
     * detection does (same place, same message): known keys in a bit set, others in a set made
     * only when an object has any.
     */
    private static final class Keys {
        static final int ID = 0;
        static final int FORM = 1;
        static final int FORM_VERSION = 2;
        static final int SUBMITTED_AT = 3;
        static final int AGENCY = 4;
        static final int PROCESS = 5;
        static final int CHANNEL = 6;
        static final int CLIENT = 7;
        static final int ANONYMOUS = 8;
        static final int ANSWERS = 9;
        static final int RESPONDENT = 10;
        static final int KIND = 0; // of the client object
        static final int CATEGORY = 1;

        private int seen;
        private java.util.Set<String> others;

        /** The bit of a known top-level key, or −1. */
        static int top(String name) {
            return switch (name) {
                case "id" -> ID;
                case "form" -> FORM;
                case "formVersion" -> FORM_VERSION;
                case "submittedAt" -> SUBMITTED_AT;
                case "agency" -> AGENCY;
                case "process" -> PROCESS;
                case "channel" -> CHANNEL;
                case "client" -> CLIENT;
                case "anonymous" -> ANONYMOUS;
                case "answers" -> ANSWERS;
                case "respondent" -> RESPONDENT;
                default -> -1;
            };
        }

        /** The bit of a known key of the client object, or −1. */
        static int client(String name) {
            return switch (name) {
                case "kind" -> KIND;
                case "category" -> CATEGORY;
                default -> -1;
            };
        }

        /** Rejects {@code name} (known by {@code bit}, or −1) when this object had it before. */
        void check(JsonParser p, String name, int bit) throws JsonParseException {
            if (bit >= 0) {
                if ((seen & (1 << bit)) != 0) {
                    throw duplicate(p, name);
                }
                seen |= 1 << bit;
                return;
            }
            if (others == null) {
                others = new java.util.HashSet<>();
            }
            if (!others.add(name)) {
                throw duplicate(p, name);
            }
        }
    }

    private static JsonParseException duplicate(JsonParser p, String name) {
        return new JsonParseException(p, "Duplicate field '" + name + "'");
    }

    /** Skips the current value, rejecting a repeated key in any object inside it. */
    private static void skip(JsonParser p) throws IOException {
        JsonToken t = p.currentToken();
        if (t == JsonToken.START_OBJECT) {
            java.util.Set<String> names = null;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                if (names == null) {
                    names = new java.util.HashSet<>();
                }
                if (!names.add(name)) {
                    throw duplicate(p, name);
                }
                p.nextToken();
                skip(p);
            }
        } else if (t == JsonToken.START_ARRAY) {
            while (p.nextToken() != JsonToken.END_ARRAY) {
                skip(p);
            }
        }
    }

    static AnswerValue value(JsonParser p) throws IOException {
        return switch (p.currentToken()) {
            case VALUE_NUMBER_INT -> p.getNumberType() == JsonParser.NumberType.BIG_INTEGER
                    ? new AnswerValue.DecimalValue(new java.math.BigDecimal(p.getBigIntegerValue()))
                    : new AnswerValue.IntegerValue(p.getLongValue());
            case VALUE_NUMBER_FLOAT -> new AnswerValue.DecimalValue(p.getDecimalValue());
            case VALUE_STRING -> new AnswerValue.TextValue(p.getText());
            case VALUE_TRUE -> new AnswerValue.BooleanValue(true);
            case VALUE_FALSE -> new AnswerValue.BooleanValue(false);
            case VALUE_NULL -> AnswerValue.NullValue.INSTANCE;
            case START_ARRAY -> {
                List<AnswerValue> items = new ArrayList<>();
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    items.add(value(p));
                }
                yield new AnswerValue.ArrayValue(items);
            }
            case START_OBJECT -> new AnswerValue.ObjectValue(fields(p));
            default -> throw new IllegalStateException("unexpected token " + p.currentToken());
        };
    }

    static Map<String, AnswerValue> fields(JsonParser p) throws IOException {
        Map<String, AnswerValue> map = new LinkedHashMap<>();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String key = p.currentName();
            if (map.containsKey(key)) {
                throw duplicate(p, key);
            }
            p.nextToken();
            map.put(key, value(p));
        }
        return map;
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "unreadable";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }

    /** The raw fields of one line and the first problem found in them. */
    private static final class Parsed {
        Violation problem;
        String id;
        String form;
        String formVersion;
        String submittedAt;
        String agency;
        String process;
        String channel;
        boolean clientSeen;
        String clientKind;
        String clientCategory;
        boolean anonymous = true;
        Map<String, AnswerValue> answers;
        Map<String, AnswerValue> respondent;
        // problems found while reading, by field; reported in field order by checkFields
        Map<String, Violation> typeProblems; // created on the first one
        Instant submitted;
        Channel channelValue;
        Client client;

        String string(JsonParser p, String field) throws IOException {
            if (p.currentToken() == JsonToken.VALUE_STRING) {
                return p.getText();
            }
            typeProblem(field, "a string", p);
            skip(p);
            return null;
        }

        Map<String, AnswerValue> object(JsonParser p, String field) throws IOException {
            if (p.currentToken() == JsonToken.START_OBJECT) {
                return fields(p);
            }
            typeProblem(field, "an object", p);
            skip(p);
            return null;
        }

        void typeProblem(String field, String expected, JsonParser p) {
            String found = switch (p.currentToken()) {
                case VALUE_NULL -> "null";
                case START_ARRAY -> "an array";
                case START_OBJECT -> "an object";
                case VALUE_STRING -> "a string";
                case VALUE_TRUE, VALUE_FALSE -> "a boolean";
                default -> "a number";
            };
            if (typeProblems == null) {
                typeProblems = new LinkedHashMap<>();
            }
            typeProblems.putIfAbsent(field, new Violation(field, "must be " + expected + ", found " + found));
        }

        void checkFields() {
            problem = identifier("id", id, true);
            if (problem != null) {
                id = null; // a malformed id is not repeated in the reject
                return;
            }
            // the first problem in field order; plain code rather than suppliers: this runs once per line
            problem = identifier("form", form, true);
            if (problem == null) {
                problem = requiredString("formVersion", formVersion);
            }
            if (problem == null) {
                problem = timestamp();
            }
            if (problem == null) {
                problem = identifier("agency", agency, true);
            }
            if (problem == null) {
                problem = identifier("process", process, false);
            }
            if (problem == null) {
                problem = channel();
            }
            if (problem == null) {
                problem = client();
            }
            if (problem == null) {
                problem = typeProblem("anonymous");
            }
            if (problem == null) {
                problem = typeProblem("answers");
            }
            if (problem == null) {
                problem = typeProblem("respondent");
            }
        }

        private Violation typeProblem(String field) {
            return typeProblems == null ? null : typeProblems.get(field);
        }

        private Violation identifier(String field, String value, boolean required) {
            Violation typed = typeProblem(field);
            if (typed != null) {
                return typed;
            }
            if (value == null) {
                return required ? new Violation(field, "required field is missing") : null;
            }
            return Identifiers.isIdentifier(value) ? null
                    : new Violation(field, "malformed identifier " + Identifiers.describe(value));
        }

        private Violation requiredString(String field, String value) {
            Violation typed = typeProblem(field);
            if (typed != null) {
                return typed;
            }
            if (value == null) {
                return new Violation(field, "required field is missing");
            }
            return value.isEmpty() ? new Violation(field, "must not be empty") : null;
        }

        private Violation timestamp() {
            Violation missing = requiredString("submittedAt", submittedAt);
            if (missing != null) {
                return missing;
            }
            try {
                submitted = Instants.parseWithOffset(submittedAt);
                return null;
            } catch (IllegalArgumentException e) {
                return new Violation("submittedAt", e.getMessage());
            }
        }

        private Violation channel() {
            Violation missing = requiredString("channel", channel);
            if (missing != null) {
                return missing;
            }
            channelValue = Enums.parse(Channel.class, channel);
            return channelValue == null ? new Violation("channel", Enums.unknown(Channel.class, channel)) : null;
        }

        private Violation client() {
            Violation typed = typeProblem("client");
            if (typed != null) {
                return typed;
            }
            if (!clientSeen) {
                return new Violation("client", "required field is missing");
            }
            Violation missing = requiredString("client.kind", clientKind);
            if (missing != null) {
                return missing;
            }
            ClientKind kind = Enums.parse(ClientKind.class, clientKind);
            if (kind == null) {
                return new Violation("client.kind", Enums.unknown(ClientKind.class, clientKind));
            }
            Violation typedCategory = typeProblem("client.category");
            if (typedCategory != null) {
                return typedCategory;
            }
            if (clientCategory == null) {
                client = Client.of(kind);
                return null;
            }
            ClientCategory category = Enums.parse(ClientCategory.class, clientCategory);
            if (category == null) {
                return new Violation("client.category", Enums.unknown(ClientCategory.class, clientCategory));
            }
            if (category.kind() != kind) {
                return new Violation("client.category", "category " + category + " is not allowed for client kind " + kind);
            }
            client = Client.of(kind, category);
            return null;
        }

        SurveyResponse build() {
            SurveyResponse.Builder b = SurveyResponse.builder(id)
                    .form(form, formVersion)
                    .submittedAt(submitted)
                    .agency(agency)
                    .channel(channelValue)
                    .client(client)
                    .anonymous(anonymous);
            if (process != null) {
                b.process(process);
            }
            if (answers != null) {
                b.answers(answers);
            }
            if (respondent != null) {
                b.respondent(respondent);
            }
            return b.build();
        }
    }

    /** Builder of {@link ResponseJsonlReader}. */
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
         * @throws IllegalArgumentException when below 1
         */
        public Builder parallelism(int threads) {
            if (threads < 1) {
                throw new IllegalArgumentException("parallelism must be at least 1, was " + threads);
            }
            this.parallelism = threads;
            return this;
        }

        /** Adds a check run on every structurally valid response, in the order added. */
        public Builder check(RecordCheck<SurveyResponse> check) {
            checks.add(Objects.requireNonNull(check, "check"));
            return this;
        }

        /** Whether to reject an id that repeats an earlier accepted line (default {@code true}). */
        public Builder detectDuplicates(boolean detect) {
            this.detectDuplicates = detect;
            return this;
        }

        /** Builds the reader. */
        public ResponseJsonlReader build() {
            return new ResponseJsonlReader(this);
        }
    }
}
