package io.github.otklik.bench;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.github.otklik.core.io.ResponseJsonlReader;
import io.github.otklik.metrics.Dimension;
import io.github.otklik.metrics.MetricsEngine;
import io.github.otklik.metrics.report.MetricsReport;
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
import java.util.concurrent.TimeUnit;

/**
 * (1) Ingest of a responses JSONL file, one whole file per operation: a bare Jackson streaming
 * parse that only walks the tokens (the practical limit of any Jackson-based reader) vs Otklik's
 * read + validate vs read + validate + aggregate by process × channel, each with lines parsed on
 * every core (as the CLI does) and on the calling thread alone. The table turns ms/op into
 * records/s and ratios.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 3, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class IngestBenchmark {
    /** Lines of the responses file. */
    @Param("1000000")
    public int lines;

    private Path file;
    private final JsonFactory json = new JsonFactory();
    private ResponseJsonlReader reader;
    private ResponseJsonlReader reader1;
    private ResponseJsonlReader jackson;
    private ResponseJsonlReader jackson1;
    private ResponseJsonlReader bare1;
    private ResponseJsonlReader bareJackson1;
    private MetricsEngine engine;

    /** Generates the file once (cached across forks) and checks every path sees every record. */
    @Setup(Level.Trial)
    public void setup() throws IOException {
        file = BenchData.responsesFile(lines);
        reader = Otklik.reader();
        reader1 = Otklik.reader(1);
        jackson = Otklik.jacksonReader(Integer.getInteger("otklik.bench.readerThreads", Runtime.getRuntime().availableProcessors()));
        jackson1 = Otklik.jacksonReader(1);
        bare1 = ResponseJsonlReader.builder().detectDuplicates(false).build();
        bareJackson1 = Otklik.withoutScanner(() -> ResponseJsonlReader.builder().detectDuplicates(false).build());
        engine = Otklik.engine(Dimension.PROCESS, Dimension.CHANNEL);
        long objects = countObjects(json, file);
        long accepted = Otklik.readValidate(reader, file);
        MetricsReport r = Otklik.metrics(engine, reader, file);
        if (objects != lines || accepted != lines || r.inputs().responses().accepted() != lines || r.inputs().responses().inPeriod() != lines) {
            throw new IllegalStateException("paths disagree: " + objects + " objects, " + accepted + " accepted, " + r.inputs().responses());
        }
        if (!Otklik.metrics(engine, reader1, file).equals(r) || Otklik.readValidate(reader1, file) != lines) {
            throw new IllegalStateException("one reader thread gives another answer");
        }
        if (!Otklik.metrics(engine, jackson, file).equals(r) || !Otklik.metrics(engine, jackson1, file).equals(r)
                || Otklik.readValidate(bare1, file) != lines || Otklik.readValidate(bareJackson1, file) != lines) {
            throw new IllegalStateException("the Jackson path gives another answer");
        }
    }

    /** The limit: every token of the file, nothing materialised. */
    @Benchmark
    public long bareParse() throws IOException {
        return walk(json, file);
    }

    /** Otklik: structure + form validation + duplicate ids, each accepted response built. */
    @Benchmark
    public long readValidate() {
        return Otklik.readValidate(reader, file);
    }

    /** Otklik: as the CLI's {@code metrics --group-by process,channel}, without writing the JSON. */
    @Benchmark
    public MetricsReport readValidateAggregate() {
        return Otklik.metrics(engine, reader, file);
    }

    /** Otklik read + validate with every line parsed on the calling thread (parallelism 1). */
    @Benchmark
    public long readValidate1Thread() {
        return Otklik.readValidate(reader1, file);
    }

    /** Otklik's full path with every line parsed on the calling thread (parallelism 1). */
    @Benchmark
    public MetricsReport readValidateAggregate1Thread() {
        return Otklik.metrics(engine, reader1, file);
    }

    /** The same full path with the byte-level scanner off: every line through Jackson, on every core. */
    @Benchmark
    public MetricsReport readValidateAggregateJackson() {
        return Otklik.metrics(engine, jackson, file);
    }

    /** The same full path with the byte-level scanner off, on the calling thread. */
    @Benchmark
    public MetricsReport readValidateAggregateJackson1Thread() {
        return Otklik.metrics(engine, jackson1, file);
    }

    /**
     * The reader alone, on the calling thread: lines split, scanned (UTF-8, grammar, repeated keys,
     * numbers), decoded, field-checked and built into responses; no form checks, no duplicate ids.
     */
    @Benchmark
    public long read1Thread() {
        return Otklik.readValidate(bare1, file);
    }

    /** The reader alone with the byte-level scanner off. */
    @Benchmark
    public long readJackson1Thread() {
        return Otklik.readValidate(bareJackson1, file);
    }

    static long walk(JsonFactory json, Path file) throws IOException {
        long tokens = 0;
        try (InputStream in = Files.newInputStream(file); JsonParser p = json.createParser(in)) {
            while (p.nextToken() != null) {
                tokens++;
            }
        }
        return tokens;
    }

    static long countObjects(JsonFactory json, Path file) throws IOException {
        long objects = 0;
        try (InputStream in = Files.newInputStream(file); JsonParser p = json.createParser(in)) {
            JsonToken t;
            while ((t = p.nextToken()) != null) {
                if (t == JsonToken.START_OBJECT && p.getParsingContext().getParent().inRoot()) {
                    objects++;
                }
            }
        }
        return objects;
    }
}
