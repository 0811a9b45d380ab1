package io.github.otklik.jdbc;

import io.github.otklik.core.appeal.Appeal;
import io.github.otklik.core.io.AppealCsvReader;
import io.github.otklik.core.io.ProcessInstanceCsvReader;
import io.github.otklik.core.io.RecordHandler;
import io.github.otklik.core.io.RecordSource;
import io.github.otklik.core.io.Reject;
import io.github.otklik.core.io.ResponseJsonlReader;
import io.github.otklik.core.process.ProcessInstance;
import io.github.otklik.core.response.SurveyResponse;
import io.github.otklik.forms.Form;
import io.github.otklik.forms.FormCatalog;
import io.github.otklik.forms.validation.ResponseValidator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ArgumentsSource;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static io.github.otklik.jdbc.RecordKind.APPEALS;
import static io.github.otklik.jdbc.RecordKind.PROCESSES;
import static io.github.otklik.jdbc.RecordKind.RESPONSES;
import static org.assertj.core.api.Assertions.assertThat;

class RecordKindTest {
    @Test
    void eachKindNamesItsRecordsAndItsTable() {
        assertThat(RecordKind.values()).containsExactly(RESPONSES, APPEALS, PROCESSES);
        assertThat(RecordKind.values()).extracting(RecordKind::name).containsExactly("responses", "appeals", "processes");
        assertThat(RecordKind.values()).extracting(RecordKind::table).containsExactly("responses", "appeals", "process_instances");
        assertThat(RecordKind.values().stream().<Class<?>>map(RecordKind::type).toList())
                .containsExactly(SurveyResponse.class, Appeal.class, ProcessInstance.class);
        assertThat(APPEALS).hasToString("appeals");
    }

    @ParameterizedTest(name = "{0}")
    @ArgumentsSource(TestDatabase.All.class)
    void importFileReadsEachFormatWithItsCoreReader(TestDatabase.Kind kind) throws Exception {
        try (TestDatabase db = kind.create()) {
            List<String> lines = new ArrayList<>(TestData.lines(TestData.responses(30)));
            lines.add(7, "{\"id\":\"broken\"");
            Path responses = TestData.write(db.dir().resolve("responses.jsonl"), lines);
            List<String> appealRows = new ArrayList<>(TestData.appealRows(20));
            appealRows.add(3, "a-bad,minsoc,,EPGU,GRUMBLE,,,2025-01-10T09:00:00Z,,,");
            Path appeals = TestData.csv(db.dir().resolve("appeals.csv"), TestData.APPEALS_HEADER, appealRows);
            List<String> processRows = new ArrayList<>(TestData.processRows(10));
            processRows.add("p-late,minsoc,svc-1,,2025-01-10T09:00:00Z,2025-01-09T09:00:00Z,,,");
            Path processes = TestData.csv(db.dir().resolve("processes.csv"), TestData.PROCESSES_HEADER, processRows);
            FeedbackStore store = db.open(FeedbackStore.builder(db.url()).batchSize(7));

            List<Reject> fromStore = new ArrayList<>();
            assertThat(store.importFile(RESPONSES, responses, fromStore::add).toString()).isEqualTo("stored 30, unchanged 0, rejected 1");
            assertThat(store.importFile(APPEALS, appeals, fromStore::add).toString()).isEqualTo("stored 20, unchanged 0, rejected 1");
            assertThat(store.importFile(PROCESSES, processes, fromStore::add).toString()).isEqualTo("stored 10, unchanged 0, rejected 1");

            List<Reject> fromReaders = new ArrayList<>();
            List<Object> records = new ArrayList<>();
            ResponseJsonlReader.builder().check(new ResponseValidator(FormCatalog.standard())).build().read(responses, into(records, fromReaders));
            AppealCsvReader.builder().build().read(appeals, into(records, fromReaders));
            ProcessInstanceCsvReader.builder().build().read(processes, into(records, fromReaders));
            assertThat(fromStore).isEqualTo(fromReaders).extracting(Reject::source)
                    .containsExactly("responses.jsonl", "appeals.csv", "processes.csv");
            List<Object> stored = new ArrayList<>();
            stored.addAll(FeedbackStoreContract.all(store.responses()));
            stored.addAll(FeedbackStoreContract.all(store.appeals()));
            stored.addAll(FeedbackStoreContract.all(store.processes()));
            assertThat(stored).containsExactlyInAnyOrderElementsOf(records.stream()
                    .map(r -> r instanceof SurveyResponse s ? ResponseTable.withoutRespondent(s) : r).toList());
        }
    }

    @ParameterizedTest(name = "{0}")
    @ArgumentsSource(TestDatabase.All.class)
    void importFileChecksResponsesAgainstTheFormsOfTheStore(TestDatabase.Kind kind) throws Exception {
        try (TestDatabase db = kind.create()) {
            SurveyResponse sample = TestData.responses(1).get(0);
            Form own = FormCatalog.standard().find(sample.form(), sample.formVersion()).orElseThrow().copy("AG-9", "1").build();
            SurveyResponse mine = sample.toBuilder().form("AG-9", "1").build();
            Path file = TestData.write(db.dir().resolve("own.jsonl"), TestData.lines(List.of(mine)));
            FeedbackStore store = db.open();

            List<Reject> rejects = new ArrayList<>();
            assertThat(store.importFile(RESPONSES, file, rejects::add).rejected()).isEqualTo(1);
            assertThat(rejects).singleElement().satisfies(r -> assertThat(r.reason()).contains("AG-9"));
            store.saveForm(own);
            assertThat(store.importFile(RESPONSES, file, FeedbackStoreContract.IGNORED).toString()).isEqualTo("stored 1, unchanged 0, rejected 0");
            assertThat(store.response(mine.id())).contains(ResponseTable.withoutRespondent(mine));
        }
    }

    @Test
    void importRecordsTakesAnySourceOfTheKindsRecords() throws Exception {
        try (TestDatabase db = TestDatabase.Kind.H2.create()) {
            FeedbackStore store = db.open();
            List<SurveyResponse> sample = TestData.responses(5);
            RecordSource<SurveyResponse> source = RecordSource.of("portal", sample);

            assertThat(store.importRecords(RESPONSES, source, FeedbackStoreContract.IGNORED).toString())
                    .isEqualTo("stored 5, unchanged 0, rejected 0");
            assertThat(db.count("responses")).isEqualTo(5);
            assertThat(db.count("appeals")).isZero();
        }
    }

    private static <T> RecordHandler<T> into(List<Object> records, List<Reject> rejects) {
        return new RecordHandler<T>() {
            @Override
            public void accept(T record, long line) {
                records.add(record);
            }

            @Override
            public void reject(Reject reject) {
                rejects.add(reject);
            }
        };
    }
}
