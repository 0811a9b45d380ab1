package io.github.otklik.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Prints the results of a JMH run ({@code -rf json}) as Markdown tables: per benchmark, the time
 * per operation with its 99.9 % error, the records per second it makes, and the ratios of Otklik's
 * throughput to each baseline's measured in the same run, with the goals of issue 8, and the
 * absolute time goals (the pain map's build under 250 ms).
 * {@code java -cp benchmarks.jar io.github.otklik.bench.ResultTable results.json}
 */
public final class ResultTable {
    private ResultTable() {
    }

    /** One measured benchmark: ms per operation, its error, records per operation. */
    record Row(String group, String method, Map<String, String> params, double ms, double error, long records) {
        double perSecond() {
            return records / (ms / 1000);
        }

        double relError() {
            return error / ms;
        }
    }

    /**
     * A goal: Otklik's method at least {@code factor} × the baseline's throughput; {@code note} (or
     * empty) says when the baseline does less work than Otklik's method.
     */
    record Goal(String group, String otklik, String baseline, double factor, String note) {
        Goal(String group, String otklik, String baseline, double factor) {
            this(group, otklik, baseline, factor, "");
        }
    }

    /** A goal in absolute time: the method at most {@code ms} per operation. */
    record Limit(String group, String method, double ms) {
    }

    static final List<Limit> LIMITS = List.of(new Limit("PainMapBenchmark", "build", 250));

    static final List<Goal> GOALS = List.of(
            new Goal("IngestBenchmark", "readValidateAggregate", "bareParse", 1.5),
            new Goal("IngestBenchmark", "readValidateAggregate1Thread", "bareParse", 1),
            new Goal("IngestBenchmark", "readValidateAggregate1Thread", "readValidateAggregateJackson1Thread", 1,
                    "the same path with the byte-level scanner off"),
            new Goal("IngestBenchmark", "readValidateAggregate", "readValidateAggregateJackson", 1,
                    "the same path with the byte-level scanner off"),
            new Goal("IngestBenchmark", "read1Thread", "readJackson1Thread", 1, "the same reader with the byte-level scanner off"),
            new Goal("IngestBenchmark", "read1Thread", "bareParse", 1, "tokens only; the reader also decodes, checks and builds"),
            new Goal("SatisfactionBenchmark", "otklik", "streamsAllFigures", 3),
            new Goal("SatisfactionBenchmark", "otklik", "streams", 3, "overall figures only"),
            new Goal("SatisfactionBenchmark", "otklik", "primitiveLoop", 0.5, "overall figures only"),
            new Goal("SatisfactionBenchmark", "otklik", "primitiveLoopAllFigures", 0.5),
            new Goal("AppealWaitBenchmark", "otklik", "streamsAllFigures", 3),
            new Goal("AppealWaitBenchmark", "otklik", "streams", 3, "wait-day figures only"),
            new Goal("AppealWaitBenchmark", "otklik", "countingLoop", 0.5, "wait-day figures only"),
            new Goal("EndToEndBenchmark", "otklik", "duckdbDeclared", 1, "overall figures only, nothing checked"),
            new Goal("EndToEndBenchmark", "otklik", "duckdbAuto", 1, "overall figures only, nothing checked"),
            new Goal("EndToEndBenchmark", "otklik1Thread", "duckdbDeclared", 1, "overall figures only, nothing checked"),
            new Goal("EndToEndBenchmark", "otklik", "duckdbSameFigures", 1),
            new Goal("EndToEndBenchmark", "otklik", "duckdbChecked", 1),
            new Goal("EndToEndBenchmark", "otklik1Thread", "duckdbSameFigures", 1));

    /** Prints the tables of the JSON files given. */
    public static void main(String[] args) throws IOException {
        List<Row> rows = new ArrayList<>();
        for (String a : args) {
            rows.addAll(read(Path.of(a)));
        }
        System.out.print(render(rows));
    }

    /** The size of the responses file of {@code lines} lines in the data directory (0 when it is not there). */
    private static long responsesBytes(long lines) throws IOException {
        Path f = BenchData.dir().resolve("responses-" + lines + ".jsonl");
        return java.nio.file.Files.exists(f) ? java.nio.file.Files.size(f) : 0;
    }

    static List<Row> read(Path file) throws IOException {
        List<Row> rows = new ArrayList<>();
        for (JsonNode b : new ObjectMapper().readTree(file.toFile())) {
            String full = b.get("benchmark").asText();
            String[] parts = full.split("\\.");
            String group = parts[parts.length - 2];
            String method = parts[parts.length - 1];
            Map<String, String> params = new LinkedHashMap<>();
            b.path("params").fields().forEachRemaining(e -> params.put(e.getKey(), e.getValue().asText()));
            long records = 0;
            for (String key : List.of("lines", "responses", "appeals", "bytes")) {
                if (params.containsKey(key)) {
                    records = Long.parseLong(params.get(key));
                }
            }
            if (group.equals("ScannerBenchmark") || method.equals("readFile")) {
                records = responsesBytes(Long.parseLong(params.get("lines"))); // bytes: records/s is bytes/s
            }
            if (params.containsKey("processes")) {
                records = Long.parseLong(params.get("processes")) * PainMapBenchmark.PROBLEMS; // pain points
            }
            JsonNode m = b.get("primaryMetric");
            double score = m.get("score").asDouble();
            double error = m.get("scoreError").isNumber() ? m.get("scoreError").asDouble() : Double.NaN;
            double toMs = switch (m.get("scoreUnit").asText()) {
                case "s/op" -> 1000;
                case "us/op" -> 0.001;
                case "ns/op" -> 1e-6;
                default -> 1;
            };
            rows.add(new Row(group, method, params, score * toMs, error * toMs, records));
        }
        return rows;
    }

    static String render(List<Row> rows) {
        StringBuilder out = new StringBuilder();
        Map<String, List<Row>> groups = new LinkedHashMap<>();
        for (Row r : rows) {
            groups.computeIfAbsent(r.group(), g -> new ArrayList<>()).add(r);
        }
        for (Map.Entry<String, List<Row>> g : groups.entrySet()) {
            out.append("\n### ").append(g.getKey()).append(' ').append(g.getValue().get(0).params()).append("\n\n");
            out.append("| benchmark | ms/op (± 99.9 %) | records/s |\n|---|---:|---:|\n");
            for (Row r : g.getValue()) {
                out.append(String.format(Locale.ROOT, "| %s | %,.1f ± %,.1f | %s |%n", r.method(), r.ms(), r.error(), rate(r.perSecond())));
            }
        }
        out.append("\n### Ratios (Otklik throughput ÷ baseline throughput, same run)\n\n");
        out.append("| comparison | ratio | goal | met |\n|---|---:|---:|:---:|\n");
        for (Goal goal : GOALS) {
            Row o = find(rows, goal.group(), goal.otklik());
            Row b = find(rows, goal.group(), goal.baseline());
            if (o == null || b == null) {
                continue;
            }
            double ratio = b.ms() / o.ms();
            double err = ratio * Math.hypot(nanToZero(o.relError()), nanToZero(b.relError()));
            String met = ratio - err >= goal.factor() ? "yes" : ratio + err >= goal.factor() ? "within error" : "no";
            String note = goal.note().isEmpty() ? "" : " (baseline: " + goal.note() + ")";
            out.append(String.format(Locale.ROOT, "| %s: %s vs %s%s | %.2f× ± %.2f | ≥ %s× | %s |%n", goal.group().replace("Benchmark", ""),
                    goal.otklik(), goal.baseline(), note, ratio, err, trim(goal.factor()), met));
        }
        StringBuilder limits = new StringBuilder();
        for (Limit limit : LIMITS) {
            Row r = find(rows, limit.group(), limit.method());
            if (r == null) {
                continue;
            }
            double err = nanToZero(r.error());
            String met = r.ms() + err < limit.ms() ? "yes" : r.ms() - err < limit.ms() ? "within error" : "no";
            limits.append(String.format(Locale.ROOT, "| %s: %s | %,.1f ± %,.1f | < %s ms | %s |%n",
                    limit.group().replace("Benchmark", ""), limit.method(), r.ms(), err, trim(limit.ms()), met));
        }
        if (limits.length() > 0) {
            out.append("\n### Absolute goals\n\n| benchmark | ms/op (± 99.9 %) | goal | met |\n|---|---:|---:|:---:|\n").append(limits);
        }
        return out.toString();
    }

    private static Row find(List<Row> rows, String group, String method) {
        for (Row r : rows) {
            if (r.group().equals(group) && r.method().equals(method)) {
                return r;
            }
        }
        return null;
    }

    private static double nanToZero(double d) {
        return Double.isNaN(d) ? 0 : d;
    }

    private static String trim(double d) {
        return d == Math.rint(d) ? Long.toString((long) d) : Double.toString(d);
    }

    private static String rate(double perSecond) {
        if (perSecond >= 1e6) {
            return String.format(Locale.ROOT, "%.2f M", perSecond / 1e6);
        }
        return String.format(Locale.ROOT, "%.0f k", perSecond / 1e3);
    }
}
