package io.github.otklik.beam;

import io.github.otklik.metrics.report.InputCounts;
import io.github.otklik.metrics.report.InputSummary;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class TalliesTest {
    @Test
    void keysNameTheInputAndTheTally() {
        assertThat(Tallies.key(RecordInput.APPEALS, Tallies.READ)).isEqualTo("appeals.read");
        assertThat(Tallies.key(RecordInput.RESPONSES, Tallies.IN_PERIOD)).isEqualTo("responses.inPeriod");
    }

    @Test
    void acceptedIsReadLessRejectedAndAMissingTallyIsZero() {
        Map<String, Long> sums = Map.of("appeals.read", 10L, "appeals.rejected", 3L, "appeals.inPeriod", 6L, "processes.read", 4L);
        assertThat(Tallies.counts(sums, RecordInput.APPEALS)).isEqualTo(new InputCounts(10, 7, 3, 6));
        assertThat(Tallies.counts(sums, RecordInput.PROCESSES)).isEqualTo(new InputCounts(4, 4, 0, 0));
        assertThat(Tallies.counts(sums, RecordInput.RESPONSES)).isEqualTo(new InputCounts(0, 0, 0, 0));
    }

    @Test
    void theSummaryHasTheGivenInputsOnly() {
        Map<String, Long> sums = Map.of("appeals.read", 2L, "responses.read", 5L);
        InputSummary summary = Tallies.summary(sums, Set.of(RecordInput.APPEALS));
        assertThat(summary).isEqualTo(InputSummary.none().withAppeals(new InputCounts(2, 2, 0, 0)));
        assertThat(Tallies.summary(sums, Set.of())).isEqualTo(InputSummary.none());
    }
}
