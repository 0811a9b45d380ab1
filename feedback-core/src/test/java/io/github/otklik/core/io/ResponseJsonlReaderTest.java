package io.github.otklik.core.io;

import io.github.otklik.core.channel.Channel;
import io.github.otklik.core.client.ClientCategory;
import io.github.otklik.core.client.ClientKind;
import io.github.otklik.core.response.AnswerValue;
import io.github.otklik.core.response.SurveyResponse;
import io.github.otklik.core.validation.Violation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ResponseJsonlReaderTest {
    private static final String VALID = "{\"id\":\"%s\",\"form\":\"EXT-1\",\"formVersion\":\"1\",\"submittedAt\":\"2025-03-31T21:30:00Z\","
            + "\"agency\":\"minsoc\",\"process\":\"svc-042\",\"channel\":\"EPGU\",\"client\":{\"kind\":\"EXTERNAL\",\"category\":\"CITIZEN\"},"
            + "\"answers\":{\"used\":\"yes\",\"overall\":4,\"time\":\"dk\",\"problems\":[\"queue\",\"docs\"],\"comment\":\"%s\"}}";

    private static String valid(String id) {
        return String.format(VALID, id, "ok");
    }

    private static Collected<SurveyResponse> read(byte[] bytes) {
        Collected<SurveyResponse> c = new Collected<>();
        ReadSummary s = ResponseJsonlReader.builder().build().read(new ByteArrayInputStream(bytes), "responses.jsonl", c);
        assertThat(s.accepted()).isEqualTo(c.accepted.size());
        assertThat(s.rejected()).isEqualTo(c.rejects.size());
        return c;
    }

    @Test
    void mixedFileYieldsEveryValidRecordAndExactRejects() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}); // BOM
        String bigComment = "я".repeat(600_000); // a line over 1 MB
        String[] lines = {
            valid("r-1"),                                                              // 1 valid (after BOM)
            "{\"id\":\"r-2\",\"form\":",                                               // 2 malformed JSON
            valid("r-3").replace("\"agency\":\"minsoc\",", ""),                        // 3 missing agency
            valid("r-4").replace("\"EPGU\"", "\"TELEGRAPH\""),                         // 4 unknown enum
            valid("r-5").replace("2025-03-31T21:30:00Z", "2025-03-31T21:30:00"),       // 5 no offset
            valid("r-1"),                                                              // 6 duplicate of line 1
            "",                                                                        // 7 empty line
            String.format(VALID, "r-8", bigComment),                                   // 8 1 MB line, valid
            valid("r-9").replace("\"form\":\"EXT-1\"", "\"form\":\"EXT-1\",\"form\":\"EXT-2\""), // 9 repeated key
            "[1,2,3]",                                                                 // 10 not an object
            valid("r-11").replace("\"CITIZEN\"", "\"EMPLOYEE\""),                      // 11 kind/category mismatch
            valid("r 12"),                                                             // 12 malformed id
            valid("r-13").replace("\"overall\":4", "\"overall\":" + "[".repeat(100) + "]".repeat(100)), // 13 too deep
            valid("r-14"),                                                             // 14 valid, CRLF below
        };
        for (int i = 0; i < lines.length; i++) {
            out.write(lines[i].getBytes(StandardCharsets.UTF_8));
            out.write(i == 13 ? "\r\n".getBytes(StandardCharsets.US_ASCII) : "\n".getBytes(StandardCharsets.US_ASCII));
        }
        // 15: invalid UTF-8 inside a string
        byte[] bad = valid("r-15").getBytes(StandardCharsets.UTF_8);
        int at = new String(bad, StandardCharsets.ISO_8859_1).indexOf("\"ok\"") + 1;
        bad[at] = (byte) 0xC3;
        bad[at + 1] = (byte) 0x28;
        out.write(bad);
        out.write('\n');

        Collected<SurveyResponse> c = read(out.toByteArray());

        assertThat(c.accepted).extracting(SurveyResponse::id).containsExactly("r-1", "r-8", "r-14");
        assertThat(c.lines).containsExactly(1L, 8L, 14L);
        assertThat(c.accepted.get(1).answers().get("comment")).isEqualTo(new AnswerValue.TextValue(bigComment));
        assertThat(c.rejects).extracting(Reject::line).containsExactly(2L, 3L, 4L, 5L, 6L, 9L, 10L, 11L, 12L, 13L, 15L);
        assertThat(c.rejects.get(0).reason()).startsWith("malformed JSON");
        assertThat(c.rejects.get(0).id()).contains("r-2"); // read before the syntax error
        assertThat(c.rejects.get(1)).isEqualTo(Reject.of("responses.jsonl", 3, "r-3", "agency", "required field is missing"));
        assertThat(c.rejects.get(2).field()).contains("channel");
        assertThat(c.rejects.get(2).reason()).startsWith("unknown value \"TELEGRAPH\"");
        assertThat(c.rejects.get(3).field()).contains("submittedAt");
        assertThat(c.rejects.get(3).reason()).contains("has no offset");
        assertThat(c.rejects.get(4)).isEqualTo(Reject.of("responses.jsonl", 6, "r-1", "id", "id \"r-1\" repeats an earlier accepted record"));
        assertThat(c.rejects.get(5).reason()).startsWith("malformed JSON").contains("Duplicate field 'form'");
        assertThat(c.rejects.get(6).reason()).isEqualTo("line is not a JSON object");
        assertThat(c.rejects.get(7).field()).contains("client.category");
        assertThat(c.rejects.get(8).field()).contains("id");
        assertThat(c.rejects.get(8).id()).isEmpty();
        assertThat(c.rejects.get(9).reason()).isEqualTo("JSON nests deeper than 100 levels");
        assertThat(c.rejects.get(10).reason()).startsWith("not UTF-8 at byte ");
    }

    @Test
    void depthOfExactlyHundredIsAccepted() {
        // top-level object is level 1, answers level 2, so 98 nested arrays reach level 100
        String line = valid("r-1").replace("\"overall\":4", "\"overall\":" + "[".repeat(98) + "]".repeat(98));
        assertThat(read(line.getBytes(StandardCharsets.UTF_8)).accepted).hasSize(1);
        String deeper = valid("r-1").replace("\"overall\":4", "\"overall\":" + "[".repeat(99) + "]".repeat(99));
        assertThat(read(deeper.getBytes(StandardCharsets.UTF_8)).rejects).hasSize(1);
    }

    @Test
    void mapsEveryField() {
        String line = "{\"id\":\"r-1\",\"form\":\"INT-1\",\"formVersion\":\"2\",\"submittedAt\":\"2025-04-01T01:30:00+04:00\","
                + "\"agency\":\"a.b\",\"channel\":\"INTRANET\",\"client\":{\"kind\":\"INTERNAL\"},\"anonymous\":false,"
                + "\"answers\":{\"n\":4.0,\"b\":true,\"x\":null,\"o\":{\"k\":[1]}},\"respondent\":{\"name\":\"Иван\"},\"extra\":[1]}";
        SurveyResponse r = read(line.getBytes(StandardCharsets.UTF_8)).accepted.get(0);
        assertThat(r.submittedAt()).isEqualTo(Instant.parse("2025-03-31T21:30:00Z"));
        assertThat(r.process()).isEmpty();
        assertThat(r.channel()).isEqualTo(Channel.INTRANET);
        assertThat(r.client().kind()).isEqualTo(ClientKind.INTERNAL);
        assertThat(r.client().category()).isEmpty();
        assertThat(r.anonymous()).isFalse();
        assertThat(r.answers().get("n")).isEqualTo(new AnswerValue.DecimalValue(new BigDecimal("4.0")));
        assertThat(r.answers().get("b")).isEqualTo(new AnswerValue.BooleanValue(true));
        assertThat(r.answers().get("x")).isEqualTo(AnswerValue.NullValue.INSTANCE);
        assertThat(r.answers().keySet()).containsExactly("n", "b", "x", "o");
        assertThat(r.respondent()).hasValueSatisfying(m -> assertThat(m).containsEntry("name", AnswerValue.of("Иван")));
    }

    @Test
    void anonymousDefaultsToTrueAndCategoryIsOptional() {
        SurveyResponse r = read(valid("r-1").replace(",\"category\":\"CITIZEN\"", "").getBytes(StandardCharsets.UTF_8)).accepted.get(0);
        assertThat(r.anonymous()).isTrue();
        assertThat(r.client().category()).isEmpty();
        SurveyResponse r2 = read(valid("r-1").getBytes(StandardCharsets.UTF_8)).accepted.get(0);
        assertThat(r2.client().category()).contains(ClientCategory.CITIZEN);
    }

    @Test
    void wrongTypesAreNamed() {
        Collected<SurveyResponse> c = read((valid("r-1").replace("\"formVersion\":\"1\"", "\"formVersion\":1") + "\n"
                + valid("r-2").replace("\"answers\":{", "\"anonymous\":\"yes\",\"answers\":{") + "\n"
                + valid("r-3").replace("\"process\":\"svc-042\"", "\"process\":null")).getBytes(StandardCharsets.UTF_8));
        assertThat(c.rejects).extracting(r -> r.field().orElse("")).containsExactly("formVersion", "anonymous", "process");
        assertThat(c.rejects.get(0).reason()).isEqualTo("must be a string, found a number");
        assertThat(c.rejects.get(2).reason()).isEqualTo("must be a string, found null");
    }

    @Test
    void rejectedLinesDoNotCountAsSeen() {
        Collected<SurveyResponse> c = read((valid("r-1").replace("EPGU", "NOPE") + "\n" + valid("r-1")).getBytes(StandardCharsets.UTF_8));
        assertThat(c.accepted).hasSize(1);
        assertThat(c.lines).containsExactly(2L);
    }

    @Test
    void checksRunAfterStructureAndBeforeDuplicates() {
        RecordCheck<SurveyResponse> noEpgu = r -> r.channel() == Channel.EPGU && r.id().equals("r-1")
                ? List.of(new Violation("answers.overall", "value 7 is outside 1..5")) : List.of();
        Collected<SurveyResponse> c = new Collected<>();
        ResponseJsonlReader.builder().check(noEpgu).build()
                .read(new ByteArrayInputStream((valid("r-1") + "\n" + valid("r-2")).getBytes(StandardCharsets.UTF_8)), "x.jsonl", c);
        assertThat(c.rejects).containsExactly(Reject.of("x.jsonl", 1, "r-1", "answers.overall", "value 7 is outside 1..5"));
        assertThat(c.accepted).extracting(SurveyResponse::id).containsExactly("r-2");
    }

    @Test
    void emptyAndBlankLinesAreIgnoredButCounted() {
        Collected<SurveyResponse> c = read(("\n  \n" + valid("r-1") + "\n\n").getBytes(StandardCharsets.UTF_8));
        assertThat(c.lines).containsExactly(3L);
    }

    @Test
    void missingFileFailsWithOneClearMessage(@TempDir Path dir) {
        Path missing = dir.resolve("nope.jsonl");
        assertThatThrownBy(() -> ResponseJsonlReader.builder().build().read(missing, new Collected<>()))
                .isInstanceOf(InputFileException.class)
                .hasMessageStartingWith("cannot read " + missing);
    }

    @Test
    void readsFromPath(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("responses.jsonl");
        Files.writeString(file, valid("r-1") + "\r\n" + valid("r-2") + "\r\n");
        Collected<SurveyResponse> c = new Collected<>();
        ReadSummary s = ResponseJsonlReader.builder().build().read(file, c);
        assertThat(s).isEqualTo(new ReadSummary("responses.jsonl", 2, 2, 0, false));
    }
}
