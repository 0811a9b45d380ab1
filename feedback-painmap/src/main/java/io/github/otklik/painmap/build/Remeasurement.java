package io.github.otklik.painmap.build;

import io.github.otklik.painmap.PainMap;
import io.github.otklik.painmap.Status;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The result of {@link PainMapBuilder#remeasure}: the current map with statuses carried over, and
 * what happened to every point of the previous map. Immutable.
 *
 * @param map the current map, statuses updated
 * @param changes one record per previous point, in the previous map's order
 */
public record Remeasurement(PainMap map, List<Change> changes) {
    /** Copies the list. */
    public Remeasurement {
        Objects.requireNonNull(map, "map");
        changes = List.copyOf(changes);
    }

    /**
     * What re-measurement found for one previous point.
     *
     * @param process process id
     * @param problem problem code
     * @param before the previous status
     * @param after the status now
     * @param improved whether the current measurements lie significantly below the previous lower bound
     * @param worsened whether the current lower bound lies above the previous upper bound
     * @param stillPresent whether the current map has the point
     * @param previousLowerBound L₀, the previous point's lower bound
     * @param currentUpperBound the largest Wilson upper bound of the current measurements, when any
     * @param currentN the largest current n (0 when nothing was measured)
     */
    public record Change(String process, String problem, Status before, Status after, boolean improved, boolean worsened, boolean stillPresent,
            double previousLowerBound, Optional<Double> currentUpperBound, long currentN) {
        /** Checks non-null parts. */
        public Change {
            Objects.requireNonNull(process, "process");
            Objects.requireNonNull(problem, "problem");
            Objects.requireNonNull(before, "before");
            Objects.requireNonNull(after, "after");
            Objects.requireNonNull(currentUpperBound, "currentUpperBound");
        }
    }
}
