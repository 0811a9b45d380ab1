package io.github.otklik.jdbc;

import io.github.otklik.core.response.AnswerValue;
import io.github.otklik.core.response.SurveyResponse;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ArgumentsSource;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.github.otklik.jdbc.RecordKind.RESPONSES;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code kill -9} of a JVM in the middle of a large import: the database keeps whole batches only
 * (the documented unit), and importing the file again stores every record exactly once with its
 * content, nothing lost, nothing doubled.
 */
class CrashRecoveryTest {
    private static final int BATCH = 1_000;

    @ParameterizedTest(name = "{0}")
    @ArgumentsSource(TestDatabase.All.class)
    void aKillInsideAnOpenBatchLeavesOnlyCommittedBatchesAndAReimportCompletesTheWork(TestDatabase.Kind kind) throws Exception {
        try (TestDatabase db = kind.create()) {
            List<SurveyResponse> sample = TestData.responses(50_000);
            Path file = TestData.write(db.dir().resolve("responses.jsonl"), TestData.lines(sample));
            try (ChildJvm child = ChildJvm.start(db.dir(), db.url(), "responses", file.toString(), Integer.toString(BATCH), "hold=21")) {
                child.await("holding 21", 300); // batch 21 is written, its transaction open
                child.kill();
            }

            int kept = checkWholeBatches(db, sample);
            assertThat(kept).as("nothing of the open batch 21").isLessThanOrEqualTo(20 * BATCH);
            if (kind == TestDatabase.Kind.POSTGRESQL) {
                assertThat(kept).as("every committed batch is durable").isEqualTo(20 * BATCH);
            }
            reimportAndCheck(db, file, sample, kept);
        }
    }

    @ParameterizedTest(name = "{0}")
    @ArgumentsSource(TestDatabase.All.class)
    void aKillAtAnyMomentOfTheImportLeavesWholeBatchesAndAReimportCompletesTheWork(TestDatabase.Kind kind) throws Exception {
        try (TestDatabase db = kind.create()) {
            List<SurveyResponse> sample = TestData.responses(20_000);
            Path file = TestData.write(db.dir().resolve("responses.jsonl"), TestData.lines(sample));
            try (ChildJvm child = ChildJvm.start(db.dir(), db.url(), "responses", file.toString(), Integer.toString(BATCH))) {
                child.await("batch 6", 300); // somewhere in writing, committing or reading on
                child.kill();
            }

            int kept = checkWholeBatches(db, sample);
            reimportAndCheck(db, file, sample, kept);
        }
    }

    @ParameterizedTest(name = "{0}")
    @ArgumentsSource(TestDatabase.All.class)
    void whatAnImportReportedStoredSurvivesAKillRightAfterItReturned(TestDatabase.Kind kind) throws Exception {
        try (TestDatabase db = kind.create()) {
            List<SurveyResponse> sample = TestData.responses(5_500);
            Path file = TestData.write(db.dir().resolve("responses.jsonl"), TestData.lines(sample));
            try (ChildJvm child = ChildJvm.start(db.dir(), db.url(), "responses", file.toString(), Integer.toString(BATCH), "hold=0")) {
                child.await("holding 0", 300); // the import returned; the store is still open
                assertThat(child.last("result ")).isEqualTo("stored 5500, unchanged 0, rejected 0");
                child.kill();
            }

            assertThat(checkWholeBatches(db, sample)).isEqualTo(sample.size());
        }
    }

    /** Checks that the store holds exactly the first batches of the file, and their personal data; returns how many records. */
    private static int checkWholeBatches(TestDatabase db, List<SurveyResponse> sample) throws SQLException {
        FeedbackStore store = db.open();
        List<SurveyResponse> stored = FeedbackStoreContract.all(store.responses());
        int kept = stored.size();
        assertThat(kept % BATCH == 0 || kept == sample.size()).as("whole batches only: %d records kept", kept).isTrue();
        List<SurveyResponse> head = sample.subList(0, kept);
        assertThat(stored).containsExactlyElementsOf(head.stream().map(ResponseTable::withoutRespondent).toList());
        assertThat(respondents(db)).isEqualTo(respondentsOf(head));
        return kept;
    }

    private static void reimportAndCheck(TestDatabase db, Path file, List<SurveyResponse> sample, int kept) throws SQLException {
        FeedbackStore store = db.open();
        ImportResult again = store.importFile(RESPONSES, file, reject -> {
            throw new AssertionError(reject);
        });

        assertThat(again).isEqualTo(new ImportResult(sample.size() - kept, kept, 0, false));
        assertThat(db.count("responses")).isEqualTo(sample.size());
        assertThat(FeedbackStoreContract.all(store.responses()))
                .containsExactlyElementsOf(sample.stream().map(ResponseTable::withoutRespondent).toList());
        assertThat(respondents(db)).isEqualTo(respondentsOf(sample));
    }

    private static Map<String, Map<String, AnswerValue>> respondents(TestDatabase db) throws SQLException {
        Map<String, Map<String, AnswerValue>> out = new HashMap<>();
        try (Connection c = db.connect(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT response_id, data_json FROM respondents")) {
            while (rs.next()) {
                assertThat(out.put(rs.getString(1), AnswersJson.read(rs.getString(2)))).as("one row per response").isNull();
            }
        }
        return out;
    }

    private static Map<String, Map<String, AnswerValue>> respondentsOf(List<SurveyResponse> responses) {
        Map<String, Map<String, AnswerValue>> out = new HashMap<>();
        for (SurveyResponse r : responses) {
            r.respondent().ifPresent(data -> out.put(r.id(), data));
        }
        return out;
    }
}
