package io.github.otklik.painmap;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where work on a pain point stands (статус). The lifecycle is
 * {@code IDENTIFIED → PLANNED → IN_PROGRESS → DONE → VERIFIED}; re-measurement may send a
 * {@code DONE} or {@code VERIFIED} point to {@code REOPENED}, from which work is planned or
 * resumed again. Every point of a newly built map is {@code IDENTIFIED}.
 */
public enum Status {
    /** Found in the evidence; nothing decided yet (выявлена). */
    IDENTIFIED,
    /** Measures are planned (запланированы мероприятия). */
    PLANNED,
    /** Measures are being implemented (в работе). */
    IN_PROGRESS,
    /** Measures are implemented, the effect not yet measured (выполнено). */
    DONE,
    /** A later measurement showed a significant improvement (подтверждено). */
    VERIFIED,
    /** A later measurement showed no significant improvement after the work was done (возобновлена). */
    REOPENED;

    /**
     * Whether a point may move from this status to {@code next}: IDENTIFIED → PLANNED,
     * PLANNED → IN_PROGRESS, IN_PROGRESS → DONE, DONE → VERIFIED or REOPENED, VERIFIED → REOPENED,
     * REOPENED → PLANNED or IN_PROGRESS. Staying in the same status is not a move ({@code false}).
     */
    public boolean canMoveTo(Status next) {
        return successors().contains(next);
    }

    /** The statuses this one may move to, in declaration order. */
    public Set<Status> successors() {
        return switch (this) {
            case IDENTIFIED -> EnumSet.of(PLANNED);
            case PLANNED -> EnumSet.of(IN_PROGRESS);
            case IN_PROGRESS -> EnumSet.of(DONE);
            case DONE -> EnumSet.of(VERIFIED, REOPENED);
            case VERIFIED -> EnumSet.of(REOPENED);
            case REOPENED -> EnumSet.of(PLANNED, IN_PROGRESS);
        };
    }

    /** Whether the work on the point has been completed: {@code DONE} or {@code VERIFIED}. */
    public boolean isWorkDone() {
        return this == DONE || this == VERIFIED;
    }
}
