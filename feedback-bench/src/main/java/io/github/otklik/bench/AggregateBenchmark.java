package io.github.otklik.bench;

import io.github.otklik.core.response.SurveyResponse;
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

import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The per-response cost of the metrics engine alone — routing (period, clients, disclosure, group)
 * and satisfaction aggregation (overall, aspects, problems with their bases) — over responses
 * already parsed into memory, so that the reader's time does not hide it: {@code otklik metrics
 * --group-by process,channel} without the file. One operation aggregates every response once;
 * divide ms/op by {@link #responses} for the cost per response. {@link #total} groups by nothing
 * (the total only), {@link #formAndCategory} by form and client category; {@link #distinct} says
 * whether the responses come from main memory or from the caches.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 3, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class AggregateBenchmark {
    /** Responses in memory. */
    @Param("100000")
    public int responses;

    /**
     * Distinct responses: the first {@code distinct} are repeated up to {@link #responses}. With all
     * of them distinct the responses come from main memory, as from a list too large for the
     * caches; with a few (16: a few dozen kilobytes) they stay in the core's caches, as a response
     * just parsed by the reader is when it is aggregated.
     */
    @Param({"100000", "16"})
    public int distinct;

    private List<SurveyResponse> data;
    private MetricsEngine byProcessAndChannel;
    private MetricsEngine byNothing;
    private MetricsEngine byFormAndCategory;

    /** Parses the responses once and checks that every one of them is in the period. */
    @Setup(Level.Trial)
    public void setup() {
        List<SurveyResponse> parsed = BenchData.parsedResponses(responses);
        data = new java.util.ArrayList<>(responses);
        for (int i = 0; i < responses; i++) {
            data.add(parsed.get(i % Math.min(distinct, responses)));
        }
        byProcessAndChannel = Otklik.engine(Dimension.PROCESS, Dimension.CHANNEL);
        byNothing = Otklik.engine();
        byFormAndCategory = Otklik.engine(Dimension.FORM, Dimension.CATEGORY);
        MetricsReport r = processAndChannel();
        if (r.inputs().responses().inPeriod() != responses || r.satisfaction().size() < 2) {
            throw new IllegalStateException("unexpected report: " + r.inputs().responses() + ", " + r.satisfaction().size() + " groups");
        }
    }

    /** The engine of {@code otklik metrics --group-by process,channel} over the parsed responses. */
    @Benchmark
    public MetricsReport processAndChannel() {
        return Otklik.metricsOfResponses(byProcessAndChannel, data);
    }

    /** The same without grouping: the total group only. */
    @Benchmark
    public MetricsReport total() {
        return Otklik.metricsOfResponses(byNothing, data);
    }

    /** Grouped by form and client category. */
    @Benchmark
    public MetricsReport formAndCategory() {
        return Otklik.metricsOfResponses(byFormAndCategory, data);
    }
}
