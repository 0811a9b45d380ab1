package io.github.otklik.bench;

import io.github.otklik.core.appeal.Appeal;
import io.github.otklik.core.appeal.AppealKind;
import io.github.otklik.core.appeal.AppealOutcome;
import io.github.otklik.metrics.Dimension;
import io.github.otklik.metrics.MetricsEngine;
import io.github.otklik.metrics.appeal.AppealFigures;
import io.github.otklik.metrics.report.Keyed;
import io.github.otklik.metrics.report.MetricsReport;
import io.github.otklik.metrics.stats.NearestRank;
import io.github.otklik.metrics.stats.ParetoEntry;
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
import java.time.temporal.ChronoUnit;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * (2b) Appeal figures by process over appeals already parsed into memory: Otklik's engine
 * (AppealAggregator: every appeal figure, exact day counts in SmallIntCounts) against what a Java
 * developer would write and against a hand-written counting loop (the limit). {@code streamsAllFigures}
 * computes every figure Otklik gives (counts by channel, kind and topic, the reasons' Pareto list with
 * complaints, answered, waiting days, overdue, complaints and their outcomes); {@code streams}
 * ({@code groupingBy(process, mapping(days, toList()))} and sorting each list) and {@code countingLoop}
 * compute only the waiting-day figures (count, mean, nearest-rank p50 and p90, max of the calendar
 * days between the local dates of registration and answer), less work than Otklik's. The setup checks
 * every baseline against Otklik's answer. An appeal takes about 350 bytes of heap, so the full run
 * holds 10 M of them.
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

    /** Parses the appeals once and checks every baseline gives Otklik's answer. */
    @Setup(Level.Trial)
    public void setup() {
        data = BenchData.parsedAppeals(appeals);
        engine = Otklik.engine(Dimension.PROCESS);
        MetricsReport r = otklik();
        if (r.inputs().appeals().inPeriod() != appeals) {
            throw new IllegalStateException("appeals outside the period: " + r.inputs().appeals());
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
        Map<String, AppealFigures> all = new TreeMap<>();
        for (Keyed<AppealFigures> g : r.appeals()) {
            if (!g.key().isTotal()) {
                all.put(g.key().value(Dimension.PROCESS), g.figures());
            }
        }
        Map<String, AppealFigures> streams = new TreeMap<>(streamsAllFigures());
        if (all.isEmpty() || !all.equals(streams)) {
            throw new IllegalStateException("all-figures streams differ from Otklik: " + streams + " vs " + all);
        }
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

    /**
     * What a Java developer would write for the waiting-day figures only: lists of days per process,
     * sorted for the quantiles. Less work than Otklik's; see {@link #streamsAllFigures()}.
     */
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

    /**
     * What a Java developer would write for every appeal figure Otklik gives per process: the appeals
     * grouped into a list per process, then a stream per figure over each list.
     */
    @Benchmark
    public Map<String, AppealFigures> streamsAllFigures() {
        LocalDate asOf = LocalDate.ofInstant(BenchData.PERIOD.defaultAsOf(zone), zone); // the engine's default
        Map<String, List<Appeal>> byProcess = data.stream().collect(Collectors.groupingBy(a -> a.process().orElse(Dimension.UNSPECIFIED)));
        Map<String, AppealFigures> out = new HashMap<>();
        byProcess.forEach((process, appeals) -> out.put(process, figures(appeals, asOf)));
        return out;
    }

    /** Appeals and complaints with a reason. */
    private record ReasonCount(long appeals, long complaints) {
    }

    private AppealFigures figures(List<Appeal> appeals, LocalDate asOf) {
        long total = appeals.size();
        Map<String, ReasonCount> reasonCounts = appeals.stream()
                .filter(a -> a.reason().isPresent())
                .collect(Collectors.groupingBy(a -> a.reason().get(), Collectors.teeing(Collectors.counting(),
                        Collectors.filtering(AppealWaitBenchmark::isComplaint, Collectors.counting()), ReasonCount::new)));
        List<Map.Entry<String, ReasonCount>> pareto = reasonCounts.entrySet().stream()
                .sorted(Comparator.comparing((Map.Entry<String, ReasonCount> e) -> e.getValue().appeals()).reversed()
                        .thenComparing(Map.Entry::getKey))
                .toList();
        List<ParetoEntry> reasons = new ArrayList<>();
        long running = 0;
        for (Map.Entry<String, ReasonCount> e : pareto) {
            long n = e.getValue().appeals();
            running += n;
            reasons.add(new ParetoEntry(e.getKey(), n, (double) n / total, (double) running / total));
        }
        int[] days = appeals.stream().filter(Appeal::isAnswered).mapToInt(this::waitDays).sorted().toArray();
        int n = days.length;
        Optional<AppealFigures.WaitDays> wait = n == 0 ? Optional.empty()
                : Optional.of(new AppealFigures.WaitDays(Arrays.stream(days).average().orElseThrow(),
                        days[(int) NearestRank.rank(0.5, n) - 1], days[(int) NearestRank.rank(0.9, n) - 1], days[n - 1]));
        List<Appeal> complaints = appeals.stream().filter(AppealWaitBenchmark::isComplaint).toList();
        Map<AppealOutcome, Long> outcomes = complaints.stream()
                .flatMap(a -> a.outcome().stream())
                .collect(Collectors.groupingBy(Function.identity(), () -> new EnumMap<>(AppealOutcome.class), Collectors.counting()));
        return new AppealFigures(total,
                countBy(appeals, a -> a.channel().name()),
                countBy(appeals, a -> a.kind().name()),
                countBy(appeals, a -> a.topic().orElse(Dimension.UNSPECIFIED)),
                reasons,
                pareto.stream().map(e -> e.getValue().complaints()).toList(),
                n,
                wait,
                appeals.stream().filter(a -> isOverdue(a, asOf)).count(),
                complaints.size(),
                outcomes.getOrDefault(AppealOutcome.RESOLVED, 0L),
                outcomes.getOrDefault(AppealOutcome.REFUSED, 0L));
    }

    private static Map<String, Long> countBy(List<Appeal> appeals, Function<Appeal, String> key) {
        return appeals.stream().collect(Collectors.groupingBy(key, TreeMap::new, Collectors.counting()));
    }

    private static boolean isComplaint(Appeal a) {
        return a.kind() == AppealKind.COMPLAINT;
    }

    private int waitDays(Appeal a) {
        return (int) ChronoUnit.DAYS.between(LocalDate.ofInstant(a.registeredAt(), zone), LocalDate.ofInstant(a.answeredAt().orElseThrow(), zone));
    }

    /** Answered after the due date, or still open with the due date before {@code asOf}; due = dueDate or registration + 30 days (59-FZ). */
    private boolean isOverdue(Appeal a, LocalDate asOf) {
        LocalDate registered = LocalDate.ofInstant(a.registeredAt(), zone);
        LocalDate due = a.dueDate().orElseGet(() -> registered.plusDays(30));
        return a.answeredAt().map(at -> LocalDate.ofInstant(at, zone).isAfter(due)).orElseGet(() -> due.isBefore(asOf));
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
