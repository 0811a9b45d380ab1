package io.github.otklik.core.io;

import io.github.otklik.core.response.AnswerValue;
import io.github.otklik.core.response.SurveyResponse;
import io.github.otklik.core.validation.Violation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** One line in, its fields and its first problem out: the fast parse, the strict verdict, the field order. */
class ResponseLineParserTest {
    private static final ResponseLineParser PARSER = new ResponseLineParser();
    private static final String LINE = "{\"id\":\"r-1\",\"form\":\"EXT-1\",\"formVersion\":\"1\",\"submittedAt\":\"2025-03-31T21:30:00Z\","
            + "\"agency\":\"minsoc\",\"channel\":\"EPGU\",\"client\":{\"kind\":\"EXTERNAL\"},\"answers\":{\"overall\":4}}";

    private static ResponseFields parse(String line) {
        byte[] bytes = ("  " + line + "  ").getBytes(StandardCharsets.UTF_8); // a slice of a larger buffer
        return PARSER.parse(bytes, 2, bytes.length - 4);
    }

    @Test
    void aValidLineBuildsItsResponse() {
        ResponseFields f = parse(LINE);
        assertThat(f.problem).isNull();
        SurveyResponse r = f.build();
        assertThat(r.id()).isEqualTo("r-1");
        assertThat(r.answers()).containsEntry("overall", AnswerValue.of(4));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "[1]                                    | line is not a JSON object",
        "{\"id\":\"r-1\"} {}                    | malformed JSON: content after the end of the object",
        "{\"id\":\"r-1\",\"id\":\"r-1\"}        | malformed JSON: Duplicate field 'id'",
        "{\"x\":[{\"k\":1,\"k\":2}],\"id\":tru} | malformed JSON: Duplicate field 'k'",
        "{\"x\":tru,\"id\":\"a\",\"id\":\"b\"}  | malformed JSON: Unrecognized token 'tru': was expecting (JSON String, Number, Array, Object or token 'null', 'true' or 'false')",
    })
    void aMalformedLineGetsJacksonsStrictVerdict(String line, String reason) {
        ResponseFields f = parse(line.strip());
        assertThat(f.problem).isEqualTo(new Violation("", reason));
    }

    @Test
    void aStringTheFastParseCannotDecodeYieldsToJacksonsFirstError() {
        // the fast parse decodes the id and stops at the UTF-8 surrogate; Jackson's walk skips strings and meets the repeat
        byte[] surrogate = {(byte) 0xED, (byte) 0xA0, (byte) 0x80};
        byte[] head = "{\"id\":\"".getBytes(StandardCharsets.UTF_8);
        byte[] tail = "\",\"id\":1}".getBytes(StandardCharsets.UTF_8);
        byte[] line = new byte[head.length + surrogate.length + tail.length];
        System.arraycopy(head, 0, line, 0, head.length);
        System.arraycopy(surrogate, 0, line, head.length, surrogate.length);
        System.arraycopy(tail, 0, line, head.length + surrogate.length, tail.length);
        assertThat(PARSER.parse(line, 0, line.length).problem).isEqualTo(new Violation("", "malformed JSON: Duplicate field 'id'"));
        byte[] alone = java.util.Arrays.copyOf(line, head.length + surrogate.length + 2);
        alone[alone.length - 1] = '}';
        assertThat(PARSER.parse(alone, 0, alone.length).problem.message()).startsWith("malformed JSON: Invalid UTF-8");
    }

    @Test
    void nestingIsCountedFromTheTopLevelObject() {
        assertThat(parse(LINE.replace("4}", "" + "[".repeat(98) + "]".repeat(98) + "}")).problem).isNull();
        assertThat(parse(LINE.replace("4}", "" + "[".repeat(99) + "]".repeat(99) + "}")).problem)
                .isEqualTo(new Violation("", "JSON nests deeper than 100 levels"));
    }

    @Test
    void theFirstProblemInFieldOrderWinsWhateverTheKeyOrder() {
        String line = LINE.replace("\"EPGU\"", "7").replace("\"1\"", "\"\"");
        String reordered = "{\"channel\":7," + line.substring(1).replace(",\"channel\":7", "");
        for (String l : new String[] {line, reordered}) {
            assertThat(parse(l).problem).as(l).isEqualTo(new Violation("formVersion", "must not be empty"));
        }
    }

    @Test
    void theIdReadBeforeASyntaxErrorIsKept() {
        assertThat(parse("{\"id\":\"r-9\",\"form\":").id).isEqualTo("r-9");
        assertThat(parse("{\"form\":,\"id\":\"r-9\"}").id).isNull();
    }

    @Test
    void anExponentBeyondAnIntIsOneRejectAndTheReadGoesOn() {
        String bad = LINE.replace("\"overall\":4", "\"overall\":1e9999999999");
        Collected<SurveyResponse> c = new Collected<>();
        ResponseJsonlReader.builder().build().read(new ByteArrayInputStream((bad + "\n" + LINE).getBytes(StandardCharsets.UTF_8)),
                "r.jsonl", c);
        assertThat(c.rejects).singleElement().satisfies(r -> {
            assertThat(r.line()).isEqualTo(1);
            assertThat(r.reason()).startsWith("malformed JSON: ").contains("can not be deserialized as `java.math.BigDecimal`");
        });
        assertThat(c.lines).containsExactly(2L);
    }
}
