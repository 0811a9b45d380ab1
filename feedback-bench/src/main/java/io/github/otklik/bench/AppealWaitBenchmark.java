package io.github.otklik.bench;

import io.github.otklik.core.appeal.Appeal;
import io.github.otklik.metrics.Dimension;
import io.github.otklik.metrics.MetricsEngine;
import io.github.otklik.metrics.appeal.AppealFigures;
import io.github.otklik.metrics.report.Keyed;
import io.github.otklik.metrics.report.MetricsReport;
import io.github.otklik.metrics.stats.NearestRank;
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

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * (2b) Appeal waiting days by process over appeals already parsed into memory: Otklik's engine
 * (AppealAggregator: exact day counts in SmallIntCounts, plus every other appeal figure) vs
 * {@code groupingBy(process, mapping(days, toList()))} and sorting each list vs a hand-written
 * counting loop (the limit). All compute count, mean, nearest-rank p50 and p90 and max of the
 * calendar days between the local dates of registration and answer. An appeal takes about 350
 * bytes of heap, so the full run holds 10 M of them.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 3, jvmArgsAppend = {"-Xms8g", "-Xmx8g"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class AppealWaitBenchmark {
    /** Appeals in memory. */
    @Param("10000000")
    public int appeals;

    private List<Appeal> data;
    private MetricsEngine engine;
    private final ZoneId zone = BenchData.ZONE;

    /** The wait-day figures of one process. */
    public record Wait(long answered, double mean, int p50, int p90, int max) {
    }

    /** Parses the appeals once and checks both baselines give Otklik's answer. */
    @Setup(Level.Trial)
    public void setup() {
        data = BenchData.parsedAppeals(appeals);
        engine = Otklik.engine(Dimension.PROCESS);
        MetricsReport r = otklik();
        if (r.appealsInput().inPeriod() != appeals) {
            throw new IllegalStateException("appeals outside the period: " + r.appealsInput());
        }
        Map<String, Wait> expected = new TreeMap<>();
        for (Keyed<AppealFigures> g : r.appeals()) {
            if (!g.key().isTotal() && g.figures().waitDays().isPresent()) {
                AppealFigures.WaitDays w = g.figures().waitDays().get();
                expected.put(g.key().value(Dimension.PROCESS), new Wait(g.figures().answered(), w.mean(), w.p50(), w.p90(), w.max()));
            }
        }
        requireSame("streams", expected, streams());
        requireSame("counting loop", expected, countingLoop());
    }

    private static void requireSame(String who, Map<String, Wait> expected, Map<String, Wait> actual) {
        if (expected.isEmpty() || !expected.equals(new TreeMap<>(actual))) {
            throw new IllegalStateException(who + " differs from Otklik: " + actual + " vs " + expected);
        }
    }

    /** Otklik: the engine over an in-memory source, every appeal figure by process. */
    @Benchmark
    public MetricsReport otklik() {
        return Otklik.metricsOfAppeals(engine, data);
    }

    /** What a Java developer would write: lists of days per process, sorted for the quantiles. */
    @Benchmark
    public Map<String, Wait> streams() {
        Map<String, List<Integer>> days = data.stream()
                .filter(Appeal::isAnswered)
                .collect(Collectors.groupingBy(a -> a.process().orElse(Dimension.UNSPECIFIED),
                        Collectors.mapping(a -> (int) (LocalDate.ofInstant(a.answeredAt().get(), zone).toEpochDay()
                                - LocalDate.ofInstant(a.registeredAt(), zone).toEpochDay()), Collectors.toList())));
        Map<String, Wait> out = new HashMap<>();
        days.forEach((process, list) -> {
            Collections.sort(list);
            int n = list.size();
            double mean = list.stream().mapToLong(Integer::longValue).sum() / (double) n;
            out.put(process, new Wait(n, mean, list.get((int) NearestRank.rank(0.5, n) - 1),
                    list.get((int) NearestRank.rank(0.9, n) - 1), list.get(n - 1)));
        });
        return out;
    }

    /** The limit: dictionary-coded processes, a count per (process, day) in int arrays. */
    @Benchmark
    public Map<String, Wait> countingLoop() {
        ZoneRules rules = zone.getRules();
        Map<String, Integer> ids = new HashMap<>();
        List<String> names = new ArrayList<>();
        long[][] counts = new long[16][];
        String lastName = null;
        int last = -1;
        for (int i = 0, n = data.size(); i < n; i++) {
            Appeal a = data.get(i);
            if (!a.isAnswered()) {
                continue;
            }
            String process = a.process().orElse(Dimension.UNSPECIFIED);
            int p;
            if (process.equals(lastName)) {
                p = last;
            } else {
                Integer id = ids.get(process);
                if (id == null) {
                    id = names.size();
                    ids.put(process, id);
                    names.add(process);
                    if (id == counts.length) {
                        counts = Arrays.copyOf(counts, id * 2);
                    }
                    counts[id] = new long[128];
                }
                p = id;
                lastName = process;
                last = p;
            }
            int d = (int) (localDay(rules, a.answeredAt().get()) - localDay(rules, a.registeredAt()));
            long[] c = counts[p];
            if (d >= c.length) {
                c = counts[p] = Arrays.copyOf(c, Math.max(d + 1, c.length * 2));
            }
            c[d]++;
        }
        Map<String, Wait> out = new HashMap<>();
        for (int p = 0; p < names.size(); p++) {
            long[] c = counts[p];
            long n = 0;
            long sum = 0;
            int max = 0;
            for (int d = 0; d < c.length; d++) {
                n += c[d];
                sum += c[d] * d;
                if (c[d] > 0) {
                    max = d;
                }
            }
            out.put(names.get(p), new Wait(n, (double) sum / n, rank(c, NearestRank.rank(0.5, n)), rank(c, NearestRank.rank(0.9, n)), max));
        }
        return out;
    }

    private static long localDay(ZoneRules rules, Instant at) {
        return Math.floorDiv(at.getEpochSecond() + rules.getOffset(at).getTotalSeconds(), 86_400);
    }

    private static int rank(long[] counts, long rank) {
        long seen = 0;
        for (int d = 0; d < counts.length; d++) {
            seen += counts[d];
            if (seen >= rank) {
                return d;
            }
        }
        throw new IllegalStateException();
    }
}
