package io.github.otklik.core.period;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.zone.ZoneOffsetTransition;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

/** {@link LocalDays} gives {@code LocalDate.ofInstant(…).toEpochDay()} for every instant, in any order. */
class LocalDaysTest {
    private static final List<ZoneId> ZONES = List.of(ZoneId.of("Europe/Moscow"), ZoneId.of("Europe/Samara"),
            ZoneId.of("Asia/Kamchatka"), ZoneId.of("Europe/Berlin"), ZoneId.of("America/New_York"), ZoneId.of("Australia/Lord_Howe"),
            ZoneId.of("UTC"));

    @Test
    void equalsLocalDateOfInstantForRandomInstants() {
        for (ZoneId zone : ZONES) {
            LocalDays days = new LocalDays(zone); // one instance: its window moves back and forth
            qt().withExamples(2_000).forAll(longs().between(-2_000_000_000L, 4_000_000_000L), longs().between(0, 999_999_999))
                    .checkAssert((s, nanos) -> {
                        Instant at = Instant.ofEpochSecond(s, nanos);
                        assertThat(days.of(at)).as("%s in %s", at, zone).isEqualTo(LocalDate.ofInstant(at, zone).toEpochDay());
                    });
        }
    }

    @Test
    void equalsLocalDateOfInstantAroundEveryTransition() {
        for (ZoneId zone : ZONES) {
            LocalDays days = new LocalDays(zone);
            List<Instant> instants = new ArrayList<>();
            for (ZoneOffsetTransition t : zone.getRules().getTransitions()) {
                for (long d : new long[] {-86_401, -3_601, -1, 0, 1, 3_599, 86_399}) {
                    instants.add(t.getInstant().plusSeconds(d));
                    instants.add(t.getInstant().plusSeconds(d).plusNanos(500_000_000));
                }
            }
            for (int pass = 0; pass < 2; pass++) { // forwards, then backwards
                for (Instant at : instants) {
                    assertThat(days.of(at)).as("%s in %s", at, zone).isEqualTo(LocalDate.ofInstant(at, zone).toEpochDay());
                    assertThat(days.dateOf(at)).isEqualTo(LocalDate.ofInstant(at, zone));
                }
                java.util.Collections.reverse(instants);
            }
        }
    }
}
