package io.github.otklik.core.instrument;

/**
 * How well an instrument serves one {@link Purpose} (соответствие цели), with the weight it adds
 * to a recommendation's score.
 */
public enum PurposeFit {
    /** Serves the purpose directly; weight 6. */
    STRONG(6),
    /** Serves the purpose in part or as a supplement; weight 3. */
    PARTIAL(3),
    /** Rarely answers the purpose's question; weight 0. */
    WEAK(0);

    private final int weight;

    PurposeFit(int weight) {
        this.weight = weight;
    }

    /**
     * The points this fit adds to a score.
     *
     * @return the points this fit adds to a score
     */
    public int weight() {
        return weight;
    }
}
