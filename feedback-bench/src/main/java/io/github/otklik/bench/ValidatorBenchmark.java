package io.github.otklik.bench;

import io.github.otklik.core.response.SurveyResponse;
import io.github.otklik.forms.FormCatalog;
import io.github.otklik.forms.validation.ResponseValidator;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The form checks alone: {@link ResponseValidator#check(SurveyResponse)} over 100,000 responses
 * of the standard forms already parsed into memory, one pass per invocation ({@code check}: every
 * response read from main memory, so the walk over its objects weighs most), and 500 passes over
 * the first 200 of them ({@code checkInCache}: the responses stay in the CPU caches, as when the
 * reader checks each response right after parsing it). The score is in responses per second (one
 * operation = one response checked).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class ValidatorBenchmark {
    private static final int RESPONSES = 100_000;
    private static final int IN_CACHE = 200;

    private List<SurveyResponse> data;
    private ResponseValidator validator;

    /** Parses the responses once and checks that every one of them is valid. */
    @Setup(Level.Trial)
    public void setup() {
        data = BenchData.parsedResponses(RESPONSES);
        validator = new ResponseValidator(FormCatalog.standard());
        if (check() != 0) {
            throw new IllegalStateException("a generated response has problems");
        }
    }

    /**
     * Checks every response.
     *
     * @return the number of problems found (0), so that no check is optimised away
     */
    @Benchmark
    @OperationsPerInvocation(RESPONSES)
    public int check() {
        int problems = 0;
        for (int i = 0; i < data.size(); i++) {
            problems += validator.check(data.get(i)).size();
        }
        return problems;
    }

    /**
     * Checks the first 200 responses 500 times.
     *
     * @return the number of problems found (0), so that no check is optimised away
     */
    @Benchmark
    @OperationsPerInvocation(RESPONSES)
    public int checkInCache() {
        int problems = 0;
        for (int pass = 0; pass < RESPONSES / IN_CACHE; pass++) {
            for (int i = 0; i < IN_CACHE; i++) {
                problems += validator.check(data.get(i)).size();
            }
        }
        return problems;
    }
}
