package io.github.otklik.bench;

import io.github.otklik.synthetic.agency.SampleAgency;
import io.github.otklik.synthetic.agency.SyntheticData;
import io.github.otklik.core.appeal.Appeal;
import io.github.otklik.core.io.AppealCsvReader;
import io.github.otklik.core.io.ReadSummary;
import io.github.otklik.core.io.RecordHandler;
import io.github.otklik.core.io.Reject;
import io.github.otklik.core.io.ResponseJsonlReader;
import io.github.otklik.core.period.ReportingPeriod;
import io.github.otklik.core.response.SurveyResponse;
import io.github.otklik.forms.FormCatalog;
import io.github.otklik.synthetic.response.ProcessProfile;
import io.github.otklik.synthetic.response.SampleResponses;
import io.github.otklik.forms.validation.ResponseValidator;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * The deterministic data every benchmark runs on: the sample agency of {@code otklik generate}
 * with seed 1, period 2025-Q1, zone Europe/Moscow. Files are written once into a cache directory
 * (system property {@code otklik.bench.data}, else the environment variable {@code OTKLIK_BENCH_DATA},
 * else {@code $TMPDIR/otklik-bench}) and reused by
 * every fork and benchmark; {@code responses-N.jsonl} is byte-identical to the
 * {@code responses.jsonl} of {@code otklik generate --responses N --seed 1}, {@code appeals-N.csv}
 * to its {@code appeals.csv}.
 */
public final class BenchData {
    /** The period of the generated records and of every metrics run. */
    public static final ReportingPeriod PERIOD = ReportingPeriod.parse("2025-Q1");
    /** The reporting zone. */
    public static final ZoneId ZONE = ZoneId.of("Europe/Moscow");
    /** The seed of {@code otklik generate}. */
    public static final long SEED = 1;

    private BenchData() {
    }

    /**
     * Generates the files the benchmarks will need, so that no benchmark setup does:
     * {@code BenchData LINES [RESPONSES [APPEALS]]} — responses files of LINES and RESPONSES lines,
     * an appeals file of APPEALS rows. Prints their paths.
     */
    public static void main(String[] args) {
        for (int i = 0; i < args.length; i++) {
            int n = Integer.parseInt(args[i]);
            long t0 = System.nanoTime();
            Path f = i < 2 ? responsesFile(n) : appealsFile(n);
            System.out.printf("%s (%.1f s)%n", f, (System.nanoTime() - t0) / 1e9);
        }
    }

    /** The cache directory of generated files. */
    public static Path dir() {
        String d = System.getProperty("otklik.bench.data", System.getenv("OTKLIK_BENCH_DATA"));
        Path p = d != null ? Path.of(d) : Path.of(System.getProperty("java.io.tmpdir"), "otklik-bench");
        try {
            return Files.createDirectories(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The sample responses exactly as {@code otklik generate} configures them. */
    public static SampleResponses sampleResponses() {
        SampleResponses.Builder b = SampleResponses.builder(PERIOD).zone(ZONE).seed(SEED * 31 + 3).agency(SampleAgency.AGENCY.id());
        for (SampleAgency.SampleProcess sp : SampleAgency.processes()) {
            b.process(new ProcessProfile(sp.process().id(), sp.process().type(), sp.quality()),
                    StrictMath.sqrt(sp.process().annualVolume().orElse(100)));
        }
        return b.build();
    }

    /** A responses JSONL file of {@code n} lines, generated on first use. */
    public static synchronized Path responsesFile(int n) {
        return cached("responses-" + n + ".jsonl", w -> sampleResponses().write(w, n));
    }

    /** An appeals CSV file of {@code n} rows, generated on first use. */
    public static synchronized Path appealsFile(int n) {
        return cached("appeals-" + n + ".csv", w -> new SyntheticData(SEED * 31 + 1, PERIOD, ZONE).writeAppeals(w, n));
    }

    /** The first {@code n} responses as Otklik parses and validates them from the JSONL file. */
    public static List<SurveyResponse> parsedResponses(int n) {
        List<SurveyResponse> out = new ArrayList<>(n);
        ResponseJsonlReader reader = ResponseJsonlReader.builder().check(new ResponseValidator(FormCatalog.standard())).build();
        ReadSummary s = reader.read(responsesFile(n), collector(out));
        check(s, n);
        return out;
    }

    /** The first {@code n} appeals as Otklik parses them from the CSV file. */
    public static List<Appeal> parsedAppeals(int n) {
        List<Appeal> out = new ArrayList<>(n);
        ReadSummary s = AppealCsvReader.builder().build().read(appealsFile(n), collector(out));
        check(s, n);
        return out;
    }

    private static <T> RecordHandler<T> collector(List<T> out) {
        return new RecordHandler<>() {
            @Override
            public void accept(T record, long line) {
                out.add(record);
            }

            @Override
            public void reject(Reject reject) {
                throw new IllegalStateException("generated record rejected: " + reject);
            }
        };
    }

    private static void check(ReadSummary s, int n) {
        if (s.accepted() != n || s.rejected() != 0) {
            throw new IllegalStateException("expected " + n + " accepted records, got " + s);
        }
    }

    private interface Body {
        void write(Writer w) throws IOException;
    }

    private static Path cached(String name, Body body) {
        Path dir = dir();
        Path file = dir.resolve(name);
        if (Files.isRegularFile(file)) {
            return file;
        }
        try {
            Path tmp = Files.createTempFile(dir, name, ".part");
            try (BufferedWriter w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                body.write(w);
            }
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }
}
