package io.github.otklik.jdbc;

import io.github.otklik.core.io.RecordHandler;
import io.github.otklik.core.io.RecordSource;
import io.github.otklik.core.io.Reject;
import io.github.otklik.core.io.ResponseJsonlReader;
import io.github.otklik.core.response.AnswerValue;
import io.github.otklik.core.response.SurveyResponse;
import io.github.otklik.forms.Form;
import io.github.otklik.forms.FormCatalog;
import io.github.otklik.forms.validation.ResponseValidator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ArgumentsSource;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static io.github.otklik.jdbc.RecordKind.APPEALS;
import static io.github.otklik.jdbc.RecordKind.PROCESSES;
import static io.github.otklik.jdbc.RecordKind.RESPONSES;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * SQL in every id, code, name and answer is inert: a value the formats allow is stored and read
 * back as the same UTF-16 string, one they do not is rejected by validation, and every table is
 * whole afterwards.
 */
class InjectionTest {
    /** What an attacker types: quotes, comments, statement ends, backslashes, dollar quotes, wildcards. */
    static final List<String> HOSTILE = List.of(
            "'; DROP TABLE responses;--",
            "Robert'); DROP TABLE respondents; --",
            "\" OR \"1\"=\"1",
            "' OR '1'='1' /*",
            "\\'; DELETE FROM appeals; --",
            "\\\\",
            "$$; TRUNCATE pain_point_status; $$",
            "%_*?[]",
            "x'||(SELECT version())||'",
            "\u2028\u2029\r\n\t");
    /** Characters some databases or drivers mangle: NUL, a paired surrogate, non-characters. */
    static final List<String> AWKWARD = List.of("a\u0000b", "emoji \uD83D\uDE21", "\uFFFF\uFFFE");
    /** Unpaired surrogates: not Unicode text, so the readers refuse them before the store sees them. */
    static final List<String> LONE = List.of("lone \uD800 high", "lone \uDFFF low");

    @ParameterizedTest(name = "{0}")
    @ArgumentsSource(TestDatabase.All.class)
    void hostileAnswersAndPersonalDataAreStoredAndReadBackExactly(TestDatabase.Kind kind) throws Exception {
        try (TestDatabase db = kind.create()) {
            List<String> texts = new ArrayList<>(HOSTILE);
            texts.addAll(AWKWARD);
            List<SurveyResponse> commented = TestData.responses(400).stream().filter(r -> r.answers().containsKey("comment"))
                    .limit(texts.size()).toList();
            assertThat(commented).hasSize(texts.size());
            List<String> lines = new ArrayList<>();
            for (int i = 0; i < texts.size(); i++) {
                Map<String, AnswerValue> answers = new LinkedHashMap<>(commented.get(i).answers());
                answers.put("comment", AnswerValue.of("@@TEXT@@"));
                Map<String, AnswerValue> respondent = new LinkedHashMap<>();
                respondent.put(HOSTILE.get(i % HOSTILE.size()), AnswerValue.of(HOSTILE.get((i + 1) % HOSTILE.size())));
                respondent.put("name", AnswerValue.of("@@TEXT@@"));
                SurveyResponse r = commented.get(i).toBuilder().answers(answers).respondent(respondent).build();
                lines.add(TestData.lines(List.of(r)).get(0).replace("@@TEXT@@", jsonEscaped(texts.get(i))));
            }
            Path file = TestData.write(db.dir().resolve("hostile.jsonl"), lines);
            List<SurveyResponse> read = new ArrayList<>();
            ResponseJsonlReader.builder().check(new ResponseValidator(FormCatalog.standard())).build().read(file, collect(read));
            assertThat(read).as("the reader accepts every one").hasSize(texts.size());
            FeedbackStore store = db.open();

            assertThat(store.importFile(RESPONSES, file, FeedbackStoreContract.IGNORED).toString())
                    .isEqualTo("stored " + texts.size() + ", unchanged 0, rejected 0");

            for (int i = 0; i < read.size(); i++) {
                SurveyResponse r = read.get(i);
                assertThat(r.answers().get("comment")).isEqualTo(AnswerValue.of(texts.get(i)));
                assertThat(store.response(r.id())).contains(ResponseTable.withoutRespondent(r));
                assertThat(store.respondent(r.id())).isEqualTo(r.respondent());
            }
            assertThat(FeedbackStoreContract.all(store.responses())).containsExactlyInAnyOrderElementsOf(
                    read.stream().map(ResponseTable::withoutRespondent).toList());
            assertThat(store.importFile(RESPONSES, file, FeedbackStoreContract.IGNORED).toString())
                    .as("read back equal, so nothing changed").isEqualTo("stored 0, unchanged " + texts.size() + ", rejected 0");

            // the same strings straight from Java, in keys and values of the personal data too
            Map<String, AnswerValue> data = new LinkedHashMap<>();
            for (String t : texts) {
                data.put(t, AnswerValue.of(t));
            }
            SurveyResponse direct = read.get(0).toBuilder().respondent(data).build();
            assertThat(store.importRecords(RESPONSES, RecordSource.of("memory", List.of(direct)), FeedbackStoreContract.IGNORED).stored())
                    .isEqualTo(1);
            assertThat(store.respondent(direct.id())).contains(data);
            assertTablesWhole(db, texts.size(), texts.size(), 0, 0);
        }
    }

