package io.github.otklik.core.io;

import io.github.otklik.core.response.SurveyResponse;
import io.github.otklik.core.validation.Violation;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Set;
import java.io.IOException;
import java.nio.file.Path;
import java.nio.file.Files;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Reading on worker threads gives exactly the records, rejects, lines and order of the sequential reader. */
class ResponseJsonlReaderParallelTest {
    private static final String VALID = "{\"id\":\"%s\",\"form\":\"EXT-1\",\"formVersion\":\"1\",\"submittedAt\":\"2025-03-%02dT21:30:00Z\","
            + "\"agency\":\"minsoc\",\"process\":\"svc-1\",\"channel\":\"EPGU\",\"client\":{\"kind\":\"EXTERNAL\",\"category\":\"CITIZEN\"},"
            + "\"answers\":{\"overall\":%d,\"problems\":[\"queue\",\"rude\"],\"comment\":\"Всё хорошо %s\"}}";

    private static String input(int n, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        StringBuilder sb = new StringBuilder().append('\uFEFF');
        for (int i = 0; i < n; i++) {
            String id = "r-" + (r.nextInt(10) == 0 ? r.nextInt(i + 1) : i); // some repeat an earlier id
            String line = switch (r.nextInt(12)) {
                case 0 -> "";
                case 1 -> "   ";
                case 2 -> "{\"id\":\"" + id + "\",";                           // malformed
                case 3 -> VALID.formatted(id, 1 + r.nextInt(31), 1 + r.nextInt(5), i).replace("\"EPGU\"", "\"NOPE\"");
                case 4 -> VALID.formatted(id, 1 + r.nextInt(31), 1 + r.nextInt(5), i).replace("\"form\":\"EXT-1\",", "\"form\":\"EXT-1\",\"form\":\"X\",");
                case 5 -> VALID.formatted(id, 1 + r.nextInt(31), 1 + r.nextInt(5), i) + "\r";
                default -> VALID.formatted(id, 1 + r.nextInt(31), 1 + r.nextInt(5), i);
            };
            sb.append(line).append('\n');
        }
        return sb.toString();
    }

    private static List<String> events(ResponseJsonlReader reader, String text) {
        List<String> out = new ArrayList<>();
        ReadSummary s = reader.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "in.jsonl", new RecordHandler<>() {
            @Override
            public void accept(SurveyResponse record, long line) {
                out.add(line + " " + record);
            }

            @Override
            public void reject(Reject reject) {
                out.add(reject.toString());
            }
        });
        out.add(s.toString());
        return out;
    }

    // a check that rejects every response whose overall answer is 1
    private static final RecordCheck<SurveyResponse> NO_ONES = r -> String.valueOf(r.answers().get("overall")).contains("value=1]")
            ? List.of(new Violation("answers.overall", "one")) : List.of();

    @Test
    void sameEventsInTheSameOrderAsSequentialReading() {
        String text = input(5_000, 8);
        List<String> sequential = events(ResponseJsonlReader.builder().check(NO_ONES).build(), text);
        assertThat(sequential).hasSizeGreaterThan(4_000);
        for (int threads : new int[] {2, 3, 8}) {
            assertThat(events(ResponseJsonlReader.builder().check(NO_ONES).parallelism(threads).build(), text)).isEqualTo(sequential);
        }
        assertThat(events(ResponseJsonlReader.builder().parallelism(2).detectDuplicates(false).build(), text))
                .isEqualTo(events(ResponseJsonlReader.builder().detectDuplicates(false).build(), text));
    }

    /** Accepted records (sorted: the sinks see them in no particular order), then the rejects in order, then the summary. */
    private static List<String> unorderedEvents(ResponseJsonlReader reader, String text) throws IOException {
        Path file = Files.createTempFile("otklik-unordered", ".jsonl");
        try {
            Files.writeString(file, text);
            List<List<String>> sinks = new ArrayList<>();
            List<String> rejects = new ArrayList<>();
            Set<Thread> threads = ConcurrentHashMap.newKeySet();
            ReadSummary s = reader.source(file).readUnordered(() -> {
                List<String> mine = new ArrayList<>();
                synchronized (sinks) {
                    sinks.add(mine);
                }
                Thread owner = Thread.currentThread();
                return r -> {
                    assertThat(Thread.currentThread()).isSameAs(owner); // one sink per thread
                    threads.add(owner);
                    mine.add(r.toString());
                };
            }, reject -> rejects.add(reject.toString().replace(file.getFileName().toString(), "in.jsonl")));
            List<String> out = new ArrayList<>();
            sinks.forEach(out::addAll);
            out.sort(null);
            out.addAll(rejects);
            out.add(s.toString().replace(file.getFileName().toString(), "in.jsonl"));
            assertThat(threads.size()).isLessThanOrEqualTo(Math.max(1, sinks.size()));
            return out;
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private static List<String> sortedAcceptsThenRejects(List<String> events) {
        List<String> accepted = new ArrayList<>();
        List<String> rest = new ArrayList<>();
        for (String e : events.subList(0, events.size() - 1)) {
            if (e.matches("\\d+ SurveyResponse.*")) {
                accepted.add(e.substring(e.indexOf(' ') + 1));
            } else {
                rest.add(e);
            }
        }
        accepted.sort(null);
        accepted.addAll(rest);
        accepted.add(events.get(events.size() - 1));
        return accepted;
    }

    @Test
    void unorderedReadingAcceptsAndRejectsWhatOrderedReadingDoes() throws IOException {
        String text = input(5_000, 10);
        List<String> ordered = sortedAcceptsThenRejects(events(ResponseJsonlReader.builder().check(NO_ONES).build(), text));
        assertThat(ordered).hasSizeGreaterThan(4_000);
        for (int threads : new int[] {1, 2, 3, 8}) {
            assertThat(unorderedEvents(ResponseJsonlReader.builder().check(NO_ONES).parallelism(threads).build(), text))
                    .as("%d threads", threads).isEqualTo(ordered);
        }
    }

    @Test
    void aFailingSinkStopsTheUnorderedRead() throws IOException {
        Path file = Files.createTempFile("otklik-unordered", ".jsonl");
        try {
            Files.writeString(file, input(3_000, 11));
            for (int threads : new int[] {1, 2}) {
                assertThatThrownBy(() -> ResponseJsonlReader.builder().parallelism(threads).build().source(file).readUnordered(
                        () -> r -> {
                            throw new IllegalArgumentException("sink");
                        }, reject -> { })).isInstanceOf(IllegalArgumentException.class).hasMessage("sink");
            }
        } finally {
            Files.deleteIfExists(file);
        }
    }

    @Test
    void aFailingCheckOrHandlerStopsTheRead() {
        String text = input(3_000, 9);
        RecordCheck<SurveyResponse> boom = r -> {
            throw new IllegalStateException("boom");
        };
        assertThatThrownBy(() -> events(ResponseJsonlReader.builder().check(boom).parallelism(2).build(), text))
                .isInstanceOf(IllegalStateException.class).hasMessage("boom");
        assertThatThrownBy(() -> ResponseJsonlReader.builder().parallelism(2).build().read(
                new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "in", new RecordHandler<SurveyResponse>() {
                    @Override
                    public void accept(SurveyResponse record, long line) {
                        throw new IllegalArgumentException("handler");
                    }

                    @Override
                    public void reject(Reject reject) {
                    }
                })).isInstanceOf(IllegalArgumentException.class).hasMessage("handler");
        assertThatThrownBy(() -> ResponseJsonlReader.builder().parallelism(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
