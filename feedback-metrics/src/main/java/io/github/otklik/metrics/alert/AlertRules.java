package io.github.otklik.metrics.alert;

import io.github.otklik.metrics.GroupKey;
import io.github.otklik.metrics.satisfaction.ScaleResult;
import io.github.otklik.metrics.stats.Normal;
import io.github.otklik.metrics.stats.Wilson;

import java.io.Serializable;
import java.util.Optional;

/**
 * When to raise an {@link Alert} for an extra survey round (seed 004): a satisfaction group whose
 * dissatisfied share has a Wilson 95% lower bound ≥ {@code dissatisfiedLowerBound} (with at least
 * {@code minAnswered} answers), or, with a previous period, an appeals group whose complaints grew
 * by ≥ {@code complaintsGrowth} (0.5 = +50 %) from at least {@code minComplaints}. Immutable.
 *
 * @param dissatisfiedLowerBound threshold for the lower bound of the dissatisfied share, in (0, 1]
 * @param minAnswered fewest overall answers for the satisfaction rule, at least 1
 * @param complaintsGrowth relative growth of complaints that fires the appeals rule, above 0
 * @param minComplaints fewest complaints in the previous period for the growth rule, at least 1
 */
public record AlertRules(double dissatisfiedLowerBound, long minAnswered, double complaintsGrowth, long minComplaints)
        implements Serializable {
    /** The defaults: lower bound ≥ 0.25 with ≥ 30 answers; complaints up ≥ 50 % from ≥ 5. */
    public static final AlertRules DEFAULT = new AlertRules(0.25, 30, 0.5, 5);

    /**
     * Checks ranges.
     *
     * @param complaintsGrowth relative growth of complaints that fires the appeals rule, above 0
     * @param dissatisfiedLowerBound threshold for the lower bound of the dissatisfied share, in (0, 1]
     * @param minAnswered fewest overall answers for the satisfaction rule, at least 1
     * @param minComplaints fewest complaints in the previous period for the growth rule, at least 1
     * @throws IllegalArgumentException when a threshold is out of its range
     */
    public AlertRules {
        if (!(dissatisfiedLowerBound > 0 && dissatisfiedLowerBound <= 1) || minAnswered < 1 || !(complaintsGrowth > 0) || minComplaints < 1) {
            throw new IllegalArgumentException("alert thresholds out of range: the lower bound must be in (0, 1], the growth above 0");
        }
    }

    /**
     * The satisfaction rule applied to a group's overall question.
     *
     * @param key the group
     * @param overall its overall figures
     * @return the alert, when the rule fires
     */
    public Optional<Alert> dissatisfied(GroupKey key, ScaleResult overall) {
        if (overall.answered() < minAnswered) {
            return Optional.empty();
        }
        double low = Wilson.lowerBound(overall.dissatisfied(), overall.answered(), Normal.Z95);
        return low >= dissatisfiedLowerBound
                ? Optional.of(new DissatisfiedShareAlert(key, overall.dissatisfied(), overall.answered(), low, dissatisfiedLowerBound))
                : Optional.empty();
    }

    /**
     * The appeals rule applied to a group's complaints in the period and the previous one.
     *
     * @param key the group
     * @param complaints complaints in the period
     * @param previousComplaints complaints in the previous period
     * @return the alert, when the rule fires
     */
    public Optional<Alert> complaintsGrowth(GroupKey key, long complaints, long previousComplaints) {
        if (previousComplaints < minComplaints) {
            return Optional.empty();
        }
        double growth = (double) (complaints - previousComplaints) / previousComplaints;
        return growth >= complaintsGrowth
                ? Optional.of(new ComplaintsGrowthAlert(key, complaints, previousComplaints, complaintsGrowth))
                : Optional.empty();
    }
}
