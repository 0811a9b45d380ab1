package io.github.otklik.bench;

import io.github.otklik.metrics.Dimension;
import io.github.otklik.metrics.MetricsEngine;
import io.github.otklik.core.io.ResponseJsonlReader;

import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * Two builds of the library in one JVM, compared on the full path (read + validate + aggregate
 * 100,000 lines, as {@code otklik metrics}): each build's classes are loaded in a class loader of
 * their own, in front of this jar, and the two run in turn, one operation each per round, so that
 * a change of the machine's load hits both alike. Prints the medians and the median of the
 * per-round time ratios A/B with its quartiles (above 1: B is faster).
 *
 * <pre>
 * java -Xmx3g -cp feedback-bench/target/benchmarks.jar io.github.otklik.bench.TwoBuilds \
 *     THREADS ROUNDS CLASSES_A CLASSES_B
 * </pre>
 * where each {@code CLASSES_X} is a {@code :}-separated list of class directories (for example a
 * copy of {@code feedback-core/target/classes} from before a change, and the current one).
 */
public final class TwoBuilds {
    private TwoBuilds() {
    }

    /** One build's full path on a given number of reader threads; made in that build's class loader. */
    public static final class Path100k implements Supplier<Object> {
        private final MetricsEngine engine = Otklik.engine(Dimension.PROCESS, Dimension.CHANNEL);
        private final ResponseJsonlReader reader;
        private final Path file = BenchData.responsesFile(100_000);

        /** The path with {@code threads} reader threads. */
        public Path100k(int threads) {
            this.reader = Otklik.reader(threads);
        }

        @Override
        public Object get() {
            return Otklik.metrics(engine, reader, file);
        }
    }

    /** Runs the comparison; see the class comment for the arguments. */
    public static void main(String[] args) throws Exception {
        int threads = Integer.parseInt(args[0]);
        int rounds = Integer.parseInt(args[1]);
        Supplier<Object> a = load(args[2], threads);
        Supplier<Object> b = load(args[3], threads);
        for (int i = 0; i < 8; i++) {
            a.get();
            b.get();
        }
        double[] ta = new double[rounds];
        double[] tb = new double[rounds];
        double[] ratio = new double[rounds];
        for (int r = 0; r < rounds; r++) {
            long t0 = System.nanoTime();
            a.get();
            long t1 = System.nanoTime();
            b.get();
            long t2 = System.nanoTime();
            ta[r] = (t1 - t0) / 1e6;
            tb[r] = (t2 - t1) / 1e6;
            ratio[r] = ta[r] / tb[r];
        }
        Arrays.sort(ta);
        Arrays.sort(tb);
        Arrays.sort(ratio);
        System.out.printf(Locale.ROOT, "%d threads, %d rounds: A %.1f ms, B %.1f ms (medians); A/B time %.3f (quartiles %.3f–%.3f)%n",
                threads, rounds, ta[rounds / 2], tb[rounds / 2], ratio[rounds / 2], ratio[rounds / 4], ratio[3 * rounds / 4]);
    }

    @SuppressWarnings("unchecked")
    private static Supplier<Object> load(String classes, int threads) throws Exception {
        List<URL> urls = new ArrayList<>();
        for (String dir : classes.split(":")) {
            urls.add(Path.of(dir).toUri().toURL());
        }
        urls.add(TwoBuilds.class.getProtectionDomain().getCodeSource().getLocation());
        ClassLoader loader = new URLClassLoader(urls.toArray(new URL[0]), ClassLoader.getPlatformClassLoader());
        return (Supplier<Object>) loader.loadClass(Path100k.class.getName()).getConstructor(int.class).newInstance(threads);
    }
}
