package io.github.otklik.core.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import io.github.otklik.bench.BenchData;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.io.IOException;
import java.nio.file.Files;
import java.util.concurrent.TimeUnit;

/**
 * The responses line parsers alone, over the bytes of the responses file already in memory (no
 * I/O, no line splitting, no form checks, no response built): the byte-level scanner
 * ({@link ResponseLineScanner}: validate everything, decode the fields), its checks alone
 * ({@code wellFormed}: nothing decoded), the Jackson path
 * ({@link ResponseLineParser} with the scanner off) and a bare Jackson token walk of each line.
 * In the reader's package (feedback-core) to reach its package-private parsers; the records of a
 * run are the file's bytes ({@code ResultTable}), so the table's records/s is bytes/s, to compare with
 * {@code MemoryBandwidthBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class ScannerBenchmark {
    /** Lines of the responses file. */
    @Param("1000000")
    public int lines;

    private byte[] data;
    private int[] starts;
    private int[] lengths;
    private final ResponseLineScanner scanner = new ResponseLineScanner();
    private final ScanCursor cursor = scanner.cursor();
    private final ResponseLineParser jackson = new ResponseLineParser(false);
    private final JsonFactory json = new JsonFactory();

    /** Loads the file and checks that the scanner decides every line, as the Jackson path does. */
    @Setup(Level.Trial)
    public void setup() throws IOException {
        data = Files.readAllBytes(BenchData.responsesFile(lines));
        starts = new int[lines];
        lengths = new int[lines];
        int n = 0;
        int from = 0;
        for (int i = 0; i < data.length; i++) {
            if (data[i] == '\n') {
                starts[n] = from;
                lengths[n++] = i - from;
                from = i + 1;
            }
        }
        if (n != lines) {
            throw new IllegalStateException(n + " lines, expected " + lines);
        }
        for (int i = 0; i < n; i++) {
            ResponseFields s = scanner.scan(data, starts[i], lengths[i]);
            ResponseFields j = jackson.parse(data, starts[i], lengths[i]);
            if (!cursor.wellFormed(data, starts[i], starts[i] + lengths[i]) || s == null || s.problem != null || j.problem != null || !s.build().equals(j.build())) {
                throw new IllegalStateException("line " + (i + 1) + ": the scanner and the Jackson path disagree");
            }
        }
    }

    /** The byte-level scanner: every line validated and its fields decoded, with one cursor as the reader keeps per thread. */
    @Benchmark
    public int scan() {
        int ok = 0;
        for (int i = 0; i < starts.length; i++) {
            ok += scanner.scan(cursor, data, starts[i], lengths[i]).answers.size();
        }
        return ok;
    }

    /**
     * The scanner's checks alone (grammar, UTF-8, repeated keys, depth, number forms), nothing
     * decoded, no field read: the floor of any reader built on the scanner.
     */
    @Benchmark
    public int wellFormed() {
        ScanCursor cursor = this.cursor;
        int ok = 0;
        for (int i = 0; i < starts.length; i++) {
            if (cursor.wellFormed(data, starts[i], starts[i] + lengths[i])) {
                ok++;
            }
        }
        return ok;
    }

    /** The Jackson path on the same lines: one parser per line, fields decoded. */
    @Benchmark
    public int jacksonPath() {
        int ok = 0;
        for (int i = 0; i < starts.length; i++) {
            ok += jackson.parse(data, starts[i], lengths[i]).answers.size();
        }
        return ok;
    }

    /** A bare Jackson token walk of each line (one parser per line, nothing decoded but names). */
    @Benchmark
    public long jacksonWalk() throws IOException {
        long tokens = 0;
        for (int i = 0; i < starts.length; i++) {
            try (JsonParser p = json.createParser(data, starts[i], lengths[i])) {
                while (p.nextToken() != null) {
                    tokens++;
                }
            }
        }
        return tokens;
    }
}
