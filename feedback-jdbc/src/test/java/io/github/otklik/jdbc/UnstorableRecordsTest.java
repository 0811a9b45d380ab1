package io.github.otklik.jdbc;

import io.github.otklik.core.appeal.Appeal;
import io.github.otklik.core.io.Reject;
import io.github.otklik.core.process.ProcessInstance;
import io.github.otklik.core.response.SurveyResponse;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ArgumentsSource;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static io.github.otklik.jdbc.RecordKind.APPEALS;
import static io.github.otklik.jdbc.RecordKind.PROCESSES;
import static io.github.otklik.jdbc.RecordKind.RESPONSES;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A well-formed record the database cannot take is rejected alone, in the shape of
 * {@code spec/formats.md} §5, and the rest of its batch is stored; importing again gives the
 * same answer instead of failing every time.
 */
class UnstorableRecordsTest {
    private static final String FAR = "+999999999-12-31T23:59:59Z";

    @ParameterizedTest(name = "{0}")
    @ArgumentsSource(TestDatabase.All.class)
    void aResponseWithAnInstantBeyondTheStoreIsRejectedAloneAndItsBatchIsStored(TestDatabase.Kind kind) throws Exception {
        try (TestDatabase db = kind.create()) {
            List<SurveyResponse> sample = TestData.responses(30);
            List<String> lines = new ArrayList<>(TestData.lines(sample));
            for (int i : new int[] {4, 16}) {
                lines.set(i, lines.get(i).replaceFirst("\"submittedAt\":\"[^\"]*\"", "\"submittedAt\":\"" + FAR + "\""));
            }
            Path file = TestData.write(db.dir().resolve("responses.jsonl"), lines);
            FeedbackStore store = db.open(FeedbackStore.builder(db.url()).batchSize(10));

            for (int round = 1; round <= 2; round++) {
                List<Reject> rejects = new ArrayList<>();
                ImportResult result = store.importFile(RESPONSES, file, rejects::add);

                assertThat(result.toString()).isEqualTo(round == 1 ? "stored 28, unchanged 0, rejected 2" : "stored 0, unchanged 28, rejected 2");
                assertThat(rejects).extracting(Reject::source, Reject::line, r -> r.id().orElseThrow(), r -> r.field().orElseThrow())
                        .containsExactly(org.assertj.core.groups.Tuple.tuple("responses.jsonl", 5L, "r-000005", "submittedAt"),
                                org.assertj.core.groups.Tuple.tuple("responses.jsonl", 17L, "r-000017", "submittedAt"));
                assertThat(rejects).allSatisfy(r -> assertThat(r.reason()).contains(FAR).contains("outside the accepted range"));
            }
            assertThat(db.count("responses")).isEqualTo(28);
            assertThat(store.response("r-000005")).isEmpty();
            assertThat(store.response("r-000006")).contains(ResponseTable.withoutRespondent(sample.get(5)));
        }
    }

