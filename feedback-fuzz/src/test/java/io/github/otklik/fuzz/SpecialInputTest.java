package io.github.otklik.fuzz;

import io.github.otklik.core.io.AppealCsvReader;
import io.github.otklik.core.io.InputFileException;
import io.github.otklik.core.io.ReadSummary;
import io.github.otklik.core.io.RecordHandler;
import io.github.otklik.core.io.Reject;
import io.github.otklik.core.io.ResponseJsonlReader;
import io.github.otklik.core.response.SurveyResponse;
import io.github.otklik.core.validation.InputLimits;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The inputs the corpus cannot hold as files: a 50 MB line (made here), a directory, a FIFO, a file
 * deleted while it is read, a missing file, no input at all, and the help of every command.
 */
class SpecialInputTest {
    private static final Duration HANG_GUARD = Duration.ofSeconds(120);
    private static final String LINE = "{\"id\":\"r-%d\",\"form\":\"EXT-1\",\"formVersion\":\"1\",\"submittedAt\":\"2025-01-06T05:42:22Z\","
            + "\"agency\":\"minsoc\",\"channel\":\"EPGU\",\"client\":{\"kind\":\"EXTERNAL\"},\"answers\":{}}";

    @TempDir
    Path dir;

    @Test
    void aFiftyMegabyteLineIsRejectedAndTheRestKept() throws IOException {
        Path file = dir.resolve("big.jsonl");
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write((String.format(LINE, 1) + "\n{\"id\":\"r-big\",\"comment\":\"").getBytes(StandardCharsets.UTF_8));
            byte[] chunk = "x".repeat(1 << 20).getBytes(StandardCharsets.US_ASCII);
            for (int i = 0; i < 50; i++) {
                out.write(chunk);
            }
            out.write(("\"}\n" + String.format(LINE, 3) + "\n").getBytes(StandardCharsets.UTF_8));
        }
        assertTimeoutPreemptively(HANG_GUARD, () -> {
            List<String> kept = new ArrayList<>();
            List<Reject> rejects = new ArrayList<>();
            ResponseJsonlReader.builder().build().read(file, RecordHandler.of(r -> kept.add(r.id()), rejects::add));
            assertThat(kept).containsExactly("r-1", "r-3");
            assertThat(rejects).singleElement().satisfies(r -> {
                assertThat(r.line()).isEqualTo(2);
                assertThat(r.reason()).contains("longer than " + InputLimits.MAX_LINE_BYTES);
            });
            Cli.Run run = Cli.run("validate", file.toString());
            run.assertClean();
            assertThat(run.code()).isEqualTo(1);
            assertThat(run.err()).contains("big.jsonl:2 line is longer than"); // lines 1 and 3 lack the form's answers: rejected by it
            assertThat(run.out()).contains("rejected 3");
        });
    }

    @Test
    void aFiftyMegabyteCsvRowIsRejectedAndTheRestKept() throws IOException {
        Path file = dir.resolve("big.csv");
        String header = "id,agency,channel,kind,registeredAt,text\n";
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write((header + "a-1,ag,EPGU,APPEAL,2025-01-10T09:00:00Z,t\na-2,ag,EPGU,APPEAL,2025-01-10T09:00:00Z,").getBytes(StandardCharsets.UTF_8));
            byte[] chunk = "y".repeat(1 << 20).getBytes(StandardCharsets.US_ASCII);
            for (int i = 0; i < 50; i++) {
                out.write(chunk);
            }
            out.write("\na-3,ag,EPGU,APPEAL,2025-01-10T09:00:00Z,t\n".getBytes(StandardCharsets.UTF_8));
        }
        assertTimeoutPreemptively(HANG_GUARD, () -> {
            List<String> kept = new ArrayList<>();
            List<Reject> rejects = new ArrayList<>();
            AppealCsvReader.builder().build().read(file, RecordHandler.of(a -> kept.add(a.id()), rejects::add));
            assertThat(kept).containsExactly("a-1", "a-3");
            assertThat(rejects).singleElement().satisfies(r -> assertThat(r.reason()).contains("longer than"));
        });
    }

    @Test
    void aQuotedFieldThatNeverClosesOverFiftyMegabytesIsRejectedAndTheLinesAfterItKept() throws IOException {
        Path file = dir.resolve("open.csv");
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write("id,agency,channel,kind,registeredAt,text\na-1,ag,EPGU,APPEAL,2025-01-10T09:00:00Z,\"open\n".getBytes(StandardCharsets.UTF_8));
            byte[] lines = "a-2,ag,EPGU,APPEAL,2025-01-10T09:00:00Z,t\n".repeat(100_000).getBytes(StandardCharsets.US_ASCII);
            for (int i = 0; i < 12; i++) {
                out.write(lines);
            }
        }
        assertTimeoutPreemptively(HANG_GUARD, () -> {
            long[] kept = {0};
            List<Reject> rejects = new ArrayList<>();
            ReadSummary s = AppealCsvReader.builder().build().read(file, RecordHandler.of(a -> kept[0]++, rejects::add));
            assertThat(rejects.get(0).line()).isEqualTo(2);
            assertThat(rejects.get(0).reason()).contains("unterminated");
            assertThat(kept[0]).isEqualTo(1); // a-2 once, its repeats rejected as duplicates
            assertThat(s.read()).isEqualTo(1_200_001);
        });
    }

    @Test
    void anEndlessInputWithoutLineEndsEndsTheReadMarkedTruncated() {
        Path zero = Path.of("/dev/zero");
        assumeTrue(Files.isReadable(zero), "no /dev/zero here");
        assertTimeoutPreemptively(HANG_GUARD, () -> {
            List<Reject> rejects = new ArrayList<>();
            ReadSummary s = ResponseJsonlReader.builder().build().read(zero, RecordHandler.of(r -> { }, rejects::add));
            assertThat(s.truncated()).isTrue();
            assertThat(rejects).singleElement().satisfies(r -> assertThat(r.reason()).contains("longer than"));
            assertThatThrownBy(() -> AppealCsvReader.builder().build().read(zero, RecordHandler.of(r -> { }, r -> { })))
                    .isInstanceOf(InputFileException.class).hasMessageContaining("longer than");
            Cli.Run run = Cli.run("validate", zero.toString());
            run.assertClean();
            assertThat(run.code()).isEqualTo(1);
        });
    }

    @Test
    void aDirectoryIsAnInputFileErrorAndAUsageError() {
        assertThatThrownBy(() -> ResponseJsonlReader.builder().build().read(dir, RecordHandler.of(r -> { }, r -> { })))
                .isInstanceOf(InputFileException.class).hasMessageContaining("is a directory");
        assertThatThrownBy(() -> AppealCsvReader.builder().build().read(dir, RecordHandler.of(r -> { }, r -> { })))
                .isInstanceOf(InputFileException.class).hasMessageContaining("is a directory");
        for (String[] args : new String[][] {{"validate", dir.toString()}, {"metrics", "--period", "2025", "--responses", dir.toString()},
                {"metrics", "--period", "2025", "--appeals", dir.toString()}}) {
            Cli.Run run = Cli.run(args);
            run.assertClean();
            assertThat(run.code()).isEqualTo(2);
            assertThat(run.err()).contains("is a directory");
        }
    }

    @Test
    void aMissingFileNamesTheReason() {
        Path missing = dir.resolve("nope.jsonl");
        assertThatThrownBy(() -> ResponseJsonlReader.builder().build().read(missing, RecordHandler.of(r -> { }, r -> { })))
                .isInstanceOf(InputFileException.class).hasMessage("cannot read " + missing + ": no such file or directory");
        Cli.Run run = Cli.run("metrics", "--period", "2025", "--appeals", missing.toString());
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("no such file or directory");
    }

    @Test
    void noInputAtAllIsAUsageError() {
        Cli.Run run = Cli.run("metrics", "--period", "2025-Q1");
        run.assertClean();
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("no input");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void generateOntoAFileIsAUsageError() throws IOException {
        Path file = Files.writeString(dir.resolve("afile"), "x");
        Cli.Run run = Cli.run("generate", "--out", file.toString());
        run.assertClean();
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("exists and is not a directory");
    }

    @Test
    void aFifoIsReadToItsEnd() throws Exception {
        Path fifo = dir.resolve("responses.fifo");
        Process mk;
        try {
            mk = new ProcessBuilder("mkfifo", fifo.toString()).start();
        } catch (IOException e) {
            assumeTrue(false, "no mkfifo here");
            return;
        }
        assumeTrue(mk.waitFor() == 0, "mkfifo failed");
        Thread writer = new Thread(() -> {
            try (OutputStream out = Files.newOutputStream(fifo)) {
                out.write((String.format(LINE, 1) + "\n{broken\n" + String.format(LINE, 2) + "\n").getBytes(StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        writer.start();
        assertTimeoutPreemptively(HANG_GUARD, () -> {
            List<String> kept = new ArrayList<>();
            ResponseJsonlReader.builder().build().read(fifo, RecordHandler.of(r -> kept.add(r.id()), r -> { }));
            assertThat(kept).containsExactly("r-1", "r-2");
        });
        writer.join();
    }

    @Test
    void aFileDeletedWhileItIsReadIsReadToItsEnd() throws IOException {
        Path file = dir.resolve("vanishing.jsonl");
        StringBuilder sb = new StringBuilder();
        for (int i = 1; i <= 20_000; i++) {
            sb.append(String.format(LINE, i)).append('\n');
        }
        Files.writeString(file, sb);
        List<String> kept = new ArrayList<>();
        ResponseJsonlReader.builder().build().read(file, RecordHandler.<SurveyResponse>of(r -> {
            if (kept.isEmpty()) {
                try {
                    Files.delete(file); // the open file stays readable to its end
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }
            kept.add(r.id());
        }, r -> { }));
        assertThat(kept).hasSize(20_000);
        assertThat(Files.exists(file)).isFalse();
    }

    @Test
    void everyCommandsHelpIsCleanOfPicocliWarnings() {
        for (String[] cmd : new String[][] {{"validate"}, {"metrics"}, {"painmap"}, {"report"}, {"store", "import"}, {"forms", "list"},
                {"forms", "export"}, {"forms", "import"}, {"rules", "check"}, {"sample-size"}, {"demo"}, {"generate"}, {"text", "phrases"}}) {
            String[] args = java.util.Arrays.copyOf(cmd, cmd.length + 1);
            args[cmd.length] = "--help";
            Cli.Run run = Cli.run(args);
            assertThat(run.code()).as(String.join(" ", cmd)).isZero();
            assertThat(run.err()).as(String.join(" ", cmd)).doesNotContainIgnoringCase("warn");
            assertThat(run.out()).as(String.join(" ", cmd)).doesNotContainIgnoringCase("[picocli").contains("Usage");
        }
    }
}
