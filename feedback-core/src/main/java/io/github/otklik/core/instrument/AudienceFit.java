package io.github.otklik.core.instrument;

/**
 * Whether an instrument applies to one audience ({@link io.github.otklik.core.client.ClientKind}),
 * with the adjustment it makes to a recommendation's score.
 */
public enum AudienceFit {
    /** Especially suited to the audience (e.g. anonymous online surveys of staff); adds 2. */
    PREFERRED(2),
    /** Usable with the audience; adds 0. */
    APPLICABLE(0),
    /**
     * Does not reach the audience (e.g. «Ваш контроль» ratings of internal clients); subtracts 100,
     * which puts the instrument below every applicable one. It is still listed: Otklik never forbids.
     */
    NOT_APPLICABLE(-100);

    private final int adjustment;

    AudienceFit(int adjustment) {
        this.adjustment = adjustment;
    }

    /**
     * The points this fit adds to (or, when negative, subtracts from) a score.
     *
     * @return the points this fit adds to (or, when negative, subtracts from) a score
     */
    public int adjustment() {
        return adjustment;
    }
}