    @ParameterizedTest(name = "{0}")
    @ArgumentsSource(TestDatabase.All.class)
    void loneSurrogatesInAnswersAreRejectedByTheReaderAndStoreNothing(TestDatabase.Kind kind) throws Exception {
        try (TestDatabase db = kind.create()) {
            List<SurveyResponse> commented = TestData.responses(400).stream().filter(r -> r.answers().containsKey("comment"))
                    .limit(LONE.size() + 1).toList();
            List<String> lines = new ArrayList<>();
            for (int i = 0; i < commented.size(); i++) {
                Map<String, AnswerValue> answers = new LinkedHashMap<>(commented.get(i).answers());
                answers.put("comment", AnswerValue.of("@@TEXT@@"));
                String text = i < LONE.size() ? LONE.get(i) : "fine";
                lines.add(TestData.lines(List.of(commented.get(i).toBuilder().answers(answers).build())).get(0)
                        .replace("@@TEXT@@", jsonEscaped(text)));
            }
            Path file = TestData.write(db.dir().resolve("lone.jsonl"), lines);
            FeedbackStore store = db.open();
            List<Reject> rejects = new ArrayList<>();

            assertThat(store.importFile(RESPONSES, file, rejects::add).toString()).isEqualTo("stored 1, unchanged 0, rejected " + LONE.size());
            assertThat(rejects).extracting(r -> r.field().orElseThrow()).containsOnly("answers.comment");
            assertThat(rejects).allSatisfy(r -> assertThat(r.reason()).contains("lone surrogate"));
            for (int i = 0; i < LONE.size(); i++) {
                assertThat(store.response(commented.get(i).id())).isEmpty();
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @ArgumentsSource(TestDatabase.All.class)
    void hostileIdsAndCodesAreRejectedByValidationAndTouchNothing(TestDatabase.Kind kind) throws Exception {
        try (TestDatabase db = kind.create()) {
            SurveyResponse good = TestData.responses(1).get(0);
            String line = TestData.lines(List.of(good)).get(0);
            List<String> lines = new ArrayList<>(List.of(line));
            List<String> appealRows = new ArrayList<>(TestData.appealRows(1));
            List<String> processRows = new ArrayList<>(TestData.processRows(1));
            for (String h : HOSTILE) {
                String json = jsonEscaped(h);
                lines.add(line.replace("\"id\":\"" + good.id() + "\"", "\"id\":\"" + json + "\""));
                lines.add(line.replace("\"agency\":\"" + good.agency() + "\"", "\"agency\":\"" + json + "\"").replace(good.id(), "r-agency"));
                lines.add(line.replace("\"form\":\"" + good.form() + "\"", "\"form\":\"" + json + "\"").replace(good.id(), "r-form"));
                String csv = "\"" + h.replace("\"", "\"\"") + "\"";
                appealRows.add(csv + ",minsoc,,EPGU,APPEAL,,,2025-01-10T09:00:00Z,,,");
                appealRows.add("a-topic,minsoc,," + "EPGU,APPEAL," + csv + ",,2025-01-10T09:00:00Z,,,");
                appealRows.add("a-reason,minsoc,,EPGU,APPEAL,," + csv + ",2025-01-10T09:00:00Z,,,");
                processRows.add("p-reason,minsoc,svc-1,,2025-01-10T09:00:00Z,2025-01-11T09:00:00Z,,NEGATIVE," + csv);
                processRows.add("p-agency," + csv + ",svc-1,,2025-01-10T09:00:00Z,,,,");
            }
            Path responses = TestData.write(db.dir().resolve("responses.jsonl"), lines);
            Path appeals = TestData.csv(db.dir().resolve("appeals.csv"), TestData.APPEALS_HEADER, appealRows);
            Path processes = TestData.csv(db.dir().resolve("processes.csv"), TestData.PROCESSES_HEADER, processRows);
            FeedbackStore store = db.open();

            int n = HOSTILE.size();
            assertThat(store.importFile(RESPONSES, responses, FeedbackStoreContract.IGNORED).toString())
                    .isEqualTo("stored 1, unchanged 0, rejected " + 3 * n);
            assertThat(store.importFile(APPEALS, appeals, FeedbackStoreContract.IGNORED).toString())
                    .isEqualTo("stored 1, unchanged 0, rejected " + 3 * n);
            assertThat(store.importFile(PROCESSES, processes, FeedbackStoreContract.IGNORED).toString())
                    .isEqualTo("stored 1, unchanged 0, rejected " + 2 * n);

            for (String h : HOSTILE) {
                assertThat(store.response(h)).isEmpty();
                assertThat(store.appeal(h)).isEmpty();
                assertThat(store.processInstance(h)).isEmpty();
                assertThat(store.respondent(h)).isEmpty();
                assertThat(store.purgeRespondent(h)).isFalse();
                assertThat(store.statusHistory(h, h)).isEmpty();
                assertThat(store.latestPainMap(h)).isEmpty();
                assertThatThrownBy(() -> store.recordStatus(h, "queue", "SOLVED", Instant.EPOCH, "owner", null))
                        .isInstanceOf(IllegalArgumentException.class);
                assertThatThrownBy(() -> store.recordStatus("svc-1", h, "SOLVED", Instant.EPOCH, "owner", null))
                        .isInstanceOf(IllegalArgumentException.class);
            }
            assertTablesWhole(db, 1, good.respondent().isPresent() ? 1 : 0, 1, 1);
        }
    }

    @ParameterizedTest(name = "{0}")
    @ArgumentsSource(TestDatabase.All.class)
    void hostileNamesOfFormsPainMapsAndStatusesAreKeptExactlyAndUnstorableOnesRefused(TestDatabase.Kind kind) throws Exception {
        try (TestDatabase db = kind.create()) {
            FeedbackStore store = db.open();
            Form ext1 = FormCatalog.standard().find("EXT-1", "1").orElseThrow();
            Instant t = Instant.parse("2025-04-01T09:00:00Z");
            List<StatusChange> changes = new ArrayList<>();
            for (int i = 0; i < HOSTILE.size(); i++) {
                String h = HOSTILE.get(i);
                Form form = ext1.copy("AG-" + i, "1").title("T " + h, h).build(); // a blank title is an invalid form
                assertThat(store.saveForm(form)).isTrue();
                String json = "{\"title\":" + "\"" + jsonEscaped(h) + "\"}";
                long map = store.savePainMap(h, h.length() > 40 ? h.substring(0, 40) : h, h, json);
                StoredPainMap saved = store.painMap(map).orElseThrow();
                assertThat(List.of(saved.periodLabel(), saved.rulesName(), saved.json())).containsExactly(h, h, json);
                assertThat(store.latestPainMap(h).map(StoredPainMap::id)).contains(map);
                changes.add(store.recordStatus(map, "svc-1", "queue", h, t, h, h));
            }
            assertThat(store.storedForms()).extracting(f -> f.title().ru()).containsExactlyInAnyOrderElementsOf(
                    HOSTILE.stream().map(h -> "T " + h).toList());
            assertThat(store.statusHistory("svc-1", "queue")).containsExactlyElementsOf(changes);
            assertThat(store.statusHistory("svc-1", "queue")).extracting(StatusChange::changedBy).containsExactlyElementsOf(HOSTILE);

            for (String awkward : List.of("a\u0000b", "lone \uD800 high", "lone \uDFFF low")) {
                assertThatThrownBy(() -> store.recordStatus("svc-1", "queue", "SOLVED", t, awkward, null))
                        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("changedBy");
                assertThatThrownBy(() -> store.recordStatus("svc-1", "queue", "SOLVED", t, "owner", awkward))
                        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("note");
                assertThatThrownBy(() -> store.savePainMap(awkward, "2025-03-31", "default", "{}"))
                        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("periodLabel");
            }
            for (int i = 0; i < AWKWARD.size(); i++) {
                Form form = ext1.copy("AW-" + i, "1").title("T " + AWKWARD.get(i), AWKWARD.get(i)).build();
                assertThat(store.saveForm(form)).isTrue();
                assertThat(store.saveForm(form)).as("read back equal").isFalse();
                assertThat(store.forms().find(form.id(), form.version())).contains(form);
            }
            StatusChange emoji = store.recordStatus("svc-1", "queue", "SOLVED", t, "emoji \uD83D\uDE21", "\uFFFF");
            assertThat(store.currentStatus("svc-1", "queue")).contains(emoji);
            assertThat(db.count("forms")).isEqualTo(HOSTILE.size() + AWKWARD.size());
            assertThat(db.count("pain_maps")).isEqualTo(HOSTILE.size());
            assertThat(db.count("pain_point_status")).isEqualTo(HOSTILE.size() + 1);
            assertTablesWhole(db, 0, 0, 0, 0);
        }
    }

    /** Every table of the schema is there with the rows it should have. */
    private static void assertTablesWhole(TestDatabase db, long responses, long respondents, long appeals, long processes) throws Exception {
        assertThat(db.count("responses")).isEqualTo(responses);
        assertThat(db.count("respondents")).isEqualTo(respondents);
        assertThat(db.count("appeals")).isEqualTo(appeals);
        assertThat(db.count("process_instances")).isEqualTo(processes);
        assertThat(db.count("forms")).isNotNegative();
        assertThat(db.count("pain_maps")).isNotNegative();
        assertThat(db.count("pain_point_status")).isNotNegative();
        assertThat(db.count("\"" + FeedbackStore.SCHEMA_HISTORY + "\"")).isPositive();
    }

    /** {@code s} as the inside of a JSON string: quotes, backslashes, controls and surrogates escaped. */
    static String jsonEscaped(String s) {
        StringBuilder b = new StringBuilder();
        for (char ch : s.toCharArray()) {
            if (ch == '"' || ch == '\\') {
                b.append('\\').append(ch);
            } else if (ch < 0x20 || Character.isSurrogate(ch) || ch == '\u2028' || ch == '\u2029') {
                b.append(String.format("\\u%04x", (int) ch));
            } else {
                b.append(ch);
            }
        }
        return b.toString();
    }

    private static RecordHandler<SurveyResponse> collect(List<SurveyResponse> out) {
        return new RecordHandler<>() {
            @Override
            public void accept(SurveyResponse record, long line) {
                out.add(record);
            }

            @Override
            public void reject(Reject reject) {
                throw new AssertionError(reject);
            }
        };
    }
}
