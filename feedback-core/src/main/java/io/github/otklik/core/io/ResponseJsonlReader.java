package io.github.otklik.core.io;

import com.fasterxml.jackson.core.JsonFactory;
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

/**
 * Streams a responses JSONL file ({@code spec/formats.md} §2): one {@link SurveyResponse} per
 * non-empty line, in constant memory apart from the exact set of accepted ids.
 *
 * <p>This reader checks the structure: the line is one JSON object (valid UTF-8, no repeated key,
 * at most 100 levels deep), required fields are present and well-formed, enums are known, the
 * client's category agrees with its kind. Checks that need the form are added with
 * {@link Builder#check(RecordCheck)}; a record that passes all checks and whose id was not
 * accepted before is accepted. Instances are immutable and thread-safe; each {@code read} call
 * has its own state.
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
    private final List<RecordCheck<SurveyResponse>> checks;
    private final boolean detectDuplicates;

    private ResponseJsonlReader(Builder b) {
        this.json = JsonFactory.builder()
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH).build())
                .build();
        this.checks = List.copyOf(b.checks);
        this.detectDuplicates = b.detectDuplicates;
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
        String source = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, source, handler);
        } catch (IOException e) {
            throw new InputFileException("cannot read " + file + ": " + describe(e), e);
        }
    }

    /**
     * Reads {@code in} (not closed), naming it {@code source} in rejects.
     *
     * @throws UncheckedIOException when reading fails
     */
    public ReadSummary read(InputStream in, String source, RecordHandler<? super SurveyResponse> handler) {
        Objects.requireNonNull(handler, "handler");
        LineSource lines = new LineSource(in);
        IdSet seen = detectDuplicates ? new IdSet() : null;
        long read = 0;
        long accepted = 0;
        try {
            while (lines.next()) {
                if (lines.isBlank()) {
                    continue;
                }
                read++;
                long lineNo = lines.number();
                Parsed parsed = parse(lines.bytes(), lines.length());
                Violation problem = parsed.problem;
                SurveyResponse response = null;
                if (problem == null) {
                    response = parsed.build();
                    problem = firstProblem(response);
                }
                if (problem == null && seen != null && !seen.add(response.id())) {
                    problem = new Violation("id", "id " + Identifiers.describe(response.id()) + " repeats an earlier accepted record");
                }
                if (problem == null) {
                    accepted++;
                    handler.accept(response, lineNo);
                } else {
                    String rejectId = parsed.id != null && Identifiers.isIdentifier(parsed.id) ? parsed.id : null;
                    handler.reject(Reject.of(source, lineNo, rejectId, problem.path().isEmpty() ? null : problem.path(), problem.message()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + source + ": " + describe(e), e);
        }
        return new ReadSummary(source, read, accepted, read - accepted, false);
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

    private Parsed parse(byte[] bytes, int length) {
        Parsed r = new Parsed();
        try (JsonParser p = json.createParser(bytes, 0, length)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                r.problem = new Violation("", "line is not a JSON object");
                return r;
            }
            JsonToken t;
            while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                p.nextToken();
                switch (name) {
                    case "id" -> r.id = r.string(p, "id");
                    case "form" -> r.form = r.string(p, "form");
                    case "formVersion" -> r.formVersion = r.string(p, "formVersion");
                    case "submittedAt" -> r.submittedAt = r.string(p, "submittedAt");
                    case "agency" -> r.agency = r.string(p, "agency");
                    case "process" -> r.process = r.string(p, "process");
                    case "channel" -> r.channel = r.string(p, "channel");
                    case "client" -> parseClient(p, r);
                    case "anonymous" -> {
                        if (p.currentToken() == JsonToken.VALUE_TRUE || p.currentToken() == JsonToken.VALUE_FALSE) {
                            r.anonymous = p.getBooleanValue();
                        } else {
                            r.typeProblem("anonymous", "a boolean", p);
                            p.skipChildren();
                        }
                    }
                    case "answers" -> r.answers = r.object(p, "answers");
                    case "respondent" -> r.respondent = r.object(p, "respondent");
                    default -> p.skipChildren();
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
        } catch (StreamConstraintsException e) {
            r.problem = new Violation("", "JSON nests deeper than " + MAX_DEPTH + " levels");
            return r;
        } catch (JsonProcessingException e) {
            r.problem = new Violation("", "malformed JSON: " + firstLine(e.getOriginalMessage()));
            return r;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        r.checkFields();
        return r;
    }

    private static void parseClient(JsonParser p, Parsed r) throws IOException {
        if (p.currentToken() != JsonToken.START_OBJECT) {
            r.typeProblem("client", "an object", p);
            p.skipChildren();
            return;
        }
        r.clientSeen = true;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            p.nextToken();
            switch (name) {
                case "kind" -> r.clientKind = r.string(p, "client.kind");
                case "category" -> r.clientCategory = r.string(p, "client.category");
                default -> p.skipChildren();
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
            p.skipChildren();
            return null;
        }

        Map<String, AnswerValue> object(JsonParser p, String field) throws IOException {
            if (p.currentToken() == JsonToken.START_OBJECT) {
                return fields(p);
            }
            typeProblem(field, "an object", p);
            p.skipChildren();
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

        private Builder() {
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
