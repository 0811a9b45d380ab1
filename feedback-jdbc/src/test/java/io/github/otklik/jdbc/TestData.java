package io.github.otklik.jdbc;

import io.github.otklik.core.period.ReportingPeriod;
import io.github.otklik.core.process.ProcessType;
import io.github.otklik.core.response.SurveyResponse;
import io.github.otklik.synthetic.response.ProcessProfile;
import io.github.otklik.synthetic.response.ResponseJsonlWriter;
import io.github.otklik.synthetic.response.SampleResponses;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Small deterministic inputs in the spec formats: responses from the forms module's sample, appeals and process rows made here. */
final class TestData {
    static final ReportingPeriod Q1 = ReportingPeriod.parse("2025-Q1");
    static final String APPEALS_HEADER = "id,agency,process,channel,kind,topic,reason,registeredAt,answeredAt,dueDate,outcome";
    static final String PROCESSES_HEADER = "id,agency,process,channel,startedAt,finishedAt,touches,outcome,negativeReason";
    private static final String[] PROCESSES = {"svc-housing", "svc-benefits", "fn-licensing"};
    private static final String[] CHANNELS = {"EPGU", "MFC", "HOTLINE", "PAPER", "IN_PERSON"};

    private TestData() {
    }

    /** {@code n} valid responses to the standard forms, ids {@code r-000001}…, about 30 % with respondent data. */
    static List<SurveyResponse> responses(int n) {
        return SampleResponses.builder(Q1)
                .process(new ProcessProfile("svc-housing", ProcessType.SERVICE, 0.45), 3)
                .process(new ProcessProfile("svc-benefits", ProcessType.SUPPORT_MEASURE, 0.75), 2)
                .process(new ProcessProfile("fn-licensing", ProcessType.FUNCTION, 0.6), 1)
                .seed(7).build().generate(n);
    }

    /** The JSON line of each response. */
    static List<String> lines(List<SurveyResponse> responses) {
        StringWriter out = new StringWriter();
        ResponseJsonlWriter w = new ResponseJsonlWriter(out);
        try {
            for (SurveyResponse r : responses) {
                w.write(r);
            }
            w.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString().lines().toList();
    }

    /** {@code n} appeal rows (no header), ids {@code a-00001}…, registered from October 2024 to March 2025. */
    static List<String> appealRows(int n) {
        Random random = new Random(11);
        String[] kinds = {"APPEAL", "APPEAL", "COMPLAINT", "REQUEST", "PROPOSAL"};
        String[] outcomes = {"RESOLVED", "REFUSED", "EXPLAINED", "FORWARDED", ""};
        String[] reasons = {"queue", "docs", "rude", "late", ""};
        Instant from = Instant.parse("2024-10-01T06:00:00Z");
        List<String> rows = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            Instant registered = from.plusSeconds(random.nextInt(180 * 24 * 3600));
            boolean answered = random.nextInt(10) < 7;
            Instant answeredAt = registered.plus(Duration.ofMinutes(random.nextInt(50 * 24 * 60)));
            String due = random.nextInt(5) == 0 ? LocalDate.ofInstant(registered, ZoneOffset.UTC).plusDays(15).toString() : "";
            rows.add(String.join(",", String.format("a-%05d", i), "minsoc", random.nextInt(8) == 0 ? "" : pick(random, PROCESSES),
                    pick(random, CHANNELS), pick(random, kinds), random.nextBoolean() ? "housing" : "",
                    pick(random, reasons), instant(random, registered), answered ? instant(random, answeredAt) : "", due,
                    answered ? pick(random, outcomes) : ""));
        }
        return rows;
    }

    /** {@code n} process-instance rows (no header), ids {@code p-00001}…, started in the first quarter of 2025. */
    static List<String> processRows(int n) {
        Random random = new Random(13);
        Instant from = Instant.parse("2025-01-01T06:00:00Z");
        List<String> rows = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            Instant started = from.plusSeconds(random.nextInt(88 * 24 * 3600));
            boolean finished = random.nextInt(10) < 8;
            Instant finishedAt = started.plus(Duration.ofMinutes(1 + random.nextInt(30 * 24 * 60)));
            String outcome = finished ? (random.nextInt(5) == 0 ? "NEGATIVE" : random.nextInt(6) == 0 ? "" : "POSITIVE") : "";
            rows.add(String.join(",", String.format("p-%05d", i), "minsoc", pick(random, PROCESSES),
                    random.nextInt(6) == 0 ? "" : pick(random, CHANNELS), instant(random, started),
                    finished ? instant(random, finishedAt) : "", random.nextInt(4) == 0 ? "" : Integer.toString(1 + random.nextInt(5)),
                    outcome, "NEGATIVE".equals(outcome) && random.nextBoolean() ? "no-docs" : ""));
        }
        return rows;
    }

    /** Writes {@code lines} (LF-terminated) to {@code file} and returns it. */
    static Path write(Path file, List<String> lines) {
        try {
            Files.write(file, lines, StandardCharsets.UTF_8);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes a CSV file: {@code header}, then {@code rows}. */
    static Path csv(Path file, String header, List<String> rows) {
        List<String> all = new ArrayList<>();
        all.add(header);
        all.addAll(rows);
        return write(file, all);
    }

    private static String pick(Random random, String[] values) {
        return values[random.nextInt(values.length)];
    }

    /** The instant in UTC or, one time in four, with a +03:00 offset (both read as the same instant). */
    private static String instant(Random random, Instant at) {
        return random.nextInt(4) == 0 ? DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(at.atOffset(ZoneOffset.ofHours(3))) : at.toString();
    }
}
