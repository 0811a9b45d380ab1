package io.github.otklik.bench;

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
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;

/**
 * The ceiling under every reader, on one core: main-memory bandwidth (a sum over a {@code long[]}
 * far beyond the caches; a copy of a {@code byte[]}) and the responses file read through an
 * {@code InputStream} with its line ends counted (page cache to heap, the I/O any reader pays).
 * Records are bytes (for {@code readFile} the file's, {@code ResultTable}), so the table's records/s is bytes/s.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class MemoryBandwidthBenchmark {
    /** Bytes summed or copied (256 MiB: 8 × the L3 cache). */
    @Param("268435456")
    public long bytes;

    private long[] longs;
    private byte[] from;
    private byte[] to;

    /** Fills the arrays. */
    @Setup(Level.Trial)
    public void setup() {
        SplittableRandom random = new SplittableRandom(1);
        longs = new long[(int) (bytes / 8)];
        for (int i = 0; i < longs.length; i++) {
            longs[i] = random.nextLong();
        }
        from = new byte[(int) bytes];
        random.nextBytes(from);
        to = new byte[(int) bytes];
    }

    /** Reads memory: a sum of every long. */
    @Benchmark
    public long sum() {
        long s = 0;
        long[] a = longs;
        for (int i = 0; i < a.length; i++) {
            s += a[i];
        }
        return s;
    }

    /** Reads and writes memory: {@code System.arraycopy} of every byte. */
    @Benchmark
    public byte[] copy() {
        System.arraycopy(from, 0, to, 0, from.length);
        return to;
    }

    /** The file of {@link FileState#lines} lines read in 64 KiB chunks, its line ends counted. */
    @Benchmark
    public long readFile(FileState f) throws IOException {
        long n = 0;
        byte[] buf = new byte[1 << 16];
        try (InputStream in = Files.newInputStream(f.file)) {
            int r;
            while ((r = in.read(buf)) > 0) {
                for (int i = 0; i < r; i++) {
                    if (buf[i] == '\n') {
                        n++;
                    }
                }
            }
        }
        return n;
    }

    /** The responses file of {@link #readFile}. */
    @State(Scope.Benchmark)
    public static class FileState {
        /** Lines of the responses file. */
        @Param("1000000")
        public int lines;
        Path file;

        /** Finds (or generates) the file. */
        @Setup(Level.Trial)
        public void setup() {
            file = BenchData.responsesFile(lines);
        }
    }
}
