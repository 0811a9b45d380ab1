package io.github.otklik.bench;

import io.github.otklik.metrics.MetricsSpec;

import io.github.otklik.core.appeal.Appeal;
import io.github.otklik.core.io.ReadSummary;
import io.github.otklik.core.io.RecordHandler;
import io.github.otklik.core.io.RecordSource;
import io.github.otklik.core.io.Reject;
import io.github.otklik.core.io.ResponseJsonlReader;
import io.github.otklik.core.response.SurveyResponse;
import io.github.otklik.forms.FormCatalog;
import io.github.otklik.forms.validation.ResponseValidator;
import io.github.otklik.metrics.Dimension;
import io.github.otklik.metrics.MetricsEngine;
import io.github.otklik.metrics.MetricsInputs;
import io.github.otklik.metrics.report.MetricsReport;

import java.nio.file.Path;
import java.util.List;

/** Otklik used as the CLI uses it: the reader with the form validator, and the metrics engine. */
public final class Otklik {
    /** The standard forms. */
    public static final FormCatalog CATALOG = FormCatalog.standard();
    /** The system property that switches the responses reader's byte-level scanner off. */
    static final String SCANNER = "otklik.jsonl.scanner";

    private Otklik() {
    }

    /**
     * The reader of {@code otklik metrics}: structure, form validation and exact duplicate
     * detection, lines parsed on every core.
     */
    public static ResponseJsonlReader reader() {
        return reader(Integer.getInteger("otklik.bench.readerThreads", Runtime.getRuntime().availableProcessors()));
    }

    /** The same reader parsing on {@code threads} threads (1: all on the calling thread). */
    public static ResponseJsonlReader reader(int threads) {
        return ResponseJsonlReader.builder().check(new ResponseValidator(CATALOG)).parallelism(threads).build();
    }

    /**
     * The same reader with every line parsed by the Jackson path, the byte-level scanner off
     * (system property {@code otklik.jsonl.scanner=false} while the reader is built).
     */
    public static ResponseJsonlReader jacksonReader(int threads) {
        return withoutScanner(() -> reader(threads));
    }

    /** Builds something while the reader's byte-level scanner is switched off. */
    public static <T> T withoutScanner(java.util.function.Supplier<T> build) {
        synchronized (System.class) {
            String before = System.getProperty(SCANNER);
            System.setProperty(SCANNER, "false");
            try {
                return build.get();
            } finally {
                if (before == null) {
                    System.clearProperty(SCANNER);
                } else {
                    System.setProperty(SCANNER, before);
                }
            }
        }
    }

    /** The engine of {@code otklik metrics --period 2025-Q1 --group-by DIMS}. */
    public static MetricsEngine engine(Dimension... groupBy) {
        return MetricsEngine.from(MetricsSpec.builder(BenchData.PERIOD).forms(CATALOG).zone(BenchData.ZONE).groupBy(List.of(groupBy)).build());
    }

    /** Reads, validates and counts the accepted responses of {@code file}; fails on a reject. */
    public static long readValidate(ResponseJsonlReader reader, Path file) {
        long[] accepted = new long[1];
        ReadSummary s = reader.read(file, new RecordHandler<SurveyResponse>() {
            @Override
            public void accept(SurveyResponse record, long line) {
                accepted[0]++;
            }

            @Override
            public void reject(Reject reject) {
                throw new IllegalStateException("rejected: " + reject);
            }
        });
        if (s.accepted() != accepted[0]) {
            throw new IllegalStateException("summary disagrees with the handler");
        }
        return accepted[0];
    }

    /**
     * Reads, validates and aggregates {@code file} with {@code engine}, as {@code otklik metrics}
     * does: the reader's unordered source, so the threads that parse also aggregate.
     */
    public static MetricsReport metrics(MetricsEngine engine, ResponseJsonlReader reader, Path file) {
        return checked(engine.run(MetricsInputs.none().withResponses(reader.source(file)), Otklik::fail));
    }

    /** Aggregates responses already in memory. */
    public static MetricsReport metricsOfResponses(MetricsEngine engine, List<SurveyResponse> responses) {
        return checked(engine.run(MetricsInputs.none().withResponses(RecordSource.of("memory", responses)), Otklik::fail));
    }

    /** Aggregates appeals already in memory. */
    public static MetricsReport metricsOfAppeals(MetricsEngine engine, List<Appeal> appeals) {
        return checked(engine.run(MetricsInputs.none().withAppeals(RecordSource.of("memory", appeals)), Otklik::fail));
    }

    private static MetricsReport checked(MetricsReport r) {
        if (r.rejected() != 0) {
            throw new IllegalStateException(r.rejected() + " records rejected");
        }
        return r;
    }

    private static void fail(Reject reject) {
        throw new IllegalStateException("rejected: " + reject);
    }
}
