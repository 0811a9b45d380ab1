package io.github.otklik.jdbc;

import io.github.otklik.core.appeal.Appeal;
import io.github.otklik.core.appeal.AppealKind;
import io.github.otklik.core.channel.Channel;
import io.github.otklik.core.io.RecordSource;
import io.github.otklik.core.io.Reject;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ArgumentsSource;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static io.github.otklik.jdbc.RecordKind.APPEALS;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The appeal's own words in the store (schema 2): kept exactly, read back, compared by the
 * idempotent import, and added to a database made by schema 1 without touching its rows.
 */
class AppealTextTest {
    private static final String HEADER = TestData.APPEALS_HEADER + ",text";
    private static final String[] TEXTS = {
        "Очередь в МФЦ два часа, \"талон\" не работает",
        "  пробелы по краям и\nперевод строки  ",
        "ёлки, №5, эмодзи 😀 и 'кавычки'; DROP TABLE appeals; --",
        "x".repeat(20_000),
    };

    private static Appeal appeal(String id, String text) {
        Appeal.Builder b = Appeal.builder(id).agency("minsoc").process("svc-housing").channel(Channel.MFC).kind(AppealKind.COMPLAINT)
                .registeredAt(Instant.parse("2025-02-03T09:15:30.123456789Z"));
        if (text != null) {
            b.text(text);
        }
        return b.build();
    }

    private static List<Appeal> appeals() {
        List<Appeal> out = new ArrayList<>();
        for (int i = 0; i < TEXTS.length; i++) {
            out.add(appeal("a-" + (i + 1), TEXTS[i]));
        }
        out.add(appeal("a-none", null));
        return out;
    }

    @ParameterizedTest(name = "{0}")
    @ArgumentsSource(TestDatabase.All.class)
    void theTextIsKeptExactlyAndReadBack(TestDatabase.Kind kind) throws Exception {
        try (TestDatabase db = kind.create()) {
            FeedbackStore store = db.open();
            List<Appeal> appeals = appeals();
            ImportResult first = store.importRecords(APPEALS, RecordSource.of("appeals", appeals), r -> { });

            assertThat(first.toString()).isEqualTo("stored 5, unchanged 0, rejected 0");
            for (Appeal a : appeals) {
                assertThat(store.appeal(a.id())).contains(a);
            }
            assertThat(FeedbackStoreContract.all(store.appeals())).containsExactlyInAnyOrderElementsOf(appeals);
            assertThat(store.appeal("a-none").orElseThrow().text()).isEmpty();
            try (Connection c = db.connect(); PreparedStatement ps = c.prepareStatement("SELECT text FROM appeals WHERE id = ?")) {
                ps.setString(1, "a-none");
                try (ResultSet rs = ps.executeQuery()) {
                    assertThat(rs.next()).isTrue();
                    assertThat(rs.getString(1)).as("no text is NULL, not an empty string").isNull();
                }
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @ArgumentsSource(TestDatabase.All.class)
    void theIdempotentImportComparesTheText(TestDatabase.Kind kind) throws Exception {
        try (TestDatabase db = kind.create()) {
            FeedbackStore store = db.open();
            List<String> rows = new ArrayList<>();
            for (String row : TestData.appealRows(20)) {
                rows.add(row + ",\"обращение " + row.substring(0, 7) + "\"");
            }
            Path v1 = TestData.csv(db.dir().resolve("v1.csv"), HEADER, rows);
            assertThat(store.importFile(APPEALS, v1, r -> { }).toString()).isEqualTo("stored 20, unchanged 0, rejected 0");
            assertThat(store.importFile(APPEALS, v1, r -> { }).toString()).isEqualTo("stored 0, unchanged 20, rejected 0");

            rows.set(3, rows.get(3).replace("\"обращение ", "\"исправленное обращение "));
            rows.set(7, rows.get(7).substring(0, rows.get(7).lastIndexOf(",\"")) + ",");
            Path v2 = TestData.csv(db.dir().resolve("v2.csv"), HEADER, rows);
            assertThat(store.importFile(APPEALS, v2, r -> { }).toString()).isEqualTo("stored 2, unchanged 18, rejected 0");
            assertThat(store.appeal("a-00004").orElseThrow().text()).contains("исправленное обращение a-00004");
            assertThat(store.appeal("a-00008").orElseThrow().text()).isEmpty();
            assertThat(store.appeal("a-00009").orElseThrow().text()).contains("обращение a-00009");
        }
    }

    @ParameterizedTest(name = "{0}")
    @ArgumentsSource(TestDatabase.All.class)
    void aTextTheDatabaseCannotKeepIsRejectedAlone(TestDatabase.Kind kind) throws Exception {
        try (TestDatabase db = kind.create()) {
            FeedbackStore store = db.open(FeedbackStore.builder(db.url()).batchSize(2));
            List<Appeal> appeals = List.of(appeal("a-1", "fine"), appeal("a-2", "nul \u0000 inside"), appeal("a-3", "lone \ud800 surrogate"),
                    appeal("a-4", "fine too"));
            List<Reject> rejects = new ArrayList<>();
            ImportResult result = store.importRecords(APPEALS, RecordSource.of("appeals", appeals), rejects::add);

            assertThat(result.toString()).isEqualTo("stored 2, unchanged 0, rejected 2");
            assertThat(rejects).extracting(Reject::line, r -> r.id().orElseThrow(), r -> r.field().orElseThrow())
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(2L, "a-2", "text"), org.assertj.core.groups.Tuple.tuple(3L, "a-3", "text"));
            assertThat(rejects.get(0).reason()).contains("NUL").contains("index 4");
            assertThat(rejects.get(1).reason()).contains("unpaired surrogate (U+D800)");
            assertThat(rejects).allSatisfy(r -> assertThat(r.toString()).doesNotContain("inside").doesNotContain("lone"));
            assertThat(store.appeal("a-4")).contains(appeals.get(3));
        }
    }

    @ParameterizedTest(name = "{0}")
    @ArgumentsSource(TestDatabase.All.class)
    void aSchemaOneDatabaseGainsTheColumnAndKeepsItsRows(TestDatabase.Kind kind) throws Exception {
        try (TestDatabase db = kind.create()) {
            Flyway.configure(AppealTextTest.class.getClassLoader()).dataSource(new UrlDataSource(db.url())).locations(Database.MIGRATIONS)
                    .table(FeedbackStore.SCHEMA_HISTORY).baselineOnMigrate(true).baselineVersion("0").target("1")
                    .loggers("slf4j").load().migrate();
            try (Connection c = db.connect(); PreparedStatement ps = c.prepareStatement("INSERT INTO appeals (id, agency, process, channel, kind,"
                    + " registered_at, registered_ms) VALUES ('a-old', 'minsoc', 'svc-housing', 'MFC', 'COMPLAINT', ?, ?)")) {
                Instant at = appeal("a-old", null).registeredAt();
                ps.setString(1, at.toString());
                ps.setLong(2, at.toEpochMilli());
                assertThat(ps.executeUpdate()).isEqualTo(1);
            }

            FeedbackStore store = db.open();
            assertThat(store.appeal("a-old")).contains(appeal("a-old", null));
            ImportResult withText = store.importRecords(APPEALS, RecordSource.of("appeals", List.of(appeal("a-old", "теперь с текстом"))), r -> { });
            assertThat(withText.toString()).isEqualTo("stored 1, unchanged 0, rejected 0");
            assertThat(store.appeal("a-old").orElseThrow().text()).contains("теперь с текстом");
        }
    }
}
