package io.github.otklik.core.period;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

class ReportingPeriodTest {
    private static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");
    private static final ZoneId SAMARA = ZoneId.of("Europe/Samara");

    @Test
    void parsesEveryLabelKind() {
        assertThat(ReportingPeriod.parse("2025")).isEqualTo(new ReportingPeriod("2025", ReportingPeriod.Kind.YEAR,
                LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31)));
        assertThat(ReportingPeriod.parse("2025-Q1")).isEqualTo(new ReportingPeriod("2025-Q1", ReportingPeriod.Kind.QUARTER,
                LocalDate.of(2025, 1, 1), LocalDate.of(2025, 3, 31)));
        assertThat(ReportingPeriod.parse("2024-02")).isEqualTo(new ReportingPeriod("2024-02", ReportingPeriod.Kind.MONTH,
                LocalDate.of(2024, 2, 1), LocalDate.of(2024, 2, 29)));
        assertThat(ReportingPeriod.parse("2025-01-15..2025-02-14")).isEqualTo(new ReportingPeriod("2025-01-15..2025-02-14",
                ReportingPeriod.Kind.RANGE, LocalDate.of(2025, 1, 15), LocalDate.of(2025, 2, 14)));
        assertThat(ReportingPeriod.parse("2025-Q4").to()).isEqualTo(LocalDate.of(2025, 12, 31));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "25", "2025-Q5", "2025-Q0", "2025-13", "2025-1", "2025-02-30..2025-03-01",
        "2025-03-01..2025-02-01", "2025-03-01", "2025-q1", " 2025"})
    void rejectsMalformedLabels(String label) {
        assertThatThrownBy(() -> ReportingPeriod.parse(label))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("period");
    }

    /**
     * The spec's example instant 2025-03-31T21:30:00Z is 00:30 on April 1 in Moscow (UTC+3) as well
     * as 01:30 in Samara (UTC+4), so by the spec's own rule it is Q2 in both zones (see
     * docs/spec-notes.md). An instant that really splits the zones is 20:30Z: 23:30 on March 31 in
     * Moscow, 00:30 on April 1 in Samara.
     */
    @Test
    void samaraEdgeCase() {
        Instant specExample = Instant.parse("2025-03-31T21:30:00Z");
        assertThat(ReportingPeriod.parse("2025-Q2").contains(specExample, SAMARA)).isTrue();
        assertThat(ReportingPeriod.parse("2025-Q1").contains(specExample, SAMARA)).isFalse();
        assertThat(ReportingPeriod.parse("2025-Q2").contains(specExample, MOSCOW)).isTrue();

        Instant split = Instant.parse("2025-03-31T20:30:00Z");
        assertThat(ReportingPeriod.parse("2025-Q1").contains(split, MOSCOW)).isTrue();
        assertThat(ReportingPeriod.parse("2025-Q2").contains(split, MOSCOW)).isFalse();
        assertThat(ReportingPeriod.parse("2025-Q2").contains(split, SAMARA)).isTrue();
        assertThat(ReportingPeriod.parse("2025-Q1").contains(split, SAMARA)).isFalse();
    }

    @Test
    void defaultAsOfIsStartOfNextDayInZone() {
        assertThat(ReportingPeriod.parse("2025-Q1").defaultAsOf(SAMARA)).isEqualTo(Instant.parse("2025-03-31T20:00:00Z"));
        assertThat(ReportingPeriod.parse("2025-Q1").defaultAsOf(MOSCOW)).isEqualTo(Instant.parse("2025-03-31T21:00:00Z"));
    }

    @Test
    void previousAndNext() {
        assertThat(ReportingPeriod.parse("2025-Q1").previous().label()).isEqualTo("2024-Q4");
        assertThat(ReportingPeriod.parse("2025-01").previous().label()).isEqualTo("2024-12");
        assertThat(ReportingPeriod.parse("2025").next().label()).isEqualTo("2026");
        assertThat(ReportingPeriod.parse("2025-01-01..2025-01-10").previous().label()).isEqualTo("2024-12-22..2024-12-31");
        assertThat(ReportingPeriod.parse("2025-Q4").next().label()).isEqualTo("2026-Q1");
    }

    /** Every instant belongs to exactly one month and one quarter of the period sequence, in several zones. */
    @Test
    void everyInstantIsInExactlyOneMonthAndOneQuarter() {
        List<ZoneId> zones = List.of(ZoneId.of("UTC"), MOSCOW, SAMARA, ZoneId.of("Asia/Kamchatka"),
                ZoneId.of("Europe/Kaliningrad"), ZoneId.of("America/St_Johns"), ZoneId.of("Pacific/Chatham"));
        long from = Instant.parse("2019-01-01T00:00:00Z").getEpochSecond();
        long to = Instant.parse("2031-01-01T00:00:00Z").getEpochSecond();
        qt().forAll(longs().between(from, to), integers().between(0, zones.size() - 1)).checkAssert((seconds, z) -> {
            Instant instant = Instant.ofEpochSecond(seconds);
            ZoneId zone = zones.get(z);
            ReportingPeriod year = ReportingPeriod.year(2017); // before every instant in every zone
            int quarters = 0;
            int months = 0;
            ReportingPeriod q = ReportingPeriod.quarter(2018, 1);
            ReportingPeriod m = ReportingPeriod.month(java.time.YearMonth.of(2018, 1));
            for (int i = 0; i < 4 * 15; i++, q = q.next()) {
                quarters += q.contains(instant, zone) ? 1 : 0;
            }
            for (int i = 0; i < 12 * 15; i++, m = m.next()) {
                months += m.contains(instant, zone) ? 1 : 0;
            }
            assertThat(quarters).isEqualTo(1);
            assertThat(months).isEqualTo(1);
            assertThat(year.contains(instant, zone)).isFalse();
        });
    }

    @Test
    void quarterOfAgreesWithContains() {
        qt().forAll(integers().between(0, 365 * 20)).checkAssert(day -> {
            LocalDate date = LocalDate.of(2015, 1, 1).plusDays(day);
            ReportingPeriod q = ReportingPeriod.quarterOf(date);
            assertThat(q.contains(date)).isTrue();
            assertThat(q.previous().contains(date)).isFalse();
            assertThat(q.next().contains(date)).isFalse();
            assertThat(ReportingPeriod.parse(q.label())).isEqualTo(q);
        });
    }
}
