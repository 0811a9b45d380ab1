package io.github.otklik.painmap.rules;

/**
 * The volume adjustment of impact: with affected = L × annualVolume (clients a year who meet the
 * problem, by its lower bound), raise impact one level when affected ≥ {@code raiseAt}, otherwise
 * lower it one level when affected &lt; {@code lowerBelow}; levels stop at HIGH and LOW.
 * Immutable.
 *
 * @param raiseAt affected clients from which impact is raised
 * @param lowerBelow affected clients below which impact is lowered
 */
public record VolumeAdjustment(double raiseAt, double lowerBelow) {
    /** @throws IllegalArgumentException when a threshold is NaN */
    public VolumeAdjustment {
        if (Double.isNaN(raiseAt) || Double.isNaN(lowerBelow)) {
            throw new IllegalArgumentException("volume thresholds must be numbers: raiseAt " + raiseAt + ", lowerBelow " + lowerBelow);
        }
    }

    /** +1 (raise) when affected ≥ raiseAt, else −1 (lower) when affected &lt; lowerBelow, else 0. */
    public int steps(double affected) {
        if (affected >= raiseAt) {
            return 1;
        }
        return affected < lowerBelow ? -1 : 0;
    }
}
