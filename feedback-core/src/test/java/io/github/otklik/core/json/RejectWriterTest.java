package io.github.otklik.core.json;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.otklik.core.io.Reject;
import io.github.otklik.core.io.RejectWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The reject report as JSON Lines. */
class RejectWriterTest {
    private final ObjectMapper mapper = new ObjectMapper().registerModule(new OtklikModule());

    @Test
    void writesOneCompactObjectPerLfTerminatedLine() throws IOException {
        StringWriter out = new StringWriter();
        try (RejectWriter writer = new RejectWriter(out)) {
            writer.write(Samples.fullReject());
            writer.write(Samples.minimalReject());
            writer.write(Reject.of("r.jsonl", 3, "r-3", "comment", "text has\nnew lines and \"quotes\""));
            assertThat(writer.count()).isEqualTo(3);
        }
        assertThat(out.toString()).isEqualTo(Samples.FULL_REJECT_JSON + "\n" + Samples.MINIMAL_REJECT_JSON + "\n"
                + "{\"source\":\"r.jsonl\",\"line\":3,\"id\":\"r-3\",\"field\":\"comment\","
                + "\"reason\":\"text has\\nnew lines and \\\"quotes\\\"\"}\n");
    }

    @Test
    void writesAFileInUtf8WithoutBom(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("rejects.jsonl");
        Files.writeString(file, "old content that must go\n");
        Reject cyrillic = Reject.of("обращения.csv", 2, "a-1", "kind", "неизвестный вид «ЖАЛОБА»");
        try (RejectWriter writer = new RejectWriter(file)) {
            writer.write(cyrillic);
        }
        byte[] bytes = Files.readAllBytes(file);
        assertThat(bytes[0]).isEqualTo((byte) '{');
        String text = new String(bytes, StandardCharsets.UTF_8);
        assertThat(text).isEqualTo("{\"source\":\"обращения.csv\",\"line\":2,\"id\":\"a-1\",\"field\":\"kind\","
                + "\"reason\":\"неизвестный вид «ЖАЛОБА»\"}\n");
        assertThat(mapper.readValue(text, Reject.class)).isEqualTo(cyrillic);
    }

    @Test
    void linesReadBackAsTheSameRejects() throws IOException {
        List<Reject> rejects = List.of(Samples.fullReject(), Samples.minimalReject(), Reject.of("x", 9, null, "f", "r"));
        StringWriter out = new StringWriter();
        try (RejectWriter writer = new RejectWriter(out)) {
            for (Reject r : rejects) {
                writer.write(r);
            }
        }
        List<Reject> read = new ArrayList<>();
        for (String line : out.toString().split("\n")) {
            read.add(mapper.readValue(line, Reject.class));
        }
        assertThat(read).isEqualTo(rejects);
    }

    @Test
    void closingTwiceIsHarmlessAndWritingAfterwardsFails() throws IOException {
        RejectWriter writer = new RejectWriter(new StringWriter());
        writer.close();
        writer.close();
        writer.flush();
        assertThatThrownBy(() -> writer.write(Samples.fullReject())).isInstanceOf(IOException.class).hasMessageContaining("closed");
    }

    @Test
    void concurrentWritersProduceWholeLines() throws Exception {
        StringWriter out = new StringWriter();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try (RejectWriter writer = new RejectWriter(out)) {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                int thread = t;
                done.add(pool.submit(() -> {
                    for (int i = 1; i <= 250; i++) {
                        writer.write(Reject.of("t" + thread, i, "id-" + i, null, "reason " + i));
                    }
                    return null;
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
            assertThat(writer.count()).isEqualTo(1000);
        } finally {
            pool.shutdown();
            assertThat(pool.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
        }
        String[] lines = out.toString().split("\n");
        assertThat(lines).hasSize(1000);
        for (String line : lines) {
            assertThat(mapper.readValue(line, Reject.class).reason()).startsWith("reason ");
        }
    }
}