    @ParameterizedTest(name = "{0}")
    @ArgumentsSource(TestDatabase.All.class)
    void appealsAndProcessesWithInstantsBeyondTheStoreAreRejectedAlone(TestDatabase.Kind kind) throws Exception {
        try (TestDatabase db = kind.create()) {
            Instant far = Instant.parse(FAR);
            Instant near = Instant.parse("2025-01-10T09:00:00Z");
            Appeal ok = Appeal.builder("a-1").agency("minsoc").channel(io.github.otklik.core.channel.Channel.MFC)
                    .kind(io.github.otklik.core.appeal.AppealKind.APPEAL).registeredAt(near).build();
            Appeal lateAnswer = ok.toBuilder().answeredAt(far).build();
            ProcessInstance running = ProcessInstance.builder("p-1").agency("minsoc").process("svc-1").startedAt(near).build();
            ProcessInstance ancient = ProcessInstance.builder("p-2").agency("minsoc").process("svc-1")
                    .startedAt(Instant.parse("-999999999-01-01T00:00:00Z")).build();
            FeedbackStore store = db.open();
            List<Reject> rejects = new ArrayList<>();

            Appeal[] appeals = {ok, Appeal.builder("a-2").agency("minsoc").channel(ok.channel()).kind(ok.kind()).registeredAt(near)
                    .answeredAt(far).build()};
            assertThat(store.importRecords(APPEALS, io.github.otklik.core.io.RecordSource.of("appeals", List.of(appeals)), rejects::add)
                    .toString()).isEqualTo("stored 1, unchanged 0, rejected 1");
            assertThat(store.importRecords(PROCESSES, io.github.otklik.core.io.RecordSource.of("processes", List.of(running, ancient)),
                    rejects::add).toString()).isEqualTo("stored 1, unchanged 0, rejected 1");
            // an update to an unstorable value keeps the stored record
            assertThat(store.importRecords(APPEALS, io.github.otklik.core.io.RecordSource.of("again", List.of(lateAnswer)), rejects::add)
                    .toString()).isEqualTo("stored 0, unchanged 0, rejected 1");

            assertThat(rejects).extracting(Reject::source, Reject::line, r -> r.id().orElseThrow(), r -> r.field().orElseThrow())
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("appeals", 2L, "a-2", "answeredAt"),
                            org.assertj.core.groups.Tuple.tuple("processes", 2L, "p-2", "startedAt"),
                            org.assertj.core.groups.Tuple.tuple("again", 1L, "a-1", "answeredAt"));
            assertThat(store.appeal("a-1")).contains(ok);
            assertThat(store.processInstance("p-1")).contains(running);
            assertThat(db.count("appeals") + db.count("process_instances")).isEqualTo(2);
        }
    }

    @ParameterizedTest(name = "{0}")
    @ArgumentsSource(TestDatabase.All.class)
    void recordsTheDatabaseRefusesAreRejectedAloneWithItsReasonAndTheRestOfTheirBatchIsStored(TestDatabase.Kind kind) throws Exception {
        try (TestDatabase db = kind.create()) {
            List<SurveyResponse> sample = TestData.responses(25);
            List<String> lines = new ArrayList<>(TestData.lines(sample));
            List<Integer> blocked = List.of(2, 3, 11, 24);
            for (int i : blocked) {
                lines.set(i, lines.get(i).replace("\"process\":\"" + sample.get(i).process().orElseThrow() + "\"", "\"process\":\"svc-blocked\""));
            }
            Path file = TestData.write(db.dir().resolve("responses.jsonl"), lines);
            FeedbackStore store = db.open(FeedbackStore.builder(db.url()).batchSize(10));
            try (Connection c = db.connect(); Statement st = c.createStatement()) {
                // a rule of the database's own that the store does not know (a DBA's constraint, say)
                st.execute("ALTER TABLE responses ADD CONSTRAINT responses_not_blocked CHECK (process IS NULL OR process <> 'svc-blocked')");
            }

            List<Reject> rejects = new ArrayList<>();
            ImportResult result = store.importFile(RESPONSES, file, rejects::add);

            assertThat(result.toString()).isEqualTo("stored 21, unchanged 0, rejected 4");
            assertThat(rejects).extracting(Reject::line).containsExactly(3L, 4L, 12L, 25L);
            assertThat(rejects).extracting(r -> r.id().orElseThrow()).containsExactly("r-000003", "r-000004", "r-000012", "r-000025");
            assertThat(rejects).allSatisfy(r -> {
                assertThat(r.source()).isEqualTo("responses.jsonl");
                assertThat(r.reason()).startsWith("the database refused the record: ").containsIgnoringCase("responses_not_blocked")
                        .doesNotContain("INSERT", "?, ?", "\n").hasSizeLessThan(300);
            });
            List<SurveyResponse> expected = new ArrayList<>();
            for (int i = 0; i < sample.size(); i++) {
                if (!blocked.contains(i)) {
                    expected.add(sample.get(i));
                }
            }
            assertThat(FeedbackStoreContract.all(store.responses()))
                    .containsExactlyElementsOf(expected.stream().map(ResponseTable::withoutRespondent).toList());
            assertThat(db.count("respondents")).as("personal data only of the stored responses")
                    .isEqualTo(expected.stream().filter(r -> r.respondent().isPresent()).count());
            for (SurveyResponse r : expected) {
                assertThat(store.respondent(r.id())).isEqualTo(r.respondent());
            }
            assertThat(store.importFile(RESPONSES, file, x -> { }).toString()).isEqualTo("stored 0, unchanged 21, rejected 4");
        }
    }

    @ParameterizedTest(name = "{0}")
    @ArgumentsSource(TestDatabase.All.class)
    void anUpdateTheDatabaseRefusesKeepsTheStoredRecordAndCountsRepeatsAsOneByOne(TestDatabase.Kind kind) throws Exception {
        try (TestDatabase db = kind.create()) {
            List<String> rows = new ArrayList<>(TestData.appealRows(12));
            Path v1 = TestData.csv(db.dir().resolve("v1.csv"), TestData.APPEALS_HEADER, rows);
            FeedbackStore store = db.open(FeedbackStore.builder(db.url()).batchSize(5));
            assertThat(store.importFile(APPEALS, v1, x -> { }).stored()).isEqualTo(12);
            List<Appeal> before = FeedbackStoreContract.all(store.appeals());
            try (Connection c = db.connect(); Statement st = c.createStatement()) {
                st.execute("ALTER TABLE appeals ADD CONSTRAINT appeals_no_spam CHECK (topic IS NULL OR topic <> 'spam')");
            }
            rows.set(1, rows.get(1).replaceFirst("^(a-00002,[^,]*,[^,]*,[^,]*,[^,]*,)[^,]*,", "$1spam,"));
            rows.add("a-00013,minsoc,,MFC,APPEAL,spam,,2025-02-01T09:00:00Z,,,");
            rows.add("a-00014,minsoc,,MFC,APPEAL,,,2025-02-01T09:00:00Z,,,");
            rows.add("a-00014,minsoc,,MFC,APPEAL,spam,,2025-02-01T09:00:00Z,,,"); // a repeated id: the reader rejects it
            Path v2 = TestData.csv(db.dir().resolve("v2.csv"), TestData.APPEALS_HEADER, rows);

            List<Reject> rejects = new ArrayList<>();
            ImportResult result = store.importFile(APPEALS, v2, rejects::add);

            assertThat(result.toString()).isEqualTo("stored 1, unchanged 11, rejected 3");
            assertThat(rejects).extracting(Reject::line).containsExactly(16L, 3L, 14L); // the reader's first, then the store's
            assertThat(store.appeal("a-00002")).contains(before.get(1));
            assertThat(store.appeal("a-00013")).isEmpty();
            assertThat(store.appeal("a-00014")).isPresent();
        }
    }
}
