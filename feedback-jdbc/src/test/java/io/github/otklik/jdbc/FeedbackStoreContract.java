package io.github.otklik.jdbc;

import io.github.otklik.metrics.MetricsSpec;

import io.github.otklik.core.appeal.Appeal;
import io.github.otklik.core.appeal.AppealKind;
import io.github.otklik.core.appeal.AppealOutcome;
import io.github.otklik.core.channel.Channel;
import io.github.otklik.core.client.Client;
import io.github.otklik.core.client.ClientCategory;
import io.github.otklik.core.client.ClientKind;
import io.github.otklik.core.io.AppealCsvReader;
import io.github.otklik.core.io.ProcessInstanceCsvReader;
import io.github.otklik.core.io.ReadSummary;
import io.github.otklik.core.io.RecordHandler;
import io.github.otklik.core.io.RecordSource;
import io.github.otklik.core.io.Reject;
import io.github.otklik.core.io.ResponseJsonlReader;
import io.github.otklik.core.period.ReportingPeriod;
import io.github.otklik.core.process.ProcessInstance;
import io.github.otklik.core.process.ProcessOutcome;
import io.github.otklik.core.response.AnswerValue;
import io.github.otklik.core.response.SurveyResponse;
import io.github.otklik.forms.Form;
import io.github.otklik.forms.FormCatalog;
import io.github.otklik.forms.validation.ResponseValidator;
import io.github.otklik.metrics.Dimension;
import io.github.otklik.metrics.MetricsEngine;
import io.github.otklik.metrics.MetricsInputs;
import io.github.otklik.metrics.report.MetricsJson;
import io.github.otklik.metrics.report.MetricsReport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import static io.github.otklik.jdbc.RecordKind.APPEALS;
import static io.github.otklik.jdbc.RecordKind.PROCESSES;
import static io.github.otklik.jdbc.RecordKind.RESPONSES;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What every database behind a {@link FeedbackStore} must do. Each subclass supplies an empty
 * database (or schema) per test; the same tests then run on H2 and on PostgreSQL.
 */
abstract class FeedbackStoreContract {
    @TempDir
    Path dir;

    /** For imports whose rejects the test does not look at (it checks the counts). */
    static final Consumer<Reject> IGNORED = reject -> { };

    private final List<FeedbackStore> opened = new ArrayList<>();

    /** The JDBC URL of this test's empty database; the same URL for every call within a test. */
    abstract String url();

    FeedbackStore open() {
        return open(FeedbackStore.DEFAULT_BATCH_SIZE);
    }

    FeedbackStore open(int batchSize) {
        FeedbackStore store = FeedbackStore.builder(url()).batchSize(batchSize).open();
        opened.add(store);
        return store;
    }

    @AfterEach
    void closeStores() {
        for (FeedbackStore s : opened) {
            s.close();
        }
        opened.clear();
    }

