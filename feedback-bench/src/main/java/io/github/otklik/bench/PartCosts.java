package io.github.otklik.bench;

import io.github.otklik.core.response.SurveyResponse;
import io.github.otklik.forms.validation.ResponseValidator;
import io.github.otklik.metrics.Dimension;
import io.github.otklik.metrics.MetricsEngine;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Two parts of the full path measured alone, in thread-CPU nanoseconds per response: the form
 * checks ({@code ResponseValidator.check} over 200 parsed responses, 500 times) and the figures
 * ({@code MetricsEngine} by process × channel over 100,000 responses, 16 of them distinct), both
 * with the responses in the core's caches, as when the reader has just parsed them. Prints the
 * best round of {@code SECONDS} of rounds: the machine's load can only raise a round's time.
 * Used by {@code docs/benchmarks.md} (issue 18, fifth round) to set what the ingest goals leave
 * after the floor beside what these parts cost.
 *
 * <pre>
 * java -cp feedback-bench/target/benchmarks.jar io.github.otklik.bench.PartCosts SECONDS
 * </pre>
 */
public final class PartCosts {
    private static final int RESPONSES = 100_000;
    private static final int CHECKED = 200;
    private static final int DISTINCT = 16;

    private PartCosts() {
    }

    /** Runs rounds for the given seconds and prints the best one. */
    public static void main(String[] args) {
        long seconds = Long.parseLong(args[0]);
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        List<SurveyResponse> parsed = BenchData.parsedResponses(RESPONSES);
        List<SurveyResponse> repeated = new ArrayList<>(RESPONSES);
        for (int i = 0; i < RESPONSES; i++) {
            repeated.add(parsed.get(i % DISTINCT));
        }
        ResponseValidator validator = new ResponseValidator(Otklik.CATALOG);
        MetricsEngine engine = Otklik.engine(Dimension.PROCESS, Dimension.CHANNEL);
        long bestChecks = Long.MAX_VALUE;
        long bestFigures = Long.MAX_VALUE;
        long problems = 0;
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        while (System.nanoTime() < end) {
            long t0 = cpu.getCurrentThreadCpuTime();
            for (int pass = 0; pass < RESPONSES / CHECKED; pass++) {
                for (int i = 0; i < CHECKED; i++) {
                    problems += validator.check(parsed.get(i)).size();
                }
            }
            long t1 = cpu.getCurrentThreadCpuTime();
            if (Otklik.metricsOfResponses(engine, repeated).inputs().responses().inPeriod() != RESPONSES) {
                throw new IllegalStateException("not every response was counted");
            }
            long t2 = cpu.getCurrentThreadCpuTime();
            bestChecks = Math.min(bestChecks, t1 - t0);
            bestFigures = Math.min(bestFigures, t2 - t1);
        }
        if (problems != 0) {
            throw new IllegalStateException("a generated response has problems");
        }
        double checks = (double) bestChecks / RESPONSES;
        double figures = (double) bestFigures / RESPONSES;
        System.out.printf(Locale.ROOT, "form checks %.0f ns, figures %.0f ns, together %.0f ns per response (best thread-CPU round of %d s)%n",
                checks, figures, checks + figures, seconds);
    }
}
