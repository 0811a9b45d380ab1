package io.github.otklik.core.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.github.otklik.core.io.GeneratedLines.Line;
import io.github.otklik.core.json.OtklikJson;
import io.github.otklik.core.response.SurveyResponse;
import io.github.otklik.core.validation.Identifiers;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.lists;

/**
 * The fast reader against Jackson's own verdict on generated and corrupted lines: the strict token
 * walk ({@code core.io}'s fallback: repeated keys, nesting ≤ 100) for the syntax, and
 * {@link OtklikJson#mapper()} reading a {@link SurveyResponse} (plus the identifier checks the
 * mapping leaves to validators) for the fields. Same verdict on every line; the same response
 * when accepted; for a line with one corruption, the same reject: class (malformed JSON, too
 * deep, not an object, a field), field and reason. Numbers longer than Jackson's 1,000-character
 * limit are not generated: the reader reports such a line as nesting too deep, a known mislabel of
 * Jackson's number-length limit, left as it is.
 */
class ResponseJsonlReaderDifferentialTest {
    private static final ResponseJsonlReader READER = ResponseJsonlReader.builder().build();
    private static final ObjectMapper MAPPER = OtklikJson.mapper().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    private static final JsonFactory STRICT = JsonFactory.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(ResponseJsonlReader.MAX_DEPTH).build()).build();
    private static final java.util.Set<String> REQUIRED_STRINGS = java.util.Set.of("formVersion", "submittedAt", "channel", "client.kind");
    private static final Pattern FIELD_MESSAGE = Pattern.compile("field \"([^\"]*)\": (.*)", Pattern.DOTALL);

    /** What a line gives: nothing (blank), an accepted response, or a reject. */
    record Verdict(String kind, SurveyResponse response, String id, String field, String reason) {
        static final Verdict NONE = new Verdict("none", null, null, null, null);

        static Verdict accepted(SurveyResponse r) {
            return new Verdict("accepted", r, null, null, null);
        }

        static Verdict rejected(String kind, String id, String field, String reason) {
            return new Verdict(kind, null, id, field, reason);
        }

        boolean isAccepted() {
            return kind.equals("accepted");
        }
    }

    @Test
    void generatedLinesAreAcceptedAsTheyMean() {
        qt().withExamples(500).forAll(GeneratedLines.lines()).checkAssert(line -> {
            byte[] bytes = Mutation.apply(line, List.of());
            Verdict fast = fast(bytes);
            assertThat(fast.response()).as(line.json()).isEqualTo(line.expected());
            assertThat(oracle(bytes)).isEqualTo(fast);
        });
    }

    @Test
    void oneCorruptionGivesJacksonsVerdictFieldAndReason() {
        qt().withExamples(2_500).forAll(GeneratedLines.lines(), Mutation.mutations()).checkAssert((line, mutation) -> {
            byte[] bytes = Mutation.apply(line, List.of(mutation));
            Verdict fast = fast(bytes);
            assertThat(withoutSyntaxId(fast)).as("%s on %s", mutation, describe(bytes)).isEqualTo(oracle(bytes));
            if (!fast.kind().equals("field") && fast.id() != null) { // the id read before the syntax error
                assertThat(new String(bytes, java.nio.charset.StandardCharsets.UTF_8)).contains("\"id\":\"" + fast.id() + "\"");
            }
        });
    }

    @Test
    void severalCorruptionsGiveJacksonsVerdict() {
        qt().withExamples(1_000).forAll(GeneratedLines.lines(), lists().of(Mutation.mutations()).ofSizeBetween(2, 4))
                .checkAssert((line, mutations) -> {
                    byte[] bytes = Mutation.apply(line, mutations);
                    Verdict fast = fast(bytes);
                    Verdict oracle = oracle(bytes);
                    assertThat(fast.kind().equals("none")).as(describe(bytes)).isEqualTo(oracle.kind().equals("none"));
                    assertThat(fast.isAccepted()).as("%s on %s", mutations, describe(bytes)).isEqualTo(oracle.isAccepted());
                    assertThat(fast.response()).isEqualTo(oracle.response());
                });
    }

    @Test
    void everyCorruptionKindIsMet() {
        // the corruptions reach each class of verdict: a guard against a generator that stops corrupting
        java.util.Set<String> kinds = new java.util.TreeSet<>();
        // a fixed seed: which kinds 1,000 random cases reach must not vary from run to run
        qt().withFixedSeed(20_251_203L).withExamples(1_000).forAll(GeneratedLines.lines(), Mutation.mutations())
                .checkAssert((line, mutation) -> kinds.add(oracle(Mutation.apply(line, List.of(mutation))).kind()));
        assertThat(kinds).contains("accepted", "malformed", "too deep", "not an object", "field", "none");
    }

    /** The verdict without the id of a syntax reject (the reader names the id it read before the error). */
    private static Verdict withoutSyntaxId(Verdict v) {
        return v.isAccepted() || v.kind().equals("field") || v.kind().equals("none") ? v
                : Verdict.rejected(v.kind(), null, v.field(), v.reason());
    }

    /** The reader's verdict on one line. */
    private static Verdict fast(byte[] line) {
        List<Verdict> verdicts = new ArrayList<>();
        READER.read(new ByteArrayInputStream(line), "d.jsonl", RecordHandler.of(r -> verdicts.add(Verdict.accepted(r)),
                r -> verdicts.add(Verdict.rejected(kindOf(r), r.id().orElse(null), r.field().orElse(null), r.reason()))));
        assertThat(verdicts).as(describe(line)).hasSizeLessThanOrEqualTo(1);
        return verdicts.isEmpty() ? Verdict.NONE : verdicts.get(0);
    }

    private static String kindOf(Reject r) {
        if (r.field().isPresent()) {
            return "field";
        }
        if (r.reason().equals("line is not a JSON object")) {
            return "not an object";
        }
        return r.reason().startsWith("JSON nests deeper") ? "too deep" : "malformed";
    }

    /** Jackson's verdict on one line, as spec/formats.md §2 reads it. */
    private static Verdict oracle(byte[] raw) {
        byte[] line = raw;
        if (line.length > 0 && line[line.length - 1] == '\r') { // CRLF: the line ends before the CR
            line = java.util.Arrays.copyOf(line, line.length - 1);
        }
        boolean blank = true;
        for (byte b : line) {
            blank &= b == ' ' || b == '\t';
        }
        if (blank) {
            return Verdict.NONE;
        }
        Verdict bytes = byteProblem(line);
        if (bytes != null) {
            return bytes;
        }
        // a raw 0xFF byte: Jackson's name table would match a name holding it to a name of an earlier
        // line, so such a line is judged with an empty table, as the reader does
        boolean fresh = false;
        for (byte b : line) {
            fresh |= b == (byte) 0xFF;
        }
        ObjectMapper mapper = fresh ? OtklikJson.mapper().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES) : MAPPER;
        Verdict syntax = strictSyntax(fresh ? STRICT.rebuild().build() : STRICT, line);
        if (syntax != null) {
            return syntax;
        }
        SurveyResponse r;
        try {
            r = mapper.readValue(line, SurveyResponse.class);
        } catch (MismatchedInputException e) {
            Matcher m = FIELD_MESSAGE.matcher(e.getOriginalMessage());
            assertThat(m.matches()).as(e.getOriginalMessage()).isTrue();
            JsonNode tree = safeTree(line);
            String field = m.group(1);
            // the reader refuses an empty required string before parsing it: "must not be empty"
            boolean empty = REQUIRED_STRINGS.contains(field) && tree != null && "".equals(tree.at("/" + field.replace('.', '/')).textValue());
            return Verdict.rejected("field", idOf(tree), field, empty ? "must not be empty" : m.group(2));
        } catch (JsonProcessingException e) { // a string the strict walk skipped and the mapping decoded: not UTF-8
            return Verdict.rejected("malformed", null, null, "malformed JSON: " + firstLine(e.getOriginalMessage()));
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        String id = idOf(safeTree(line));
        String problem = identifier("id", r.id());
        if (problem != null) {
            return Verdict.rejected("field", null, "id", problem);
        }
        problem = identifier("form", r.form());
        if (problem != null) {
            return Verdict.rejected("field", id, "form", problem);
        }
        if (r.formVersion().isEmpty()) {
            return Verdict.rejected("field", id, "formVersion", "must not be empty");
        }
        problem = identifier("agency", r.agency());
        if (problem != null) {
            return Verdict.rejected("field", id, "agency", problem);
        }
        problem = r.process().map(p -> identifier("process", p)).orElse(null);
        if (problem != null) {
            return Verdict.rejected("field", id, "process", problem);
        }
        return Verdict.accepted(r);
    }

    /** A BOM at the line start, a NUL byte or bytes the JDK's strict UTF-8 decoder refuses, whichever comes first; null when none. */
    private static Verdict byteProblem(byte[] line) {
        if (line.length >= 3 && (line[0] & 0xff) == 0xEF && (line[1] & 0xff) == 0xBB && (line[2] & 0xff) == 0xBF) {
            return Verdict.rejected("malformed", null, null, "byte order mark (U+FEFF) at the start of a line in the middle of the file");
        }
        java.nio.ByteBuffer in = java.nio.ByteBuffer.wrap(line);
        java.nio.charset.CoderResult result = java.nio.charset.StandardCharsets.UTF_8.newDecoder()
                .decode(in, java.nio.CharBuffer.allocate(line.length + 1), true);
        int invalid = result.isError() ? in.position() : line.length;
        for (int i = 0; i < invalid; i++) {
            if (line[i] == 0) {
                return Verdict.rejected("malformed", null, null, "NUL byte at byte " + (i + 1) + " (a UTF-16 or UTF-32 file?)");
            }
        }
        return invalid == line.length ? null
                : Verdict.rejected("malformed", null, null, String.format("not UTF-8 at byte %d (0x%02X)", invalid + 1, line[invalid] & 0xff));
    }

    /** The strict walk: the first object and one token after it; null when they are fine. */
    private static Verdict strictSyntax(JsonFactory strict, byte[] line) {
        try (JsonParser p = strict.createParser(line)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                return Verdict.rejected("not an object", null, null, "line is not a JSON object");
            }
            p.skipChildren();
            if (p.nextToken() != null) {
                return Verdict.rejected("malformed", null, null, "malformed JSON: content after the end of the object");
            }
            return null;
        } catch (StreamConstraintsException e) {
            assertThat(e.getOriginalMessage()).as("only nesting is over a limit").contains("nesting depth");
            return Verdict.rejected("too deep", null, null, "JSON nests deeper than 100 levels");
        } catch (JsonProcessingException e) {
            return Verdict.rejected("malformed", null, null, "malformed JSON: " + firstLine(e.getOriginalMessage()));
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static JsonNode safeTree(byte[] line) {
        try {
            return MAPPER.readTree(line);
        } catch (IOException e) {
            return null;
        }
    }

    /** The id a reject names: the line's top-level id when it is a well-formed identifier. */
    private static String idOf(JsonNode tree) {
        JsonNode id = tree == null ? null : tree.get("id");
        return id != null && id.isTextual() && Identifiers.isIdentifier(id.textValue()) ? id.textValue() : null;
    }

    private static String identifier(String field, String value) {
        return Identifiers.isIdentifier(value) ? null : "malformed identifier " + Identifiers.describe(value);
    }

    private static String firstLine(String s) {
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }

    private static String describe(byte[] line) {
        String text = new String(line, java.nio.charset.StandardCharsets.UTF_8);
        return text.length() > 2_000 ? text.substring(0, 2_000) + "… (" + HexFormat.of().formatHex(line, 0, 40) + "…)" : text;
    }
}
