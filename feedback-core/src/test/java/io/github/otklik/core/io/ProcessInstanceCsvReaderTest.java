package io.github.otklik.core.io;

import io.github.otklik.core.channel.Channel;
import io.github.otklik.core.process.ProcessInstance;
import io.github.otklik.core.process.ProcessOutcome;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.OptionalInt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ProcessInstanceCsvReaderTest {
    private static Collected<ProcessInstance> read(byte[] bytes) {
        Collected<ProcessInstance> c = new Collected<>();
        ReadSummary s = ProcessInstanceCsvReader.builder().build().read(new ByteArrayInputStream(bytes), "processes.csv", c);
        assertThat(s.read()).isEqualTo(c.accepted.size() + c.rejects.size());
        return c;
    }

    @Test
    void mixedFileYieldsEveryValidRecordAndExactRejects() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        String[] lines = {
            "id,agency,process,channel,startedAt,finishedAt,touches,outcome,negativeReason",          // 1
            "p-1,ag,svc-1,MFC,2025-01-10T09:00:00Z,2025-01-12T10:30:00Z,2,NEGATIVE,no-docs",           // 2 valid
            "p-2,ag,,MFC,2025-01-10T09:00:00Z,,,,",                                                   // 3 process empty
            "p-3,ag,svc-1,FAX,2025-01-10T09:00:00Z,,,,",                                              // 4 unknown channel
            "p-4,ag,svc-1,MFC,2025-01-10 09:00:00Z,,,,",                                              // 5 malformed instant
            "p-5,ag,svc-1,MFC,2025-01-10T09:00:00Z,2025-01-09T09:00:00Z,,,",                          // 6 finished before start
            "p-6,ag,svc-1,MFC,2025-01-10T09:00:00Z,,0,,",                                             // 7 touches 0
            "p-7,ag,svc-1,MFC,2025-01-10T09:00:00Z,,1.5,,",                                           // 8 touches not integer
            "p-8,ag,svc-1,MFC,2025-01-10T09:00:00Z,,,POSITIVE,",                                      // 9 outcome in progress
            "p-1,ag,svc-1,MFC,2025-01-10T09:00:00Z,,,,",                                              // 10 duplicate
            "",                                                                                       // 11
            "p-11,ag,svc-1,,2025-01-10T09:00:00Z,,,,",                                                // 12 valid, in progress, CRLF
            "p-12,ag,svc-1,,2025-01-10T09:00:00Z,,+3,,",                                              // 13 touches with sign
        };
        for (int i = 0; i < lines.length; i++) {
            out.write(lines[i].getBytes(StandardCharsets.UTF_8));
            out.write(i == 11 ? "\r\n".getBytes(StandardCharsets.US_ASCII) : "\n".getBytes(StandardCharsets.US_ASCII));
        }
        Collected<ProcessInstance> c = read(out.toByteArray());
        assertThat(c.accepted).extracting(ProcessInstance::id).containsExactly("p-1", "p-11");
        assertThat(c.lines).containsExactly(2L, 12L);
        assertThat(c.rejects).extracting(r -> r.line() + ":" + r.field().orElse(""))
                .containsExactly("3:process", "4:channel", "5:startedAt", "6:finishedAt", "7:touches", "8:touches",
                        "9:outcome", "10:id", "13:touches");
        ProcessInstance p1 = c.accepted.get(0);
        assertThat(p1.touches()).isEqualTo(OptionalInt.of(2));
        assertThat(p1.outcome()).contains(ProcessOutcome.NEGATIVE);
        assertThat(p1.negativeReason()).contains("no-docs");
        assertThat(p1.channel()).contains(Channel.MFC);
        ProcessInstance p11 = c.accepted.get(1);
        assertThat(p11.channel()).isEmpty();
        assertThat(p11.isFinished()).isFalse();
        assertThat(p11.touches()).isEmpty();
    }

    @Test
    void headerLackingProcessIsInvalid() {
        assertThatThrownBy(() -> read("id,agency,startedAt\n".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(InputFileException.class)
                .hasMessage("processes.csv: invalid header; missing required column process");
    }
}
