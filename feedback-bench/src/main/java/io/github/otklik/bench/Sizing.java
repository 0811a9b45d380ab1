package io.github.otklik.bench;

import java.util.List;

/**
 * Measures the heap one parsed record takes, to size the in-memory aggregation benchmarks:
 * {@code java -cp benchmarks.jar io.github.otklik.bench.Sizing [N]}.
 */
public final class Sizing {
    private Sizing() {
    }

    /** Prints bytes per parsed response and per parsed appeal, and the time to build them. */
    public static void main(String[] args) {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 200_000;
        BenchData.responsesFile(n);
        BenchData.appealsFile(n);
        long before = used();
        long t0 = System.nanoTime();
        List<?> responses = BenchData.parsedResponses(n);
        long t1 = System.nanoTime();
        long afterResponses = used();
        List<?> appeals = BenchData.parsedAppeals(n);
        long t2 = System.nanoTime();
        long afterAppeals = used();
        System.out.printf("responses: %d, %.0f bytes each, %.0f k/s to parse%n", responses.size(),
                (double) (afterResponses - before) / n, n / ((t1 - t0) / 1e6));
        System.out.printf("appeals: %d, %.0f bytes each, %.0f k/s to parse%n", appeals.size(),
                (double) (afterAppeals - afterResponses) / n, n / ((t2 - t1) / 1e6));
    }

    private static long used() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        Runtime rt = Runtime.getRuntime();
        return rt.totalMemory() - rt.freeMemory();
    }
}
