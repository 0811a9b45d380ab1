package io.github.otklik.jdbc;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ArgumentsSource;
import org.junit.jupiter.params.provider.CsvSource;

import java.sql.Connection;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PainMapTableTest {
    private static final Instant T = Instant.parse("2025-04-01T09:00:00.123456789Z");
    private final PainMapTable maps = PainMapTable.INSTANCE;

    @ParameterizedTest(name = "{0}")
    @ArgumentsSource(TestDatabase.All.class)
    void aSavedMapIsReadBackExactlyAsGiven(TestDatabase.Kind kind) throws Exception {
        try (TestDatabase db = kind.create(); Connection c = db.open().connection()) {
            String json = "{\"format\":\"otklik-painmap/1\",\"items\":[{\"title\":\"Очередь 'в окне' \\\\ \\\"3\\\"\"}],  \"x\" : 1.0 }";

            long id = maps.insert(c, "2025-Q1", "2025-03-31", "default", T, json);

            assertThat(maps.find(c, id)).contains(new StoredPainMap(id, "2025-Q1", "2025-03-31", "default", T, json));
            assertThat(maps.exists(c, id)).isTrue();
            assertThat(maps.exists(c, id + 1)).isFalse();
            assertThat(maps.find(c, id + 1)).isEmpty();
        }
    }

    @ParameterizedTest(name = "{0}")
    @ArgumentsSource(TestDatabase.All.class)
    void theLatestMapOfAPeriodIsTheOneSavedLast(TestDatabase.Kind kind) throws Exception {
        try (TestDatabase db = kind.create(); Connection c = db.open().connection()) {
            long first = maps.insert(c, "2025-Q1", "2025-03-31", "default", T, "{}");
            long other = maps.insert(c, "2025-Q2", "2025-06-30", "default", T, "{}");
            long last = maps.insert(c, "2025-Q1", "2025-03-15", "strict", T.minusSeconds(3600), "{}");

            assertThat(first).isLessThan(other).isLessThan(last);
            assertThat(maps.latest(c, "2025-Q1").map(StoredPainMap::id)).contains(last);
            assertThat(maps.latest(c, "2025-Q2").map(StoredPainMap::id)).contains(other);
            assertThat(maps.latest(c, "2025-Q3")).isEmpty();
        }
    }

    @ParameterizedTest(name = "[{index}] {4}")
    @CsvSource(delimiter = '|', value = {
        "''          | 2025-03-31 | default | {}       | periodLabel must have 1 to 64",
        "2025-Q1     | ''         | default | {}       | asOf must have 1 to 40",
        "2025-Q1     | 2025-03-31 | ''      | {}       | rulesName must have 1 to 255",
        "2025-Q1     | 2025-03-31 | default | [1, 2]   | one JSON object",
        "2025-Q1     | 2025-03-31 | default | '{\"a\":' | one JSON object",
    })
    void checkRefusesWhatTheTableCannotKeep(String period, String asOf, String rules, String json, String message) {
        assertThatThrownBy(() -> PainMapTable.check(period, asOf, rules, json))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(message);
    }

    @Test
    void checkAcceptsLabelsUpToTheirColumnWidths() {
        assertThatCode(() -> PainMapTable.check("p".repeat(64), "a".repeat(40), "r".repeat(255), "{}")).doesNotThrowAnyException();
        assertThatThrownBy(() -> PainMapTable.check("p".repeat(65), "a", "r", "{}")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PainMapTable.check("p", "a".repeat(41), "r", "{}")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PainMapTable.check("p", "a", "r".repeat(256), "{}")).isInstanceOf(IllegalArgumentException.class);
    }
}