    static long count(FeedbackStore store, String table) throws SQLException {
        try (Connection c = store.connection(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    static <T> List<T> all(RecordSource<T> source) {
        List<T> out = new ArrayList<>();
        source.read(new RecordHandler<T>() {
            @Override
            public void accept(T record, long line) {
                out.add(record);
            }

            @Override
            public void reject(Reject reject) {
                throw new AssertionError(reject);
            }
        });
        return out;
    }

    /** {@code file} read by the responses reader, checked against the standard templates only. */
    static RecordSource<SurveyResponse> standardResponses(Path file) {
        ResponseJsonlReader reader = ResponseJsonlReader.builder().check(new ResponseValidator(FormCatalog.standard())).build();
        return handler -> reader.read(file, handler);
    }

    private static List<String> ids(List<?> records) {
        List<String> out = new ArrayList<>();
        for (Object r : records) {
            out.add(r instanceof SurveyResponse s ? s.id() : r instanceof Appeal a ? a.id() : ((ProcessInstance) r).id());
        }
        return out;
    }

    // ---------------------------------------------------------------- idempotence

    @Test
    void importingTheSameFilesTwiceStoresNothingTheSecondTime() {
        Path responses = TestData.write(dir.resolve("responses.jsonl"), TestData.lines(TestData.responses(130)));
        Path appeals = TestData.csv(dir.resolve("appeals.csv"), TestData.APPEALS_HEADER, TestData.appealRows(90));
        Path processes = TestData.csv(dir.resolve("processes.csv"), TestData.PROCESSES_HEADER, TestData.processRows(70));
        FeedbackStore store = open(40);

        ImportResult first = store.importFile(RESPONSES, responses, IGNORED)
                .plus(store.importFile(APPEALS, appeals, IGNORED)).plus(store.importFile(PROCESSES, processes, IGNORED));
        ImportResult second = store.importFile(RESPONSES, responses, IGNORED)
                .plus(store.importFile(APPEALS, appeals, IGNORED)).plus(store.importFile(PROCESSES, processes, IGNORED));

        assertThat(first.toString()).isEqualTo("stored 290, unchanged 0, rejected 0");
        assertThat(second.toString()).isEqualTo("stored 0, unchanged 290, rejected 0");
        assertThat(all(store.responses())).hasSize(130);
        assertThat(all(store.appeals())).hasSize(90);
        assertThat(all(store.processes())).hasSize(70);
    }

    @Test
    void aRecordWhoseContentChangedIsUpdatedAndCountsAsStored() {
        List<String> rows = new ArrayList<>(TestData.appealRows(30));
        Path v1 = TestData.csv(dir.resolve("appeals-v1.csv"), TestData.APPEALS_HEADER, rows);
        rows.set(4, "a-00005,minsoc,svc-housing,EPGU,COMPLAINT,housing,queue,2025-01-10T09:00:00Z,2025-01-20T09:00:00Z,,RESOLVED");
        rows.add("a-99999,minsoc,,MFC,APPEAL,,,2025-02-01T09:00:00Z,,,");
        Path v2 = TestData.csv(dir.resolve("appeals-v2.csv"), TestData.APPEALS_HEADER, rows);
        FeedbackStore store = open(8);

        assertThat(store.importFile(APPEALS, v1, IGNORED).toString()).isEqualTo("stored 30, unchanged 0, rejected 0");
        assertThat(store.importFile(APPEALS, v2, IGNORED).toString()).isEqualTo("stored 2, unchanged 29, rejected 0");

        Appeal updated = store.appeal("a-00005").orElseThrow();
        assertThat(updated.answeredAt()).contains(Instant.parse("2025-01-20T09:00:00Z"));
        assertThat(updated.outcome()).contains(AppealOutcome.RESOLVED);
        assertThat(updated.reason()).contains("queue");
        assertThat(store.appeal("a-99999")).isPresent();
        assertThat(store.importFile(APPEALS, v2, IGNORED).toString()).isEqualTo("stored 0, unchanged 31, rejected 0");
    }

    // ---------------------------------------------------------------- rejects

    @Test
    void rejectsAreReportedWithTheirLinesExactlyAsTheReadersReportThem() {
        List<SurveyResponse> sample = TestData.responses(12);
        List<String> lines = new ArrayList<>(TestData.lines(sample));
        lines.add(3, "");
        lines.add(5, "{not json");
        lines.add(8, TestData.lines(List.of(sample.get(0))).get(0)); // repeats r-000001
        lines.add(lines.get(9).replace("\"form\":\"", "\"form\":\"NO-SUCH-"));
        Path responses = TestData.write(dir.resolve("responses.jsonl"), lines);
        List<String> rows = new ArrayList<>(TestData.appealRows(10));
        rows.add(2, "a-bad,minsoc,,EPGU,GRUMBLE,,,2025-01-10T09:00:00Z,,,");
        rows.add(6, "a-00001,minsoc,,EPGU,APPEAL,,,2025-01-10T09:00:00Z,,,");
        rows.add("a-late,minsoc,,EPGU,APPEAL,,,2025-01-10T09:00:00Z,2025-01-09T09:00:00Z,,");
        Path appeals = TestData.csv(dir.resolve("appeals.csv"), TestData.APPEALS_HEADER, rows);
        FeedbackStore store = open(5);

        List<Reject> fromStore = new ArrayList<>();
        ImportResult r = store.importFile(RESPONSES, responses, fromStore::add);
        List<Reject> appealsFromStore = new ArrayList<>();
        ImportResult a = store.importFile(APPEALS, appeals, appealsFromStore::add);

        List<Reject> fromReader = new ArrayList<>();
        ResponseJsonlReader.builder().check(new ResponseValidator(FormCatalog.standard())).build().read(responses, collect(fromReader));
        assertThat(fromStore).isEqualTo(fromReader).hasSize(3);
        assertThat(fromStore).extracting(Reject::line).containsExactly(6L, 9L, 16L);
        assertThat(fromStore.get(1).id()).contains("r-000001");
        assertThat(r.toString()).isEqualTo("stored 12, unchanged 0, rejected 3");

        List<Reject> appealRejects = new ArrayList<>();
        AppealCsvReader.builder().build().read(appeals, collect(appealRejects));
        assertThat(appealsFromStore).isEqualTo(appealRejects).extracting(Reject::line).containsExactly(4L, 8L, 14L);
        assertThat(appealsFromStore.get(0).field()).contains("kind");
        assertThat(a.toString()).isEqualTo("stored 10, unchanged 0, rejected 3");
    }

    private static <T> RecordHandler<T> collect(List<Reject> rejects) {
        return new RecordHandler<T>() {
            @Override
            public void accept(T record, long line) {
            }

            @Override
            public void reject(Reject reject) {
                rejects.add(reject);
            }
        };
    }

    @Test
    void anUnclosedQuoteLosesItsRowOnlyAndTheRowsAfterItAreStored() {
        List<String> rows = new ArrayList<>(TestData.processRows(12));
        rows.add(9, "p-broken,minsoc,\"svc-housing,EPGU,2025-01-10T09:00:00Z,,,,");
        Path processes = TestData.csv(dir.resolve("processes.csv"), TestData.PROCESSES_HEADER, rows);
        FeedbackStore store = open(4);

        List<Reject> rejects = new ArrayList<>();
        ImportResult result = store.importFile(PROCESSES, processes, rejects::add);

        // formats §3: a bad row is rejected and the rest kept, also after an unclosed quote
        assertThat(result.truncated()).isFalse();
        assertThat(result.toString()).isEqualTo("stored 12, unchanged 0, rejected 1");
        assertThat(rejects).singleElement().extracting(Reject::line).isEqualTo(11L);
        assertThat(ids(all(store.processes()))).hasSize(12).doesNotContain("p-broken");
    }

    // ---------------------------------------------------------------- atomicity

    @Test
    void aFailureMidBatchRollsTheWholeBatchBack() throws SQLException {
        List<SurveyResponse> sample = TestData.responses(25);
        Path responses = TestData.write(dir.resolve("responses.jsonl"), TestData.lines(sample));
        FeedbackStore store = open(10);
        store.batchHook = (c, table, batch, size) -> {
            if (batch == 2) {
                throw new IllegalStateException("injected failure in batch 2 of " + table);
            }
        };

        assertThatThrownBy(() -> store.importFile(RESPONSES, responses, IGNORED))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("injected");

        assertThat(ids(all(store.responses()))).isEqualTo(ids(sample.subList(0, 10)));
        long named = sample.subList(0, 10).stream().filter(r -> r.respondent().isPresent()).count();
        assertThat(count(store, "respondents")).isEqualTo(named);

        store.batchHook = null;
        assertThat(store.importFile(RESPONSES, responses, IGNORED).toString())
                .isEqualTo("stored 15, unchanged 10, rejected 0");
        assertThat(all(store.responses())).hasSize(25);
    }

    @Test
    void aDatabaseErrorMidBatchRollsTheWholeBatchBack() throws SQLException {
        Path appeals = TestData.csv(dir.resolve("appeals.csv"), TestData.APPEALS_HEADER, TestData.appealRows(30));
        FeedbackStore store = open(10);
        store.batchHook = (c, table, batch, size) -> {
            if (batch == 3) {
                // a statement the database refuses (NOT NULL), in the batch's transaction after its rows were written
                try (Statement st = c.createStatement()) {
                    st.execute("INSERT INTO appeals (id) VALUES ('x')");
                }
            }
        };

        assertThatThrownBy(() -> store.importFile(APPEALS, appeals, IGNORED)).isInstanceOf(StoreException.class)
                .hasMessageContaining("batch 3 (lines 22–31) rolled back").hasMessageContaining("stored 20, unchanged 0");

        assertThat(count(store, "appeals")).isEqualTo(20);
        store.batchHook = null;
        assertThat(store.importFile(APPEALS, appeals, IGNORED).toString()).isEqualTo("stored 10, unchanged 20, rejected 0");
    }

    @Test
    void aRecordWithAMalformedIdentifierIsRefusedBeforeItsBatchIsWritten() throws SQLException {
        List<ProcessInstance> records = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            records.add(ProcessInstance.builder("p-" + i).agency("minsoc").process("svc-1")
                    .startedAt(Instant.parse("2025-01-10T09:00:00Z")).build());
        }
        records.add(ProcessInstance.builder("x".repeat(200)).agency("minsoc").process("svc-1")
                .startedAt(Instant.parse("2025-01-10T09:00:00Z")).build());
        FeedbackStore store = open(3);

        assertThatThrownBy(() -> store.importRecords(PROCESSES, RecordSource.of("memory", records), reject -> { }))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("malformed id");
        assertThat(count(store, "process_instances")).isEqualTo(3);
    }

    // ---------------------------------------------------------------- concurrency

    @Test
    void concurrentImportsOfOverlappingFilesStoreEachRecordOnce() throws Exception {
        List<SurveyResponse> sample = TestData.responses(360);
        List<String> lines = TestData.lines(sample);
        List<String> second = new ArrayList<>(lines.subList(120, 360));
        Collections.reverse(second);
        Path a = TestData.write(dir.resolve("a.jsonl"), lines.subList(0, 240));
        Path b = TestData.write(dir.resolve("b.jsonl"), second);
        List<String> appealRows = TestData.appealRows(300);
        Path appealsA = TestData.csv(dir.resolve("a.csv"), TestData.APPEALS_HEADER, appealRows.subList(0, 200));
        Path appealsB = TestData.csv(dir.resolve("b.csv"), TestData.APPEALS_HEADER, appealRows.subList(100, 300));
        FeedbackStore one = open(15);
        FeedbackStore other = open(15); // a second store on the same database, as a second process would have

        CyclicBarrier start = new CyclicBarrier(2);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Callable<ImportResult> left = () -> {
                start.await();
                return one.importFile(RESPONSES, a, IGNORED).plus(one.importFile(APPEALS, appealsA, IGNORED));
            };
            Callable<ImportResult> right = () -> {
                start.await();
                return other.importFile(RESPONSES, b, IGNORED).plus(other.importFile(APPEALS, appealsB, IGNORED));
            };
            Future<ImportResult> l = pool.submit(left);
            Future<ImportResult> r = pool.submit(right);
            ImportResult sum = l.get(120, TimeUnit.SECONDS).plus(r.get(120, TimeUnit.SECONDS));

            assertThat(sum.toString()).isEqualTo("stored 660, unchanged 220, rejected 0");
        } finally {
            pool.shutdownNow();
        }
        assertThat(count(one, "responses")).isEqualTo(360);
        assertThat(count(one, "appeals")).isEqualTo(300);
        List<SurveyResponse> expected = sample.stream().map(ResponseTable::withoutRespondent).toList();
        assertThat(all(one.responses())).containsExactlyInAnyOrderElementsOf(expected);
        long named = sample.stream().filter(s -> s.respondent().isPresent()).count();
        assertThat(count(one, "respondents")).isEqualTo(named);
    }

    @Test
    void threadsSharingOneStoreImportTheSameFileOnce() throws Exception {
        Path processes = TestData.csv(dir.resolve("processes.csv"), TestData.PROCESSES_HEADER, TestData.processRows(200));
        FeedbackStore store = open(10);
        CyclicBarrier start = new CyclicBarrier(3);
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            List<Future<ImportResult>> results = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                results.add(pool.submit(() -> {
                    start.await();
                    return store.importFile(PROCESSES, processes, IGNORED);
                }));
            }
            ImportResult sum = ImportResult.NONE;
            for (Future<ImportResult> f : results) {
                sum = sum.plus(f.get(120, TimeUnit.SECONDS));
            }
            assertThat(sum.toString()).isEqualTo("stored 200, unchanged 400, rejected 0");
        } finally {
            pool.shutdownNow();
        }
        assertThat(count(store, "process_instances")).isEqualTo(200);
    }

    // ---------------------------------------------------------------- personal data

    @Test
    void purgeRespondentDeletesPersonalDataAndKeepsTheAnswers() throws SQLException {
        List<SurveyResponse> sample = TestData.responses(40);
        Path responses = TestData.write(dir.resolve("responses.jsonl"), TestData.lines(sample));
        SurveyResponse named = sample.stream().filter(r -> r.respondent().isPresent()).findFirst().orElseThrow();
        SurveyResponse anonymous = sample.stream().filter(r -> r.respondent().isEmpty()).findFirst().orElseThrow();
        FeedbackStore store = open(16);
        store.importFile(RESPONSES, responses, IGNORED);

        assertThat(store.respondent(named.id())).isEqualTo(named.respondent());
        assertThat(store.response(named.id())).contains(ResponseTable.withoutRespondent(named));
        assertThat(all(store.responses())).allMatch(r -> r.respondent().isEmpty());

        assertThat(store.purgeRespondent(named.id())).isTrue();
        assertThat(store.respondent(named.id())).isEmpty();
        assertThat(store.response(named.id()).orElseThrow().answers()).isEqualTo(named.answers());
        assertThat(store.purgeRespondent(named.id())).isFalse();
        assertThat(store.purgeRespondent(anonymous.id())).isFalse();
        assertThat(store.purgeRespondent("no-such-response")).isFalse();

        // the same file again: nothing changes, and the purged data does not come back
        assertThat(store.importFile(RESPONSES, responses, IGNORED).toString()).isEqualTo("stored 0, unchanged 40, rejected 0");
        assertThat(store.respondent(named.id())).isEmpty();
        // nor for a response that had none when it was purged
        SurveyResponse withData = anonymous.toBuilder().respondent(Map.of("name", AnswerValue.of("Иван"))).build();
        assertThat(store.importRecords(RESPONSES, RecordSource.of("memory", List.of(withData)), reject -> { }).toString())
                .isEqualTo("stored 0, unchanged 1, rejected 0");
        assertThat(store.respondent(anonymous.id())).isEmpty();
        try (Connection c = store.connection(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM respondents WHERE data_json IS NOT NULL AND response_id IN ('"
                     + named.id() + "', '" + anonymous.id() + "')")) {
            rs.next();
            assertThat(rs.getLong(1)).isZero();
        }
    }

    @Test
    void respondentDataFollowsTheLatestImportUntilPurged() {
        SurveyResponse r = TestData.responses(1).get(0).toBuilder().respondent(Map.of("email", AnswerValue.of("a@example.org"))).build();
        SurveyResponse other = r.toBuilder().respondent(Map.of("email", AnswerValue.of("b@example.org"))).build();
        SurveyResponse none = ResponseTable.withoutRespondent(r);
        FeedbackStore store = open();

        assertThat(store.importRecords(RESPONSES, RecordSource.of("m", List.of(r)), x -> { }).stored()).isEqualTo(1);
        assertThat(store.importRecords(RESPONSES, RecordSource.of("m", List.of(other)), x -> { }).stored()).isEqualTo(1);
        assertThat(store.respondent(r.id())).isEqualTo(other.respondent());
        assertThat(store.importRecords(RESPONSES, RecordSource.of("m", List.of(none)), x -> { }).stored()).isEqualTo(1);
        assertThat(store.respondent(r.id())).isEmpty();
        assertThat(store.importRecords(RESPONSES, RecordSource.of("m", List.of(r)), x -> { }).stored()).isEqualTo(1);
        assertThat(store.respondent(r.id())).isEqualTo(r.respondent());
    }

    // ---------------------------------------------------------------- reads and metrics

    @Test
    void metricsFromTheStoreEqualMetricsFromTheFiles() {
        Path responses = TestData.write(dir.resolve("responses.jsonl"), TestData.lines(TestData.responses(400)));
        Path appeals = TestData.csv(dir.resolve("appeals.csv"), TestData.APPEALS_HEADER, TestData.appealRows(300));
        Path processes = TestData.csv(dir.resolve("processes.csv"), TestData.PROCESSES_HEADER, TestData.processRows(250));
        FormCatalog catalog = FormCatalog.standard();
        FeedbackStore store = FeedbackStore.builder(url()).batchSize(64).fetchSize(50).open();
        opened.add(store);
        assertThat(store.importFile(RESPONSES, responses, IGNORED).plus(store.importFile(APPEALS, appeals, IGNORED)).plus(store.importFile(PROCESSES, processes, IGNORED))
                .toString()).isEqualTo("stored 950, unchanged 0, rejected 0");

        ResponseJsonlReader responseReader = ResponseJsonlReader.builder().check(new ResponseValidator(catalog)).build();
        MetricsInputs fromFiles = MetricsInputs.none()
                .withResponses(h -> responseReader.read(responses, h))
                .withAppeals(h -> AppealCsvReader.builder().build().read(appeals, h))
                .withProcesses(h -> ProcessInstanceCsvReader.builder().build().read(processes, h));
        MetricsInputs fromStore = MetricsInputs.none()
                .withResponses(store.responses()).withAppeals(store.appeals()).withProcesses(store.processes());
        for (List<Dimension> groupBy : List.of(List.<Dimension>of(), List.of(Dimension.PROCESS, Dimension.CHANNEL),
                List.of(Dimension.FORM, Dimension.CATEGORY))) {
            MetricsEngine engine = MetricsEngine.from(MetricsSpec.builder(TestData.Q1).forms(store.forms()).groupBy(groupBy)
                    .compareWith(ReportingPeriod.parse("2024-Q4")).build());
            MetricsReport files = engine.run(fromFiles, reject -> { throw new AssertionError(reject); });
            MetricsReport stored = engine.run(fromStore, reject -> { throw new AssertionError(reject); });
            assertThat(MetricsJson.toJson(stored)).isEqualTo(MetricsJson.toJson(files));
            assertThat(files.toString()).isNotBlank();
        }
        MetricsReport report = MetricsEngine.from(MetricsSpec.builder(TestData.Q1).forms(catalog).build()).run(fromStore, x -> { });
        assertThat(List.of(report.inputs().responses().accepted(), report.inputs().appeals().accepted(), report.inputs().processes().accepted()))
                .containsExactly(400L, 300L, 250L);
    }

    @Test
    void streamingReadsDeliverEveryRowInIdOrderNumberedFromOne() {
        List<String> rows = TestData.processRows(123);
        List<String> shuffled = new ArrayList<>(rows);
        Collections.shuffle(shuffled, new java.util.Random(3));
        Path processes = TestData.csv(dir.resolve("processes.csv"), TestData.PROCESSES_HEADER, shuffled);
        FeedbackStore store = FeedbackStore.builder(url()).fetchSize(7).open();
        opened.add(store);
        store.importFile(PROCESSES, processes, IGNORED);

        List<String> ids = new ArrayList<>();
        List<Long> lines = new ArrayList<>();
        ReadSummary summary = store.processes().read(new RecordHandler<ProcessInstance>() {
            @Override
            public void accept(ProcessInstance record, long line) {
                ids.add(record.id());
                lines.add(line);
            }

            @Override
            public void reject(Reject reject) {
                throw new AssertionError(reject);
            }
        });

        assertThat(summary).isEqualTo(new ReadSummary("db:process_instances", 123, 123, 0, false));
        assertThat(ids).isSorted().hasSize(123).doesNotHaveDuplicates();
        assertThat(lines).first().isEqualTo(1L);
        assertThat(lines).last().isEqualTo(123L);
        List<ProcessInstance> fromFile = new ArrayList<>();
        ProcessInstanceCsvReader.builder().build().read(processes, new RecordHandler<ProcessInstance>() {
            @Override
            public void accept(ProcessInstance record, long line) {
                fromFile.add(record);
            }

            @Override
            public void reject(Reject reject) {
                throw new AssertionError(reject);
            }
        });
        assertThat(all(store.processes())).containsExactlyInAnyOrderElementsOf(fromFile);
    }

    @Test
    void aRowChangedByHandBecomesARejectOfTheStreamUntilImportedAgain() throws SQLException {
        FeedbackStore store = open();
        Path appeals = TestData.csv(dir.resolve("appeals.csv"), TestData.APPEALS_HEADER, TestData.appealRows(5));
        List<SurveyResponse> sample = TestData.responses(6);
        SurveyResponse named = sample.stream().filter(r -> r.respondent().isPresent()).findFirst().orElseThrow();
        Path responses = TestData.write(dir.resolve("responses.jsonl"), TestData.lines(sample));
        store.importFile(APPEALS, appeals, IGNORED);
        store.importFile(RESPONSES, responses, IGNORED);
        try (Connection c = store.connection(); Statement st = c.createStatement()) {
            st.executeUpdate("UPDATE appeals SET kind = 'GRUMBLE' WHERE id = 'a-00003'");
        }
        List<Reject> rejects = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        ReadSummary summary = store.appeals().read(new RecordHandler<Appeal>() {
            @Override
            public void accept(Appeal record, long line) {
                ids.add(record.id());
            }

            @Override
            public void reject(Reject reject) {
                rejects.add(reject);
            }
        });
        assertThat(summary.accepted()).isEqualTo(4);
        assertThat(rejects).singleElement().satisfies(r -> {
            assertThat(r.source()).isEqualTo("db:appeals");
            assertThat(r.line()).isEqualTo(3);
            assertThat(r.id()).contains("a-00003");
            assertThat(r.reason()).contains("GRUMBLE");
        });

        try (Connection c = store.connection(); Statement st = c.createStatement()) {
            st.executeUpdate("UPDATE responses SET answers_json = 'not json' WHERE id = '" + named.id() + "'");
        }
        assertThat(store.importFile(APPEALS, appeals, IGNORED).toString()).isEqualTo("stored 1, unchanged 4, rejected 0");
        assertThat(store.importFile(RESPONSES, responses, IGNORED).toString()).isEqualTo("stored 1, unchanged 5, rejected 0");
        assertThat(all(store.appeals())).hasSize(5);
        assertThat(store.response(named.id())).contains(ResponseTable.withoutRespondent(named));
        assertThat(store.respondent(named.id())).isEqualTo(named.respondent());
    }

    @Test
    void valuesSurviveTheRoundTripExactly() {
        Map<String, AnswerValue> answers = new LinkedHashMap<>();
        answers.put("overall", AnswerValue.of(4));
        answers.put("time", AnswerValue.of("dk"));
        answers.put("amount", new AnswerValue.DecimalValue(new BigDecimal("4.0")));
        answers.put("big", new AnswerValue.DecimalValue(new BigDecimal("123456789012345678901234567890")));
        answers.put("tiny", new AnswerValue.DecimalValue(new BigDecimal("1E-30")));
        answers.put("problems", AnswerValue.ofStrings(List.of("queue", "docs")));
        answers.put("agree", AnswerValue.of(false));
        answers.put("comment", AnswerValue.of("Очередь 2 часа — \"ужас\" \uD83D\uDE21\n\ttab\\"));
        Map<String, AnswerValue> respondent = new LinkedHashMap<>();
        respondent.put("name", AnswerValue.of("Пётр"));
        respondent.put("contacts", new AnswerValue.ObjectValue(Map.of("phone", AnswerValue.of("+7 900 000-00-00"))));
        respondent.put("nothing", AnswerValue.NullValue.INSTANCE);
        SurveyResponse response = SurveyResponse.builder("r.odd:id-1").form("AG-7", "2.1").submittedAt(Instant.parse("2025-03-31T21:30:00.123456789Z"))
                .agency("minsoc").channel(Channel.EPGU).client(Client.of(ClientKind.EXTERNAL, ClientCategory.CITIZEN))
                .anonymous(false).answers(answers).respondent(respondent).build();
        SurveyResponse bare = SurveyResponse.builder("r-2").form("INT-1", "1").submittedAt(Instant.parse("+12025-01-01T00:00:00Z"))
                .agency("minsoc").channel(Channel.INTRANET).client(Client.of(ClientKind.INTERNAL)).build();
        Appeal appeal = Appeal.builder("a-1").agency("minsoc").process("svc-1").channel(Channel.MFC).kind(AppealKind.COMPLAINT)
                .topic("housing.queue").reason("queue").registeredAt(Instant.parse("2025-01-01T00:00:00.5Z"))
                .answeredAt(Instant.parse("2025-01-02T00:00:00Z")).dueDate(LocalDate.of(2025, 1, 31)).outcome(AppealOutcome.REFUSED).build();
        Appeal open = Appeal.builder("a-2").agency("minsoc").channel(Channel.PAPER).kind(AppealKind.PROPOSAL)
                .registeredAt(Instant.parse("1970-01-01T00:00:00Z")).build();
        ProcessInstance done = ProcessInstance.builder("p-1").agency("minsoc").process("svc-1").channel(Channel.EPGU)
                .startedAt(Instant.parse("2025-01-01T00:00:00Z")).finishedAt(Instant.parse("2025-01-01T00:00:00.000001Z"))
                .touches(3).outcome(ProcessOutcome.NEGATIVE).negativeReason("no-docs").build();
        ProcessInstance running = ProcessInstance.builder("p-2").agency("minsoc").process("svc-1")
                .startedAt(Instant.parse("1969-12-31T23:59:59.999Z")).build();
        FeedbackStore store = open();

        store.importRecords(RESPONSES, RecordSource.of("m", List.of(response, bare)), x -> { });
        store.importRecords(APPEALS, RecordSource.of("m", List.of(appeal, open)), x -> { });
        store.importRecords(PROCESSES, RecordSource.of("m", List.of(done, running)), x -> { });

        assertThat(store.response("r.odd:id-1")).contains(ResponseTable.withoutRespondent(response));
        assertThat(store.respondent("r.odd:id-1")).contains(respondent);
        assertThat(store.response("r-2")).contains(bare);
        assertThat(store.appeal("a-1")).contains(appeal);
        assertThat(store.appeal("a-2")).contains(open);
        assertThat(store.processInstance("p-1")).contains(done);
        assertThat(store.processInstance("p-2")).contains(running);
        assertThat(store.response("r-3")).isEmpty();
        assertThat(store.importRecords(RESPONSES, RecordSource.of("m", List.of(response, bare)), x -> { }).toString())
                .isEqualTo("stored 0, unchanged 2, rejected 0");
        assertThat(store.importRecords(APPEALS, RecordSource.of("m", List.of(appeal, open)), x -> { }).unchanged()).isEqualTo(2);
        assertThat(store.importRecords(PROCESSES, RecordSource.of("m", List.of(done, running)), x -> { }).unchanged()).isEqualTo(2);
    }

    @Test
    void repeatedIdsWithinOneSourceCountAsTheyWouldOneByOne() {
        Appeal a = Appeal.builder("a-1").agency("minsoc").channel(Channel.MFC).kind(AppealKind.APPEAL)
                .registeredAt(Instant.parse("2025-01-01T00:00:00Z")).build();
        Appeal answered = a.toBuilder().answeredAt(Instant.parse("2025-01-05T00:00:00Z")).build();
        FeedbackStore store = open();

        assertThat(store.importRecords(APPEALS, RecordSource.of("m", List.of(a, a, answered, answered, a)), x -> { }).toString())
                .isEqualTo("stored 3, unchanged 2, rejected 0");
        assertThat(store.appeal("a-1")).contains(a);
        assertThat(store.importRecords(APPEALS, RecordSource.of("m", List.of(a, answered)), x -> { }).toString())
                .isEqualTo("stored 1, unchanged 1, rejected 0");
        assertThat(store.appeal("a-1")).contains(answered);
    }

    // ---------------------------------------------------------------- forms, pain maps, status

    @Test
    void formsAreStoredOnceAndPublishedVersionsNeverChange() {
        Form ext1 = FormCatalog.standard().find("EXT-1", "1").orElseThrow();
        Form own = ext1.copy("AG-7", "1").build();
        Form ownV2 = ext1.copy("AG-7", "2").title("Своя анкета", "Our own form").build();
        FeedbackStore store = open();

        assertThat(store.saveForm(own)).isTrue();
        assertThat(store.saveForm(own)).isFalse();
        assertThat(store.saveForm(ownV2)).isTrue();
        assertThatThrownBy(() -> store.saveForm(ext1.copy("AG-7", "1").title("Другая", "Other").build()))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("never changes");
        assertThatThrownBy(() -> store.saveForm(ext1)).isInstanceOf(IllegalArgumentException.class);

        assertThat(store.storedForms()).containsExactly(own, ownV2);
        FormCatalog catalog = store.forms();
        assertThat(catalog.find("AG-7", "2")).contains(ownV2);
        assertThat(catalog.find("EXT-1", "1")).contains(ext1);
        assertThat(catalog.isStandard(own)).isFalse();

        SurveyResponse toOwn = TestData.responses(1).get(0);
        Form formOfSample = FormCatalog.standard().find(toOwn.form(), toOwn.formVersion()).orElseThrow();
        store.saveForm(formOfSample.copy("AG-8", "1").build());
        SurveyResponse mine = SurveyResponse.builder("own-1").form("AG-8", "1").submittedAt(toOwn.submittedAt()).agency(toOwn.agency())
                .process(toOwn.process().orElse("svc-housing")).channel(toOwn.channel()).client(toOwn.client()).answers(toOwn.answers()).build();
        Path file = TestData.write(dir.resolve("own.jsonl"), TestData.lines(List.of(mine)));
        assertThat(store.importRecords(RESPONSES, standardResponses(file), IGNORED).rejected()).isEqualTo(1);
        assertThat(store.importFile(RESPONSES, file, IGNORED).toString()).isEqualTo("stored 1, unchanged 0, rejected 0");
    }

    @Test
    void painMapsAreSavedAsGivenAndStatusHistoryIsAppendOnly() {
        FeedbackStore store = open();
        String json = "{\"format\":\"otklik-painmap/1\",\"asOf\":\"2025-03-31\",\"rules\":\"default\",\"items\":[{\"no\":1,\"title\":\"Очередь\"}]}";

        long q1 = store.savePainMap("2025-Q1", "2025-03-31", "default", json);
        long q1again = store.savePainMap("2025-Q1", "2025-04-15", "strict", "{}");
        assertThat(q1again).isGreaterThan(q1);
        StoredPainMap saved = store.painMap(q1).orElseThrow();
        assertThat(saved.json()).isEqualTo(json);
        assertThat(saved.periodLabel()).isEqualTo("2025-Q1");
        assertThat(saved.asOf()).isEqualTo("2025-03-31");
        assertThat(saved.rulesName()).isEqualTo("default");
        assertThat(store.latestPainMap("2025-Q1").map(StoredPainMap::id)).contains(q1again);
        assertThat(store.latestPainMap("2025-Q2")).isEmpty();
        assertThat(store.painMap(q1again + 100)).isEmpty();
        assertThatThrownBy(() -> store.savePainMap("2025-Q1", "2025-03-31", "default", "[1, 2]"))
                .isInstanceOf(IllegalArgumentException.class);

        Instant t0 = Instant.parse("2025-04-01T09:00:00Z");
        StatusChange identified = store.recordStatus(q1, "svc-housing", "queue", "IDENTIFIED", t0, "analyst", null);
        StatusChange started = store.recordStatus("svc-housing", "queue", "IN_PROGRESS", t0.plusSeconds(3600), "owner", "окно №3 открыто");
        store.recordStatus(q1, "svc-housing", "docs", "IDENTIFIED", t0, "analyst", null);
        StatusChange solved = store.recordStatus(q1again, "svc-housing", "queue", "SOLVED", t0.plusSeconds(7200), "owner", null);

        assertThat(store.statusHistory("svc-housing", "queue")).containsExactly(identified, started, solved);
        assertThat(identified.painMap()).hasValue(q1);
        assertThat(started.painMap()).isEmpty();
        assertThat(started.note()).contains("окно №3 открыто");
        assertThat(store.currentStatus("svc-housing", "queue")).contains(solved);
        assertThat(store.currentStatus("svc-housing", "rude")).isEmpty();
        assertThat(store.statusHistory("svc-other", "queue")).isEmpty();
        assertThatThrownBy(() -> store.recordStatus(q1again + 100, "svc-housing", "queue", "SOLVED", t0, "owner", null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no pain map");
        assertThatThrownBy(() -> store.recordStatus("svc housing", "queue", "SOLVED", t0, "owner", null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> store.recordStatus("svc-housing", "queue", "", t0, "owner", null))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void reopeningKeepsTheDataAndTheSchema() throws SQLException {
        Path appeals = TestData.csv(dir.resolve("appeals.csv"), TestData.APPEALS_HEADER, TestData.appealRows(20));
        FeedbackStore first = open();
        first.importFile(APPEALS, appeals, IGNORED);
        first.close();
        assertThatThrownBy(() -> first.appeal("a-00001")).isInstanceOf(IllegalStateException.class);

        FeedbackStore again = open();
        assertThat(again.importFile(APPEALS, appeals, IGNORED).toString()).isEqualTo("stored 0, unchanged 20, rejected 0");
        assertThat(count(again, "\"" + FeedbackStore.SCHEMA_HISTORY + "\" WHERE \"version\" = '1'")).isEqualTo(1);
        assertThat(Optional.of(again.toString())).hasValueSatisfying(s -> assertThat(s).startsWith("FeedbackStore["));
    }
}
