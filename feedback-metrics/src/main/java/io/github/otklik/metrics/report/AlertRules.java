package io.github.otklik.metrics.report;

/**
 * When to raise an {@link Alert} for an extra survey round (seed 004): a satisfaction group whose
 * dissatisfied share has a Wilson 95% lower bound ≥ {@code dissatisfiedLowerBound} (with at least
 * {@code minAnswered} answers), or, with a previous period, an appeals group whose complaints grew
 * by ≥ {@code complaintsGrowth} (0.5 = +50 %) from at least {@code minComplaints}.
 *
 * @param dissatisfiedLowerBound threshold for the lower bound of the dissatisfied share
 * @param minAnswered fewest overall answers for the satisfaction rule
 * @param complaintsGrowth relative growth of complaints that fires the appeals rule
 * @param minComplaints fewest complaints in the previous period for the growth rule
 */
public record AlertRules(double dissatisfiedLowerBound, long minAnswered, double complaintsGrowth, long minComplaints) {
    /** The defaults: lower bound ≥ 0.25 with ≥ 30 answers; complaints up ≥ 50 % from ≥ 5. */
    public static final AlertRules DEFAULT = new AlertRules(0.25, 30, 0.5, 5);

    /** Checks ranges. */
    public AlertRules {
        if (!(dissatisfiedLowerBound > 0 && dissatisfiedLowerBound <= 1) || minAnswered < 1 || !(complaintsGrowth > 0) || minComplaints < 1) {
            throw new IllegalArgumentException("alert thresholds out of range");
        }
    }
}
