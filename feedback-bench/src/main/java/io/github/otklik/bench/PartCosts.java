package io.github.otklik.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Locale;

/**
 * Two parts of the full path measured alone, in thread-CPU nanoseconds per response, by the work
 * of two JMH benchmarks: the form checks ({@link ValidatorBenchmark#checkInCache}: 200 parsed
 * responses, 500 times) and the figures ({@link AggregateBenchmark#processAndChannel} over
 * 100,000 responses, 16 of them distinct), both with the responses in the core's caches, as when
 * the reader has just parsed them. Prints the best round of {@code SECONDS} of rounds: the
 * machine's load can only raise a round's time, where JMH's wall-clock scores on a shared machine
 * carry errors as large as themselves. Used by {@code docs/benchmarks.md} (issue 18, fifth round)
 * to set what the ingest goals leave after the floor beside what these parts cost.
 *
 * <pre>
 * java -cp feedback-bench/target/benchmarks.jar io.github.otklik.bench.PartCosts SECONDS
 * </pre>
 */
public final class PartCosts {
    private static final int RESPONSES = 100_000; // per operation of both benchmarks

    private PartCosts() {
    }

    /** Runs rounds for the given seconds and prints the best one. */
    public static void main(String[] args) {
        long seconds = Long.parseLong(args[0]);
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        ValidatorBenchmark checks = new ValidatorBenchmark();
        checks.setup(); // fails if a generated response has problems
        AggregateBenchmark figures = new AggregateBenchmark();
        figures.responses = RESPONSES;
        figures.distinct = 16;
        figures.setup(); // fails if not every response is counted
        long bestChecks = Long.MAX_VALUE;
        long bestFigures = Long.MAX_VALUE;
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        while (System.nanoTime() < end) {
            long t0 = cpu.getCurrentThreadCpuTime();
            if (checks.checkInCache() != 0) {
                throw new IllegalStateException("a generated response has problems");
            }
            long t1 = cpu.getCurrentThreadCpuTime();
            if (figures.processAndChannel().inputs().responses().inPeriod() != RESPONSES) {
                throw new IllegalStateException("not every response was counted");
            }
            long t2 = cpu.getCurrentThreadCpuTime();
            bestChecks = Math.min(bestChecks, t1 - t0);
            bestFigures = Math.min(bestFigures, t2 - t1);
        }
        double c = (double) bestChecks / RESPONSES;
        double f = (double) bestFigures / RESPONSES;
        System.out.printf(Locale.ROOT, "form checks %.0f ns, figures %.0f ns, together %.0f ns per response (best thread-CPU round of %d s)%n",
                c, f, c + f, seconds);
    }
}
