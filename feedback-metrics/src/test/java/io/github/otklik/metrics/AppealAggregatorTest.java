package io.github.otklik.metrics;

import io.github.otklik.core.appeal.Appeal;
import io.github.otklik.core.appeal.AppealKind;
import io.github.otklik.core.appeal.AppealOutcome;
import io.github.otklik.metrics.appeal.AppealAggregator;
import io.github.otklik.metrics.appeal.AppealFigures;
import io.github.otklik.metrics.stats.ParetoEntry;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import static io.github.otklik.metrics.Fixtures.appeal;
import static org.assertj.core.api.Assertions.assertThat;

class AppealAggregatorTest {
    private static final ZoneId SAMARA = ZoneId.of("Europe/Samara");
    private static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");

    private static AppealFigures figures(ZoneId zone, LocalDate asOf, Appeal... appeals) {
        return List.of(appeals).stream().collect(new AppealAggregator(zone, asOf).collector());
    }

    @Test
    void waitDaysAreCalendarDaysBetweenLocalDates() {
        // registered 00:30 on 11 Jan in Samara (23:30 on 10 Jan in Moscow), answered 23:00 / 22:00 on 12 Jan
        Appeal a = appeal("p", AppealKind.APPEAL, null, "2025-01-10T20:30:00Z", "2025-01-12T19:00:00Z", null, AppealOutcome.EXPLAINED);
        assertThat(figures(SAMARA, LocalDate.of(2025, 4, 1), a).waitDays().get().max()).isEqualTo(1);
        assertThat(figures(MOSCOW, LocalDate.of(2025, 4, 1), a).waitDays().get().max()).isEqualTo(2);
    }

    @Test
    void anAnswerOnTheDueDateIsOnTimeAndOpenAppealsPastDueAreOverdue() {
        LocalDate asOf = LocalDate.of(2025, 4, 1);
        AppealFigures f = figures(MOSCOW, asOf,
                // due 10 Feb, answered 10 Feb (local) → on time
                appeal("p", AppealKind.APPEAL, null, "2025-02-01T09:00:00Z", "2025-02-10T20:59:00Z", "2025-02-10", null),
                // due 10 Feb, answered 11 Feb 00:30 Moscow → overdue
                appeal("p", AppealKind.APPEAL, null, "2025-02-01T09:00:00Z", "2025-02-10T21:30:00Z", "2025-02-10", null),
                // default due: registered 1 Feb + 30 = 3 Mar; answered 3 Mar → on time
                appeal("p", AppealKind.APPEAL, null, "2025-02-01T09:00:00Z", "2025-03-03T09:00:00Z", null, null),
                // open, default due 2 Mar < 1 Apr → overdue
                appeal("p", AppealKind.COMPLAINT, "queue", "2025-01-31T09:00:00Z", null, null, null),
                // open, default due 30 Apr ≥ asOf → not overdue
                appeal("p", AppealKind.COMPLAINT, "queue", "2025-03-31T09:00:00Z", null, null, null),
                // open, explicit due 31 Mar < 1 Apr → overdue
                appeal("p", AppealKind.REQUEST, "docs", "2025-03-20T09:00:00Z", null, "2025-03-31", null));
        assertThat(f.total()).isEqualTo(6);
        assertThat(f.answered()).isEqualTo(3);
        assertThat(f.open()).isEqualTo(3);
        assertThat(f.overdue()).isEqualTo(3);
        assertThat(f.overdueShare().getAsDouble()).isEqualTo(0.5);
        // wait days 9, 10, 30 → mean 49/3, p50 = 2nd smallest = 10, p90 = ⌈2.7⌉ = 3rd = 30
        AppealFigures.WaitDays w = f.waitDays().get();
        assertThat(w.mean()).isEqualTo(49.0 / 3);
        assertThat(w.p50()).isEqualTo(10);
        assertThat(w.p90()).isEqualTo(30);
        assertThat(w.max()).isEqualTo(30);
    }

    @Test
    void complaintsAndReasons() {
        AppealFigures f = figures(MOSCOW, LocalDate.of(2025, 4, 1),
                appeal("p", AppealKind.COMPLAINT, "queue", "2025-02-01T09:00:00Z", "2025-02-02T09:00:00Z", null, AppealOutcome.RESOLVED),
                appeal("p", AppealKind.COMPLAINT, "queue", "2025-02-01T09:00:00Z", "2025-02-02T09:00:00Z", null, AppealOutcome.REFUSED),
                appeal("p", AppealKind.COMPLAINT, "docs", "2025-02-01T09:00:00Z", "2025-02-02T09:00:00Z", null, AppealOutcome.REFUSED),
                appeal("p", AppealKind.COMPLAINT, null, "2025-02-01T09:00:00Z", null, null, null),
                appeal("p", AppealKind.APPEAL, "docs", "2025-02-01T09:00:00Z", null, null, null),
                appeal("p", AppealKind.APPEAL, "a-rare", "2025-02-01T09:00:00Z", null, null, null),
                appeal("p", AppealKind.APPEAL, "docs", "2025-02-01T09:00:00Z", null, null, null));
        assertThat(f.complaints()).isEqualTo(4);
        assertThat(f.resolvedShare().getAsDouble()).isEqualTo(0.25);
        assertThat(f.refusedShare().getAsDouble()).isEqualTo(0.5);
        assertThat(f.reasons()).containsExactly(
                new ParetoEntry("docs", 3, 3.0 / 7, 3.0 / 7),
                new ParetoEntry("queue", 2, 2.0 / 7, 5.0 / 7),
                new ParetoEntry("a-rare", 1, 1.0 / 7, 6.0 / 7));
        assertThat(f.reasonComplaints()).containsExactly(1L, 2L, 0L);
        assertThat(f.byKind()).containsExactly(java.util.Map.entry("APPEAL", 3L), java.util.Map.entry("COMPLAINT", 4L));
        assertThat(f.byTopic()).containsExactly(java.util.Map.entry("UNSPECIFIED", 7L));
    }

    @Test
    void emptyInputHasNoShares() {
        AppealFigures f = figures(MOSCOW, LocalDate.of(2025, 4, 1));
        assertThat(f.total()).isZero();
        assertThat(f.waitDays()).isEmpty();
        assertThat(f.overdueShare()).isEmpty();
        assertThat(f.resolvedShare()).isEmpty();
        assertThat(f.reasons()).isEmpty();
    }
}
