package io.github.otklik.core.io;

import io.github.otklik.core.appeal.Appeal;
import io.github.otklik.core.appeal.AppealKind;
import io.github.otklik.core.appeal.AppealOutcome;
import io.github.otklik.core.channel.Channel;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AppealCsvReaderTest {
    private static final String HEADER = "id,agency,process,channel,kind,topic,reason,registeredAt,answeredAt,dueDate,outcome";

    private static Collected<Appeal> read(String text) {
        return read(text.getBytes(StandardCharsets.UTF_8));
    }

    private static Collected<Appeal> read(byte[] bytes) {
        Collected<Appeal> c = new Collected<>();
        ReadSummary s = AppealCsvReader.builder().build().read(new ByteArrayInputStream(bytes), "appeals.csv", c);
        assertThat(s.accepted()).isEqualTo(c.accepted.size());
        assertThat(s.rejected()).isEqualTo(c.rejects.size());
        return c;
    }

    @Test
    void mixedFileYieldsEveryValidRecordAndExactRejects() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        String big = "x".repeat(1_100_000);
        String[] lines = {
            HEADER,                                                                                   // 1
            "a-1,minsoc,svc-1,EPGU,COMPLAINT,housing,queue,2025-01-10T09:00:00Z,2025-01-20T09:00:00Z,,RESOLVED", // 2 valid
            "a-2,,svc-1,EPGU,APPEAL,,,2025-01-10T09:00:00Z,,,",                                      // 3 agency empty
            "a-3,minsoc,svc-1,PIGEON,APPEAL,,,2025-01-10T09:00:00Z,,,",                               // 4 unknown channel
            "a-4,minsoc,svc-1,EPGU,APPEAL,,,2025-01-10T09:00:00,,,",                                  // 5 no offset
            "a-5,minsoc,svc-1,EPGU,APPEAL,,,2025-01-10T09:00:00Z,2025-01-09T09:00:00Z,,",             // 6 answered before registered
            "a-6,minsoc,svc-1,EPGU,APPEAL,,,2025-01-10T09:00:00Z,,,REFUSED",                          // 7 outcome while open
            "a-1,minsoc,svc-1,EPGU,APPEAL,,,2025-01-10T09:00:00Z,,,",                                 // 8 duplicate id
            "",                                                                                       // 9 empty
            "a-9,minsoc,svc-1,EPGU,APPEAL,\"" + big + "\",,2025-01-10T09:00:00Z,,,",                  // 10 1 MB field: malformed topic? no: valid identifier
            "a-10,minsoc,svc-1,EPGU,APPEAL",                                                          // 11 too few fields
            "a-11,minsoc,,HOTLINE,REQUEST,,\"multi",                                                  // 12 quoted field spanning lines: invalid reason code
            "line\",2025-01-10T09:00:00Z,,2025-02-01,",                                               // 13 (continuation)
            "a-12,minsoc,svc-2,MFC,PROPOSAL,t.1,,2025-02-01T00:00:00+03:00,,2025-03-01,",             // 14 valid, CRLF
            "a-13,minsoc,svc-2,MFC,PROPOSAL,,,2025-02-01T00:00:00Z,,2025-02-30,",                      // 15 bad date
        };
        for (int i = 0; i < lines.length; i++) {
            out.write(lines[i].getBytes(StandardCharsets.UTF_8));
            out.write(i == 13 ? "\r\n".getBytes(StandardCharsets.US_ASCII) : "\n".getBytes(StandardCharsets.US_ASCII));
        }
        Collected<Appeal> c = read(out.toByteArray());

        assertThat(c.accepted).extracting(Appeal::id).containsExactly("a-1", "a-12");
        assertThat(c.lines).containsExactly(2L, 14L);
        assertThat(c.rejects).extracting(Reject::line).containsExactly(3L, 4L, 5L, 6L, 7L, 8L, 10L, 11L, 12L, 15L);
        assertThat(c.rejects.get(0)).isEqualTo(Reject.of("appeals.csv", 3, "a-2", "agency", "required column is empty"));
        assertThat(c.rejects.get(1).field()).contains("channel");
        assertThat(c.rejects.get(2).field()).contains("registeredAt");
        assertThat(c.rejects.get(2).reason()).contains("has no offset");
        assertThat(c.rejects.get(3).field()).contains("answeredAt");
        assertThat(c.rejects.get(4).field()).contains("outcome");
        assertThat(c.rejects.get(5)).isEqualTo(Reject.of("appeals.csv", 8, "a-1", "id", "id \"a-1\" repeats an earlier row"));
        assertThat(c.rejects.get(6).field()).contains("topic"); // 1.1 MB topic is longer than 128 chars
        assertThat(c.rejects.get(7)).isEqualTo(Reject.of("appeals.csv", 11, "a-10", null, "row has 5 fields, the header has 11"));
        assertThat(c.rejects.get(8).field()).contains("reason");
        assertThat(c.rejects.get(9).field()).contains("dueDate");

        Appeal a1 = c.accepted.get(0);
        assertThat(a1.kind()).isEqualTo(AppealKind.COMPLAINT);
        assertThat(a1.channel()).isEqualTo(Channel.EPGU);
        assertThat(a1.outcome()).contains(AppealOutcome.RESOLVED);
        assertThat(a1.dueDate()).isEmpty();
        Appeal a12 = c.accepted.get(1);
        assertThat(a12.registeredAt()).isEqualTo(Instant.parse("2025-01-31T21:00:00Z"));
        assertThat(a12.dueDate()).contains(LocalDate.of(2025, 3, 1));
        assertThat(a12.topic()).contains("t.1");
        assertThat(a12.answeredAt()).isEmpty();
    }

    @Test
    void columnsMayComeInAnyOrderAndUnknownOnesAreIgnored() {
        Collected<Appeal> c = read("note,registeredAt,kind,channel,agency,id\r\nhello,2025-01-10T09:00:00Z,APPEAL,EMAIL,ag,a-1\r\n");
        assertThat(c.accepted).singleElement().satisfies(a -> {
            assertThat(a.id()).isEqualTo("a-1");
            assertThat(a.channel()).isEqualTo(Channel.EMAIL);
            assertThat(a.process()).isEmpty();
        });
    }

    @Test
    void valuesAreNotTrimmed() {
        Collected<Appeal> c = read("id,agency,channel,kind,registeredAt\na-1, ag,EMAIL,APPEAL,2025-01-10T09:00:00Z\n");
        assertThat(c.rejects).singleElement().satisfies(r -> assertThat(r.field()).contains("agency"));
    }

    @Test
    void headerLackingRequiredColumnsIsInvalidAsAWhole() {
        assertThatThrownBy(() -> read("id,agency,process\na-1,ag,p\n"))
                .isInstanceOf(InputFileException.class)
                .hasMessage("appeals.csv: invalid header; missing required columns channel, kind, registeredAt");
    }

    @Test
    void headerRepeatingAColumnIsInvalidAsAWhole() {
        assertThatThrownBy(() -> read("id,agency,channel,kind,registeredAt,id\n"))
                .isInstanceOf(InputFileException.class)
                .hasMessage("appeals.csv: invalid header; repeated column id");
    }

    @Test
    void unterminatedQuoteRejectsItsRowAndKeepsTheLinesAfterIt() {
        String text = "id,agency,channel,kind,registeredAt,topic\n"
                + "a-1,ag,EMAIL,APPEAL,2025-01-10T09:00:00Z,t\n"
                + "a-2,ag,EMAIL,APPEAL,2025-01-10T09:00:00Z,\"open\n"
                + "a-3,ag,EMAIL,APPEAL,2025-01-10T09:00:00Z,t\n";
        Collected<Appeal> c = new Collected<>();
        ReadSummary s = AppealCsvReader.builder().build().read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "appeals.csv", c);
        assertThat(c.accepted).extracting(Appeal::id).containsExactly("a-1", "a-3");
        assertThat(c.rejects).singleElement().satisfies(r -> {
            assertThat(r.line()).isEqualTo(3);
            assertThat(r.reason()).contains("unterminated");
        });
        assertThat(s.truncated()).isFalse();
        assertThat(s.read()).isEqualTo(3);
    }

    @Test
    void afterAnUnclosedQuoteEveryLineIsReadAgainAsOneRow() {
        String text = "id,agency,channel,kind,registeredAt,note,topic\n"
                + "a-2,ag,EMAIL,APPEAL,2025-01-10T09:00:00Z,\"two\nlines\",\"open\n"
                + "more\n"
                + "a-4,ag,EMAIL,APPEAL,2025-01-10T09:00:00Z,n,t\n";
        Collected<Appeal> c = read(text);
        assertThat(c.rejects).extracting(Reject::line).containsExactly(2L, 3L, 4L);
        assertThat(c.rejects.get(0).reason()).startsWith("unterminated quoted field starting at line 2");
        assertThat(c.rejects.get(1).reason()).isEqualTo("unterminated quoted field at line 3");
        assertThat(c.accepted).extracting(Appeal::id).containsExactly("a-4");
    }

    @Test
    void textKeepsQuotesLineBreaksAndCrlfExactly() {
        List<String> texts = List.of("Очередь \"огромная\", окно одно", "first line\nsecond line", "with CRLF\r\ninside\r\n",
                "  spaces kept  ", "", "😀 \"\"", "\r\n\n");
        StringBuilder csv = new StringBuilder("id,agency,channel,kind,registeredAt,text\r\n");
        for (int i = 0; i < texts.size(); i++) {
            csv.append("a-").append(i).append(",ag,EMAIL,APPEAL,2025-01-10T09:00:00Z,")
                    .append('"').append(texts.get(i).replace("\"", "\"\"")).append('"').append("\r\n");
        }
        csv.append("a-last,ag,EMAIL,APPEAL,2025-01-10T09:00:00Z,\r\n");
        Collected<Appeal> c = read(csv.toString());
        assertThat(c.rejects).isEmpty();
        for (int i = 0; i < texts.size(); i++) {
            Appeal a = c.accepted.get(i);
            assertThat(a.text()).as(a.id()).isEqualTo(texts.get(i).isEmpty() ? Optional.empty() : Optional.of(texts.get(i)));
        }
        assertThat(c.accepted.get(texts.size()).text()).isEmpty();
        // physical lines: the header is 1, and every line break inside a quoted text counts
        long line = 2;
        for (int i = 0; i < texts.size(); i++) {
            assertThat(c.lines.get(i)).as("line of a-%d", i).isEqualTo(line);
            line += 1 + texts.get(i).chars().filter(ch -> ch == '\n').count();
        }
        assertThat(c.lines.get(texts.size())).isEqualTo(line);
    }

    @Test
    void emptyInputHasNoHeader() {
        assertThatThrownBy(() -> read("")).isInstanceOf(InputFileException.class).hasMessageContaining("expected a header row");
    }
}
