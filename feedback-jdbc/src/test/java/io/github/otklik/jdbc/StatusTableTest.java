package io.github.otklik.jdbc;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ArgumentsSource;
import org.junit.jupiter.params.provider.CsvSource;

import java.sql.Connection;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalLong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StatusTableTest {
    private static final Instant T = Instant.parse("2025-04-01T09:00:00.5Z");
    private final StatusTable status = StatusTable.INSTANCE;

    @ParameterizedTest(name = "{0}")
    @ArgumentsSource(TestDatabase.All.class)
    void changesAreAppendedAndReadBackInTheOrderTheyWereRecorded(TestDatabase.Kind kind) throws Exception {
        try (TestDatabase db = kind.create(); Connection c = db.open().connection()) {
            long map = PainMapTable.INSTANCE.insert(c, "2025-Q1", "2025-03-31", "default", T, "{}");
            // recorded out of time order: the history keeps the order of recording, not of changedAt
            StatusChange solved = status.append(c, map, "svc-1", "queue", "SOLVED", T.plusSeconds(7200), "owner", null);
            StatusChange started = status.append(c, null, "svc-1", "queue", "IN_PROGRESS", T, "i.petrova", "окно №3 открыто");
            status.append(c, map, "svc-1", "docs", "IDENTIFIED", T, "analyst", null);

            assertThat(solved.seq()).isLessThan(started.seq());
            assertThat(solved.painMap()).isEqualTo(OptionalLong.of(map));
            assertThat(started.painMap()).isEmpty();
            assertThat(started.note()).contains("окно №3 открыто");
            assertThat(status.history(c, "svc-1", "queue")).containsExactly(solved, started);
            assertThat(status.current(c, "svc-1", "queue")).contains(started);
            assertThat(status.current(c, "svc-1", "rude")).isEqualTo(Optional.empty());
            assertThat(status.history(c, "svc-2", "queue")).isEmpty();
        }
    }

    @ParameterizedTest(name = "{0}")
    @ArgumentsSource(TestDatabase.All.class)
    void aChangeForAMapThatIsNotSavedIsRefusedAndNothingIsAppended(TestDatabase.Kind kind) throws Exception {
        try (TestDatabase db = kind.create(); Connection c = db.open().connection()) {
            assertThatThrownBy(() -> status.append(c, 42L, "svc-1", "queue", "SOLVED", T, "owner", null))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no pain map 42");
            assertThat(db.count("pain_point_status")).isZero();
        }
    }

    @ParameterizedTest(name = "[{index}] {0} {1} {2} {3}")
    @CsvSource(delimiter = '|', value = {
        "svc 1   | queue  | SOLVED | owner",
        "svc-1   | a.b    | SOLVED | owner",
        "svc-1   | queue  | ''     | owner",
        "svc-1   | queue  | SOLVED | ''",
    })
    void checkRefusesMalformedPointsAndEmptyTexts(String process, String problem, String statusText, String changedBy) {
        assertThatThrownBy(() -> StatusTable.check(process, problem, statusText, T, changedBy, null))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void checkBoundsStatusAndAuthorByTheirColumnWidths() {
        assertThatCode(() -> StatusTable.check("svc-1", "queue", "S".repeat(64), T, "o".repeat(255), "n".repeat(10_000)))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> StatusTable.check("svc-1", "queue", "S".repeat(65), T, "owner", null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("status");
        assertThatThrownBy(() -> StatusTable.check("svc-1", "queue", "SOLVED", T, "o".repeat(256), null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("changedBy");
        assertThatThrownBy(() -> StatusTable.check("svc-1", "queue", "SOLVED", null, "owner", null))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("changedAt");
    }
}
