package io.github.otklik.core.instrument;

/**
 * How much of one resource (time, budget or staff) the agency has, or an instrument needs
 * (уровень ресурса). Ordered: {@code LOW < MEDIUM < HIGH}.
 */
public enum ResourceLevel {
    /** Little: days rather than weeks, no dedicated budget, no one freed up. */
    LOW,
    /** Some: a few weeks, a modest budget, part of a person's time. */
    MEDIUM,
    /** Ample: months, a dedicated budget, people assigned to the work. */
    HIGH;

    /** How many levels {@code this} lacks to reach {@code needed}: 0, 1 or 2. */
    public int shortfallTo(ResourceLevel needed) {
        return Math.max(0, needed.ordinal() - ordinal());
    }
}
