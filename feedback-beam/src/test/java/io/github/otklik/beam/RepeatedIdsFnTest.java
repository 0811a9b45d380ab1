package io.github.otklik.beam;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The choice of the positions that lose an id, apart from the pipeline ({@link RepeatedIdsTest} runs it whole). */
class RepeatedIdsFnTest {
    private static Position at(String path, long line) {
        return new Position(path, path.substring(path.lastIndexOf('/') + 1), line);
    }

    @Test
    void anIdAcceptedOnceLosesNothing() {
        assertThat(RepeatedIdsFn.later(List.of(at("/d/a.csv", 2)))).isEmpty();
    }

    @Test
    void theFirstByPathThenLineKeepsTheIdWhateverTheArrivalOrder() {
        Position a2 = at("/d/a.csv", 2);
        Position a9 = at("/d/a.csv", 9);
        Position b1 = at("/d/b.csv", 1);
        Position c3 = at("/d/c.csv", 3);
        List<Position> expected = List.of(a9, b1, c3);
        assertThat(RepeatedIdsFn.later(List.of(c3, b1, a9, a2))).containsExactlyElementsOf(expected);
        assertThat(RepeatedIdsFn.later(List.of(a9, a2, c3, b1))).containsExactlyElementsOf(expected);
        assertThat(RepeatedIdsFn.later(List.of(a2, a9, b1, c3))).containsExactlyElementsOf(expected);
    }

    @Test
    void pathsOrderByCodeUnitsNotByName() {
        // "/d/Z.csv" sorts before "/d/a.csv" in code units; the file name alone would not decide
        Position upper = at("/d/Z.csv", 50);
        Position lower = at("/d/a.csv", 1);
        assertThat(RepeatedIdsFn.later(List.of(lower, upper))).containsExactly(lower);
    }
}
