package io.github.otklik.bench;

import io.github.otklik.core.response.AnswerValue;
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

import java.util.DoubleSummaryStatistics;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * (2a) Aggregation of satisfaction by process × channel over responses already parsed into memory
 * (one pass over all of them per operation): Otklik's engine (SatisfactionAggregator behind
 * MetricsEngine: period filter, total group, overall, aspects and problems) vs the idiomatic
 * {@code Collectors.groupingBy(key, summarizingDouble(overall))} vs a hand-written loop into
 * primitive arrays (the limit). Streams and the first loop compute the overall figures only (what
 * the issue asks of them); {@code primitiveLoopAllFigures} is the limit for all of Otklik's figures. A parsed response takes about 1.5 KB of heap, so the full run holds
 * 3 M of them in an 8 GB fork rather than 10 M (15 GB).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 3, jvmArgsAppend = {"-Xms8g", "-Xmx8g"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class SatisfactionBenchmark {
    /** Responses in memory. */
    @Param("3000000")
    public int responses;

    private List<SurveyResponse> data;
    private MetricsEngine engine;

    /** Parses the responses once and checks both baselines give Otklik's answer. */
    @Setup(Level.Trial)
    public void setup() {
        data = BenchData.parsedResponses(responses);
        engine = Otklik.engine(Dimension.PROCESS, Dimension.CHANNEL);
        MetricsReport report = otklik();
        Map<String, Overall> otklik = Overall.of(report);
        Overall.requireSame("streams", otklik, toOverall(streams()));
        Overall.requireSame("primitive loop", otklik, primitiveLoop().toMap());
        Map<String, String> all = AllFiguresLoop.of(report);
        Map<String, String> loop = primitiveLoopAllFigures().figures();
        if (!all.equals(loop)) {
            throw new IllegalStateException("all-figures loop differs from Otklik:\n" + loop + "\nvs\n" + all);
        }
    }

    /** Otklik: the engine over an in-memory source, every satisfaction figure of every group. */
    @Benchmark
    public MetricsReport otklik() {
        return Otklik.metricsOfResponses(engine, data);
    }

    /** What a Java developer would write: group by a record key, summarise the overall answers. */
    @Benchmark
    public Map<Key, Stats> streams() {
        return data.stream()
                .collect(Collectors.groupingBy(r -> new Key(r.process().orElse(Dimension.UNSPECIFIED), r.channel().name()),
                        Collectors.teeing(
                                Collectors.filtering(r -> r.answers().get("overall") instanceof AnswerValue.IntegerValue,
                                        Collectors.summarizingDouble(r -> ((AnswerValue.IntegerValue) r.answers().get("overall")).value())),
                                Collectors.filtering(r -> r.answers().get("overall") instanceof AnswerValue.IntegerValue i && i.value() >= 4,
                                        Collectors.counting()),
                                Stats::new)));
    }

    /** The limit: dictionary-coded groups, counts in one long[], nothing allocated per record. */
    @Benchmark
    public PrimitiveTally primitiveLoop() {
        PrimitiveTally t = new PrimitiveTally();
        for (int i = 0, n = data.size(); i < n; i++) {
            SurveyResponse r = data.get(i);
            int g = t.group(r.process().orElse(Dimension.UNSPECIFIED), r.channel().ordinal());
            AnswerValue a = r.answers().get("overall");
            long[] c = t.counts;
            int base = g * PrimitiveTally.FIELDS;
            c[base]++;
            if (a instanceof AnswerValue.IntegerValue iv) {
                long v = iv.value();
                c[base + 1]++;
                if (v >= 4) {
                    c[base + 3]++;
                } else if (v <= 2) {
                    c[base + 4]++;
                }
                c[base + 5] += v;
            } else if (a instanceof AnswerValue.TextValue tv && AnswerValue.DONT_KNOW.equals(tv.value())) {
                c[base + 2]++;
            }
        }
        return t;
    }

    static Map<String, Overall> toOverall(Map<Key, Stats> streams) {
        Map<String, Overall> out = new HashMap<>();
        streams.forEach((k, s) -> out.put(Overall.key(k.process(), k.channel()),
                new Overall(-1, s.summary().getCount(), -1, s.satisfied(), -1, (long) s.summary().getSum())));
        return out;
    }

    /**
     * The limit for Otklik's whole work: every satisfaction figure (overall, aspects, problems and
     * their bases) of every group, hand-written for the standard forms into primitive arrays.
     */
    @Benchmark
    public AllFiguresLoop primitiveLoopAllFigures() {
        return new AllFiguresLoop(Otklik.CATALOG).run(data);
    }

    /** A process × channel key. */
    public record Key(String process, String channel) {
    }

    /** Summary of the overall answers of a group and the number of satisfied ones. */
    public record Stats(DoubleSummaryStatistics summary, long satisfied) {
    }

    /** Counts per dictionary-coded group: responses, answered, dk, satisfied, dissatisfied, sum. */
    public static final class PrimitiveTally {
        static final int FIELDS = 6;
        private static final int CHANNELS = io.github.otklik.core.channel.Channel.values().length;
        private final Map<String, Integer> processes = new HashMap<>();
        private String[] names = new String[16];
        private String lastName;
        private int lastId = -1;
        long[] counts = new long[16 * CHANNELS * FIELDS];

        int group(String process, int channel) {
            int p;
            if (process == lastName || process.equals(lastName)) {
                p = lastId;
            } else {
                Integer id = processes.get(process);
                if (id == null) {
                    id = processes.size();
                    processes.put(process, id);
                    if (id == names.length) {
                        names = java.util.Arrays.copyOf(names, id * 2);
                        counts = java.util.Arrays.copyOf(counts, id * 2 * CHANNELS * FIELDS);
                    }
                    names[id] = process;
                }
                p = id;
                lastName = process;
                lastId = p;
            }
            return p * CHANNELS + channel;
        }

        Map<String, Overall> toMap() {
            Map<String, Overall> out = new HashMap<>();
            io.github.otklik.core.channel.Channel[] channels = io.github.otklik.core.channel.Channel.values();
            for (int p = 0; p < processes.size(); p++) {
                for (int ch = 0; ch < CHANNELS; ch++) {
                    int b = (p * CHANNELS + ch) * FIELDS;
                    if (counts[b] > 0) {
                        out.put(Overall.key(names[p], channels[ch].name()),
                                new Overall(counts[b], counts[b + 1], counts[b + 2], counts[b + 3], counts[b + 4], counts[b + 5]));
                    }
                }
            }
            return out;
        }
    }
}
