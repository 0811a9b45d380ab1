package io.github.otklik.core.io;

import io.github.otklik.core.validation.Identifiers;
import io.github.otklik.core.validation.InputLimits;
import io.github.otklik.core.validation.Instants;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Bytes that are not strict UTF-8, lone surrogates and instants out of range: one record rejected, the rest kept. */
class BadBytesTest {
    private static final String LINE = "{\"id\":\"%s\",\"form\":\"EXT-1\",\"formVersion\":\"1\",\"submittedAt\":\"%s\","
            + "\"agency\":\"a\",\"channel\":\"EPGU\",\"client\":{\"kind\":\"EXTERNAL\"},\"answers\":{%s}}";

    private static List<Object> read(byte[] bytes) {
        List<Object> out = new ArrayList<>();
        ResponseJsonlReader.builder().build().read(new ByteArrayInputStream(bytes), "r.jsonl",
                RecordHandler.of(r -> out.add(r.id()), out::add));
        return out;
    }

    private static byte[] lines(byte[]... lines) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] l : lines) {
            out.writeBytes(l);
            out.write('\n');
        }
        return out.toByteArray();
    }

    private static byte[] line(String id, String at, String answers) {
        return String.format(LINE, id, at, answers).getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void overlongUtf8AndUtf32LinesAreRejectedByTheirFirstBadByte() {
        byte[] ok = line("r-1", "2025-01-01T00:00:00Z", "");
        byte[] overlong = line("r-2X", "2025-01-01T00:00:00Z", "");
        int x = new String(overlong, StandardCharsets.US_ASCII).indexOf('X');
        overlong[x] = (byte) 0xC0;
        byte[] withSlash = new byte[overlong.length + 1];
        System.arraycopy(overlong, 0, withSlash, 0, x + 1);
        withSlash[x + 1] = (byte) 0xAF;
        System.arraycopy(overlong, x + 1, withSlash, x + 2, overlong.length - x - 1);
        byte[] utf32 = {(byte) 0xFF, (byte) 0xFE, 0, 0, '{', 0, 0, 0};
        List<Object> got = read(lines(ok, withSlash, utf32, line("r-4", "2025-01-01T00:00:00Z", "")));
        assertThat(got).hasSize(4);
        assertThat(got.get(0)).isEqualTo("r-1");
        assertThat(((Reject) got.get(1)).reason()).isEqualTo("not UTF-8 at byte " + (x + 1) + " (0xC0)");
        assertThat(((Reject) got.get(2)).reason()).isEqualTo("not UTF-8 at byte 1 (0xFF)");
        assertThat(got.get(3)).isEqualTo("r-4");
    }

    @Test
    void aLoneSurrogateInAnAnswerRejectsTheResponseOnThatField() {
        List<Object> got = read(lines(line("r-1", "2025-01-01T00:00:00Z", "\"comment\":\"a\\ud800b\""),
                line("r-2", "2025-01-01T00:00:00Z", "\"comment\":\"\\ud83d\\ude00\"")));
        assertThat(((Reject) got.get(0)).field()).contains("answers.comment");
        assertThat(((Reject) got.get(0)).reason()).contains("lone surrogate \\uD800");
        assertThat(got.get(1)).isEqualTo("r-2"); // a pair is Unicode
    }

    @Test
    void instantsOutsideTheYears1900To9999AreRejected() {
        for (String at : new String[] {"+999999999-12-31T23:59:59Z", "0000-01-01T00:00:00Z", "1899-12-31T23:59:59Z", "+10000-01-01T00:00:00Z"}) {
            assertThatThrownBy(() -> Instants.parseWithOffset(at)).hasMessageContaining("outside the accepted range");
        }
        assertThat(Instants.parseWithOffset("1900-01-01T00:00:00Z")).isEqualTo(InputLimits.EARLIEST);
        assertThat(Instants.parseWithOffset("9999-12-31T23:59:59Z")).isEqualTo(InputLimits.LATEST);
        assertThatThrownBy(() -> Instants.parseDate("10000-01-01")).isInstanceOf(IllegalArgumentException.class);
        List<Object> got = read(lines(line("r-1", "+999999999-12-31T23:59:59Z", "")));
        assertThat(((Reject) got.get(0)).field()).contains("submittedAt");
    }

    @Test
    void aWindows1251CsvRowIsRejectedWithItsLineAndByteAndTheRestKept() {
        ByteArrayOutputStream csv = new ByteArrayOutputStream();
        csv.writeBytes("id,agency,channel,kind,registeredAt,text\na-1,ag,EPGU,APPEAL,2025-01-10T09:00:00Z,ok\n".getBytes(StandardCharsets.UTF_8));
        csv.writeBytes("a-2,ag,EPGU,APPEAL,2025-01-10T09:00:00Z,".getBytes(StandardCharsets.UTF_8));
        csv.writeBytes("Привет".getBytes(java.nio.charset.Charset.forName("windows-1251")));
        csv.writeBytes("\na-3,ag,EPGU,APPEAL,2025-01-10T09:00:00Z,\"Привет, \"\"мир\"\"\"\n".getBytes(StandardCharsets.UTF_8));
        List<Object> got = new ArrayList<>();
        AppealCsvReader.builder().build().read(new ByteArrayInputStream(csv.toByteArray()), "a.csv",
                RecordHandler.of(a -> got.add(a.id() + " " + a.text().orElse("")), got::add));
        assertThat(got.get(0)).isEqualTo("a-1 ok");
        assertThat(((Reject) got.get(1)).line()).isEqualTo(3);
        assertThat(((Reject) got.get(1)).reason()).startsWith("not UTF-8 at line 3, byte 41 (0xCF");
        assertThat(got.get(2)).isEqualTo("a-3 Привет, \"мир\"");
    }

    @Test
    void describeEscapesControlCharactersAndLoneSurrogatesAndCutsByCodePoint() {
        assertThat(Identifiers.describe("r-\u001b[31m\ud800")).isEqualTo("\"r-\\u001B[31m\\uD800\"");
        String emoji = "x".repeat(39) + "😀😀";
        assertThat(Identifiers.describe(emoji)).isEqualTo("\"" + "x".repeat(39) + "😀…\"");
    }

    @Test
    void theRejectWriterWritesALoneSurrogateAsItsEscape() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (RejectWriter w = new RejectWriter(new OutputStreamWriter(bytes, StandardCharsets.UTF_8.newEncoder()))) {
            w.write(Reject.of("r.jsonl", 2, null, "answers.x\ud800", "bad \udc00 value"));
            w.write(Reject.of("r.jsonl", 3, "ok"));
        }
        String text = bytes.toString(StandardCharsets.UTF_8);
        assertThat(text).isEqualTo("{\"source\":\"r.jsonl\",\"line\":2,\"field\":\"answers.x\\ud800\",\"reason\":\"bad \\udc00 value\"}\n"
                + "{\"source\":\"r.jsonl\",\"line\":3,\"reason\":\"ok\"}\n");
    }
}
