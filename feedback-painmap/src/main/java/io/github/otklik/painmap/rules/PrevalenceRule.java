package io.github.otklik.painmap.rules;

import io.github.otklik.painmap.Level;

/**
 * Decides the prevalence (распространенность) of a pain point from the largest Wilson lower bound
 * L of its evidence. Implementations must be immutable and thread-safe, and {@link #level} must
 * not decrease as L grows.
 */
public interface PrevalenceRule {
    /** The two-sided critical value of the lower bounds, z = Φ⁻¹((1 + confidence)/2). */
    double z();

    /** The confidence level z was derived from (0.95 in the default rule set). */
    double confidence();

    /** A point whose largest n is below this has {@code lowEvidence: true}. */
    long minEvidence();

    /** The level of a pain point whose largest lower bound is {@code lowerBound}. */
    Level level(double lowerBound);

    /**
     * The smallest lower bound that reaches {@code level} (0 for {@code LOW}); explanations quote it
     * ("lower bound 0.257 ≥ 0.25").
     */
    double threshold(Level level);
}
