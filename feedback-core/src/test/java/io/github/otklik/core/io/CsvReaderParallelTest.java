package io.github.otklik.core.io;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The CSV readers on worker threads give exactly the records, rejects, lines, order and summary of
 * the one-thread read, for rows that are valid, malformed, repeated, spread over several lines by
 * quoted fields, and for an unterminated quote that ends the file.
 */
class CsvReaderParallelTest {
    private static String appeals(int n, long seed, boolean unterminatedAtEnd) {
        SplittableRandom r = new SplittableRandom(seed);
        StringBuilder sb = new StringBuilder("\uFEFFid,agency,process,channel,kind,topic,reason,registeredAt,answeredAt,dueDate,outcome,text\r\n");
        for (int i = 0; i < n; i++) {
            String id = "a-" + (r.nextInt(12) == 0 ? r.nextInt(i + 1) : i);
            String row = switch (r.nextInt(14)) {
                case 0 -> "";
                case 1 -> id + ",ag,svc,FAX,APPEAL,,,2025-01-10T09:00:00Z,,,,";                                   // unknown channel
                case 2 -> id + ",ag,svc,EPGU,APPEAL";                                                             // too few fields
                case 3 -> id + ",ag,svc,EPGU,APPEAL,,,2025-01-10T09:00:00Z,2025-01-09T09:00:00Z,,,";               // answered early
                case 4 -> id + ",ag,svc,EPGU,APPEAL,,,2025-01-10T09:00:00Z,,,REFUSED,";                            // outcome while open
                case 5 -> id + ",ag,svc,EPGU,COMPLAINT,t.1,queue,2025-01-10T09:00:00+03:00,,,,\"two\r\nlines \"\"quoted\"\"\n" + i + "\"";
                case 6 -> "\"" + id + "\",ag,,MFC,REQUEST,,,2025-02-01T00:00:00Z,2025-02-03T00:00:00Z,2025-03-01,RESOLVED,";
                default -> id + ",ag,svc-" + r.nextInt(5) + ",EPGU,APPEAL,,,2025-01-" + (10 + r.nextInt(20)) + "T09:00:00Z,,,,text " + i;
            };
            sb.append(row).append(r.nextBoolean() ? "\n" : "\r\n");
        }
        if (unterminatedAtEnd) {
            sb.append("a-open,ag,svc,EPGU,APPEAL,,,2025-01-10T09:00:00Z,,,,\"never closed\nmore\n");
        }
        return sb.toString();
    }

    private static String processes(int n, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        StringBuilder sb = new StringBuilder("id,agency,process,channel,startedAt,finishedAt,touches,outcome,negativeReason\n");
        for (int i = 0; i < n; i++) {
            String id = "p-" + (r.nextInt(12) == 0 ? r.nextInt(i + 1) : i);
            String row = switch (r.nextInt(10)) {
                case 0 -> id + ",ag,svc,MFC,2025-01-10T09:00:00Z,,0,,";
                case 1 -> id + ",ag,svc,MFC,2025-01-10T09:00:00Z,2025-01-09T09:00:00Z,,,";
                case 2 -> id + ",ag,,MFC,2025-01-10T09:00:00Z,,,,";
                case 3 -> "   ";
                default -> id + ",ag,svc,MFC,2025-01-10T09:00:00Z,2025-01-12T10:30:00Z," + (1 + r.nextInt(4)) + ",NEGATIVE,no-docs";
            };
            sb.append(row).append('\n');
        }
        return sb.toString();
    }

    private static <T> List<String> events(RecordReader<T> reader, String text) {
        List<String> out = new ArrayList<>();
        ReadSummary s = reader.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "in.csv",
                RecordHandler.ofLines((record, line) -> out.add(line + " " + record), reject -> out.add(reject.toString())));
        out.add(s.toString());
        return out;
    }

    @Test
    void appealsReadOnWorkersGiveTheOneThreadEvents() {
        for (boolean unterminated : new boolean[] {false, true}) {
            String text = appeals(4_000, unterminated ? 3 : 4, unterminated);
            List<String> sequential = events(AppealCsvReader.builder().build(), text);
            assertThat(sequential).hasSizeGreaterThan(3_000);
            assertThat(sequential.get(sequential.size() - 1)).contains("truncated=false"); // an unclosed quote loses no later line
            for (int threads : new int[] {2, 3, 8}) {
                assertThat(events(AppealCsvReader.builder().parallelism(threads).build(), text)).as("%d threads", threads)
                        .isEqualTo(sequential);
            }
        }
    }

    @Test
    void processInstancesReadOnWorkersGiveTheOneThreadEvents() {
        String text = processes(3_000, 5);
        List<String> sequential = events(ProcessInstanceCsvReader.builder().build(), text);
        for (int threads : new int[] {2, 5}) {
            assertThat(events(ProcessInstanceCsvReader.builder().parallelism(threads).build(), text)).isEqualTo(sequential);
        }
    }

    @Test
    void unorderedReadingAcceptsAndRejectsWhatOrderedReadingDoes() throws IOException {
        String text = appeals(3_000, 6, true);
        List<String> ordered = events(AppealCsvReader.builder().build(), text);
        List<String> expected = new ArrayList<>();
        List<String> rest = new ArrayList<>();
        for (String e : ordered.subList(0, ordered.size() - 1)) {
            if (e.matches("\\d+ Appeal\\[.*")) {
                expected.add(e.substring(e.indexOf(' ') + 1));
            } else {
                rest.add(e);
            }
        }
        Collections.sort(expected);
        expected.addAll(rest);
        expected.add(ordered.get(ordered.size() - 1));
        Path file = Files.createTempFile("otklik-appeals", ".csv");
        try {
            Files.writeString(file, text);
            for (int threads : new int[] {1, 2, 4}) {
                List<String> records = Collections.synchronizedList(new ArrayList<>());
                List<String> rejects = new ArrayList<>();
                ReadSummary s = AppealCsvReader.builder().parallelism(threads).build().source(file)
                        .readUnordered(() -> a -> records.add(a.toString()), r -> rejects.add(r.toString()));
                List<String> got = new ArrayList<>(records);
                Collections.sort(got);
                rejects.forEach(r -> got.add(r.replace(file.getFileName().toString(), "in.csv")));
                got.add(s.toString().replace(file.getFileName().toString(), "in.csv"));
                assertThat(got).as("%d threads", threads).isEqualTo(expected);
            }
        } finally {
            Files.deleteIfExists(file);
        }
    }
}
