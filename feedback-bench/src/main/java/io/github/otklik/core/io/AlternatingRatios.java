package io.github.otklik.core.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import io.github.otklik.bench.BenchData;
import io.github.otklik.bench.DuckDbFigures;
import io.github.otklik.bench.Otklik;
import io.github.otklik.metrics.Dimension;
import io.github.otklik.metrics.MetricsEngine;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The issue-18 ratios on a shared machine: the contenders run in turn, one operation each per
 * round, so that a change of load hits all of them alike; each ratio is the median of the
 * per-round ratios, with the lowest and highest round. {@code AlternatingRatios LINES ROUNDS}
 * (after two warm-up rounds). Complements the JMH classes, whose benchmarks run one after the
 * other and so see different load.
 */
public final class AlternatingRatios {
    private AlternatingRatios() {
    }

    /** Runs the rounds and prints the medians and ratios. */
    public static void main(String[] args) throws Exception {
        int lines = Integer.parseInt(args[0]);
        int rounds = Integer.parseInt(args[1]);
        Path file = BenchData.responsesFile(lines);
        byte[] data = Files.readAllBytes(file);
        int[] starts = new int[lines];
        int[] lengths = new int[lines];
        int n = 0;
        for (int i = 0, from = 0; i < data.length; i++) {
            if (data[i] == '\n') {
                starts[n] = from;
                lengths[n++] = i - from;
                from = i + 1;
            }
        }
        ResponseLineScanner scanner = new ResponseLineScanner();
        ResponseLineParser jackson = new ResponseLineParser(false);
        JsonFactory json = new JsonFactory();
        MetricsEngine engine = Otklik.engine(Dimension.PROCESS, Dimension.CHANNEL);
        ResponseJsonlReader reader = Otklik.reader();
        ResponseJsonlReader reader1 = Otklik.reader(1);
        ResponseJsonlReader jackson1 = Otklik.jacksonReader(1);
        ResponseJsonlReader jacksonN = Otklik.jacksonReader(Runtime.getRuntime().availableProcessors());
        Connection duck = DriverManager.getConnection("jdbc:duckdb:");
        try (Statement s = duck.createStatement()) {
            s.execute("SET threads=2");
        }
        DuckDbFigures.loadForms(duck, Otklik.CATALOG);
        String path = file.toAbsolutePath().toString().replace("'", "''");
        String declared = "SELECT coalesce(process, 'UNSPECIFIED') AS p, channel AS c, count(*), count(v), count_if(o = 'dk'),"
                + " count_if(v >= 4), count_if(v <= 2), coalesce(sum(v), 0) FROM (SELECT process, channel,"
                + " replace(CAST(answers.overall AS VARCHAR), '\"', '') AS o, TRY_CAST(answers.overall AS BIGINT) AS v FROM read_json('"
                + path + "', format='newline_delimited', columns={process: 'VARCHAR', channel: 'VARCHAR', answers: 'STRUCT(overall VARCHAR)'}))"
                + " GROUP BY ALL";
        String same = DuckDbFigures.figures(file);
        String checked = DuckDbFigures.checkedFigures(file);
        long[] sink = new long[1];
        long[] longs = new long[1 << 25]; // 256 MiB
        Arrays.fill(longs, 3);

        Map<String, Callable<Object>> ops = new LinkedHashMap<>();
        ops.put("bareParse", () -> {
            long t = 0;
            try (InputStream in = Files.newInputStream(file); JsonParser p = json.createParser(in)) {
                while (p.nextToken() != null) {
                    t++;
                }
            }
            return t;
        });
        ops.put("otklik1Thread", () -> Otklik.metrics(engine, reader1, file));
        ops.put("otklikJackson1Thread", () -> Otklik.metrics(engine, jackson1, file));
        ops.put("otklik", () -> Otklik.metrics(engine, reader, file));
        ops.put("otklikJackson", () -> Otklik.metrics(engine, jacksonN, file));
        ops.put("duckdbDeclared", () -> {
            try (Statement s = duck.createStatement(); var rs = s.executeQuery(declared)) {
                while (rs.next()) {
                    sink[0] += rs.getLong(3);
                }
            }
            return sink[0];
        });
        ops.put("duckdbSameFigures", () -> DuckDbFigures.run(duck, same));
        ops.put("duckdbChecked", () -> DuckDbFigures.run(duck, checked));
        ScanCursor scanCursor = scanner.cursor(); // one per thread, as the reader keeps
        ops.put("scan", () -> {
            int ok = 0;
            for (int i = 0; i < starts.length; i++) {
                ok += scanner.scan(scanCursor, data, starts[i], lengths[i]).answers.size();
            }
            return ok;
        });
        ScanCursor cursor = scanner.cursor();
        ops.put("wellFormed", () -> {
            int ok = 0;
            for (int i = 0; i < starts.length; i++) {
                if (cursor.wellFormed(data, starts[i], starts[i] + lengths[i])) {
                    ok++;
                }
            }
            return ok;
        });
        ops.put("lines", () -> floor(file, 0, data.length, null));
        ops.put("floor1Thread", () -> floor(file, 0, data.length, scanner.cursor()));
        int mid = starts[lines / 2]; // the two halves of the file, split where a line starts
        ExecutorService two = Executors.newFixedThreadPool(2, r -> {
            Thread t = new Thread(r, "floor");
            t.setDaemon(true);
            return t;
        });
        ScanCursor[] cursors = {scanner.cursor(), scanner.cursor()};
        ops.put("floor2Threads", () -> {
            Future<Long> first = two.submit(() -> floor(file, 0, mid, cursors[0]));
            Future<Long> second = two.submit(() -> floor(file, mid, data.length, cursors[1]));
            return first.get() + second.get();
        });
        ops.put("jacksonPath", () -> {
            int ok = 0;
            for (int i = 0; i < starts.length; i++) {
                ok += jackson.parse(data, starts[i], lengths[i]).answers.size();
            }
            return ok;
        });
        ops.put("jacksonWalkPerLine", () -> {
            long t = 0;
            for (int i = 0; i < starts.length; i++) {
                try (JsonParser p = json.createParser(data, starts[i], lengths[i])) {
                    while (p.nextToken() != null) {
                        t++;
                    }
                }
            }
            return t;
        });
        ops.put("sumMemory", () -> {
            long s = 0;
            for (long x : longs) {
                s += x;
            }
            return s;
        });

        Map<String, List<Double>> ms = new LinkedHashMap<>();
        ops.keySet().forEach(k -> ms.put(k, new ArrayList<>()));
        for (int r = -2; r < rounds; r++) {
            for (Map.Entry<String, Callable<Object>> e : ops.entrySet()) {
                long t0 = System.nanoTime();
                Object result = e.getValue().call();
                double t = (System.nanoTime() - t0) / 1e6;
                sink[0] += result.hashCode();
                if ((e.getKey().equals("lines") || e.getKey().startsWith("floor")) && ((Long) result) != lines) {
                    throw new AssertionError(e.getKey() + ": " + result + " of " + lines + " lines well formed");
                }
                if (r >= 0) {
                    ms.get(e.getKey()).add(t);
                }
            }
            System.err.printf("round %d done%n", r);
        }
        System.out.printf(Locale.ROOT, "%d lines, %d bytes, %d rounds, load average %s%n", lines, data.length, rounds,
                Files.readString(Path.of("/proc/loadavg")).trim());
        System.out.println("| operation | median ms (min–max) | per second |");
        System.out.println("|---|---:|---:|");
        for (var e : ms.entrySet()) {
            List<Double> v = new ArrayList<>(e.getValue());
            v.sort(null);
            double med = v.get(v.size() / 2);
            boolean bytes = e.getKey().equals("scan") || e.getKey().equals("wellFormed") || e.getKey().startsWith("jackson") || e.getKey().equals("sumMemory")
                    || e.getKey().equals("lines") || e.getKey().startsWith("floor");
            double per = (e.getKey().equals("sumMemory") ? longs.length * 8.0 : bytes ? data.length : lines) / (med / 1000);
            System.out.printf(Locale.ROOT, "| %s | %.1f (%.1f–%.1f) | %s |%n", e.getKey(), med, v.get(0), v.get(v.size() - 1),
                    bytes ? String.format(Locale.ROOT, "%.0f MB/s", per / 1e6) : String.format(Locale.ROOT, "%.0f k lines", per / 1e3));
        }
        String[][] ratios = {
            {"otklik1Thread", "bareParse"}, {"otklik", "bareParse"}, {"otklik1Thread", "otklikJackson1Thread"},
            {"otklik", "otklikJackson"}, {"otklik", "duckdbDeclared"}, {"otklik", "duckdbSameFigures"},
            {"otklik", "duckdbChecked"}, {"otklik1Thread", "duckdbSameFigures"}, {"scan", "jacksonPath"},
            {"scan", "jacksonWalkPerLine"}, {"wellFormed", "jacksonWalkPerLine"}, {"wellFormed", "bareParse"}, {"scan", "sumMemory"},
            {"wellFormed", "sumMemory"}, {"lines", "bareParse"}, {"floor1Thread", "bareParse"}, {"floor2Threads", "bareParse"},
            {"floor2Threads", "duckdbDeclared"}, {"otklik1Thread", "floor1Thread"}, {"otklik", "floor2Threads"}};
        System.out.println();
        System.out.println("| ratio (throughput) | median of rounds (min–max) |");
        System.out.println("|---|---:|");
        for (String[] q : ratios) {
            List<Double> a = ms.get(q[0]);
            List<Double> b = ms.get(q[1]);
            List<Double> rs = new ArrayList<>();
            for (int i = 0; i < a.size(); i++) {
                double ra = q[1].equals("sumMemory") ? (b.get(i) / (longs.length * 8.0)) / (a.get(i) / data.length) : b.get(i) / a.get(i);
                rs.add(ra);
            }
            rs.sort(null);
            System.out.printf(Locale.ROOT, "| %s vs %s | %.2f× (%.2f–%.2f) |%n", q[0], q[1], rs.get(rs.size() / 2), rs.get(0), rs.get(rs.size() - 1));
        }
        duck.close();
        two.shutdownNow();
    }

    /**
     * The floor of a validating reader over the bytes {@code from}–{@code to} of {@code file} (a
     * range of whole lines): the reader's own line source, and with a {@code cursor} the scanner's
     * checks on every line ({@link ScanCursor#wellFormed}); nothing decoded, checked against a form
     * or aggregated. Returns the lines well formed (or, without a cursor, the lines).
     */
    private static long floor(Path file, long from, long to, ScanCursor cursor) throws IOException {
        FileChannel channel = FileChannel.open(file).position(from);
        long[] left = {to - from};
        InputStream range = new FilterInputStream(Channels.newInputStream(channel)) {
            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                if (left[0] == 0) {
                    return -1;
                }
                int n = super.read(b, off, (int) Math.min(len, left[0]));
                if (n > 0) {
                    left[0] -= n;
                }
                return n;
            }
        };
        long ok = 0;
        try (range) {
            LineSource lines = new LineSource(range);
            while (lines.next()) {
                if (cursor == null || cursor.wellFormed(lines.bytes(), lines.offset(), lines.offset() + lines.length())) {
                    ok++;
                }
            }
        }
        return ok;
    }
}
