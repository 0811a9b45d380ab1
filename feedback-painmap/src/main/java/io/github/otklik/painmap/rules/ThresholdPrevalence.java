package io.github.otklik.painmap.rules;

import io.github.otklik.metrics.stats.Normal;
import io.github.otklik.painmap.Level;

/**
 * The prevalence rule of {@code otklik-painmap-rules/1}: HIGH when L ≥ {@code high}, MEDIUM when
 * L ≥ {@code medium}, else LOW, with L the Wilson lower bound at z = Φ⁻¹((1 + confidence)/2)
 * (exactly {@link Normal#Z95} for 0.95). Immutable.
 *
 * @param confidence the confidence level, 0 &lt; c &lt; 1
 * @param high the smallest L of HIGH
 * @param medium the smallest L of MEDIUM
 * @param minEvidence the smallest largest-n that is not low evidence, ≥ 0
 */
public record ThresholdPrevalence(double confidence, double high, double medium, long minEvidence) implements PrevalenceRule {
    /** @throws IllegalArgumentException when a value is out of range or not finite */
    public ThresholdPrevalence {
        if (!(confidence > 0 && confidence < 1)) {
            throw new IllegalArgumentException("prevalence.confidence must be in (0, 1): " + confidence);
        }
        if (!Double.isFinite(high) || !Double.isFinite(medium)) {
            throw new IllegalArgumentException("prevalence thresholds must be finite: high " + high + ", medium " + medium);
        }
        if (minEvidence < 0) {
            throw new IllegalArgumentException("prevalence.minEvidence must not be negative: " + minEvidence);
        }
    }

    @Override
    public double z() {
        return Normal.zForConfidence(confidence);
    }

    @Override
    public Level level(double lowerBound) {
        if (lowerBound >= high) {
            return Level.HIGH;
        }
        return lowerBound >= medium ? Level.MEDIUM : Level.LOW;
    }

    @Override
    public double threshold(Level level) {
        return switch (level) {
            case HIGH -> high;
            case MEDIUM -> medium;
            case LOW -> 0;
        };
    }
}
