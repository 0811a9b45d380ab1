package io.github.otklik.painmap;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import java.util.EnumSet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StatusTest {
    @ParameterizedTest
    @CsvSource({
            "IDENTIFIED, PLANNED", "PLANNED, IN_PROGRESS", "IN_PROGRESS, DONE", "DONE, VERIFIED", "DONE, REOPENED",
            "VERIFIED, REOPENED", "REOPENED, PLANNED", "REOPENED, IN_PROGRESS"})
    void allowedMoves(Status from, Status to) {
        assertThat(from.canMoveTo(to)).isTrue();
    }

    @Test
    void everyOtherMoveIsRefused() {
        int allowed = 0;
        for (Status from : Status.values()) {
            for (Status to : Status.values()) {
                allowed += from.canMoveTo(to) ? 1 : 0;
                if (from == to) {
                    assertThat(from.canMoveTo(to)).isFalse();
                }
            }
        }
        assertThat(allowed).isEqualTo(8);
        assertThat(Status.IDENTIFIED.successors()).isEqualTo(EnumSet.of(Status.PLANNED));
    }

    @Test
    void aPointMovesAlongTheLifecycleOnly() {
        PainMap map = io.github.otklik.painmap.build.PainMapBuilder.from(TestReport.q1().problem("svc-1", "queue", 120, 400).build()).build();
        PainMap planned = map.withStatus("svc-1", "queue", Status.PLANNED);
        assertThat(planned.items().get(0).status()).isEqualTo(Status.PLANNED);
        assertThat(map.items().get(0).status()).isEqualTo(Status.IDENTIFIED);
        assertThatThrownBy(() -> map.withStatus("svc-1", "queue", Status.DONE)).isInstanceOf(IllegalStateException.class)
                .hasMessage("pain point svc-1/queue cannot move from IDENTIFIED to DONE (allowed: [PLANNED])");
        assertThatThrownBy(() -> map.withStatus("svc-1", "nope", Status.PLANNED)).isInstanceOf(IllegalArgumentException.class);
    }
}
