package io.github.otklik.metrics.alert;

import io.github.otklik.metrics.GroupKey;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Many dissatisfied answers in a satisfaction group: the Wilson 95% lower bound of the
 * dissatisfied share is at least the rule's threshold.
 *
 * @param key the satisfaction group
 * @param dissatisfied dissatisfied answers of the overall question
 * @param answered answers of the overall question
 * @param lowerBound Wilson 95% lower bound of dissatisfied / answered
 * @param threshold the rule's threshold for the lower bound
 */
public record DissatisfiedShareAlert(GroupKey key, long dissatisfied, long answered, double lowerBound, double threshold)
        implements Alert {
    /** The rule's wire name. */
    public static final String RULE = "dissatisfied-share";

    /**
     * Checks non-null and that there are answers.
     *
     * @param answered answers of the overall question
     * @param dissatisfied dissatisfied answers of the overall question
     * @param key the satisfaction group
     * @param lowerBound Wilson 95% lower bound of dissatisfied / answered
     * @param threshold the rule's threshold for the lower bound
     */
    public DissatisfiedShareAlert {
        Objects.requireNonNull(key, "key");
        if (answered < 1 || dissatisfied < 0 || dissatisfied > answered) {
            throw new IllegalArgumentException("dissatisfied must be within 0.." + answered);
        }
    }

    /**
     * dissatisfied / answered.
     *
     * @return the dissatisfied share
     */
    public double dissatisfiedShare() {
        return (double) dissatisfied / answered;
    }

    @Override
    public String rule() {
        return RULE;
    }

    @Override
    public String section() {
        return "satisfaction";
    }

    @Override
    public Map<String, Double> figures() {
        Map<String, Double> f = new LinkedHashMap<>();
        f.put("dissatisfied", (double) dissatisfied);
        f.put("answered", (double) answered);
        f.put("dissatisfiedShare", dissatisfiedShare());
        f.put("lowerBound", lowerBound);
        f.put("threshold", threshold);
        return java.util.Collections.unmodifiableMap(f);
    }

    @Override
    public String message() {
        return String.format(Locale.ROOT,
                "%d of %d answers dissatisfied (%.1f%%, 95%% lower bound %.3f ≥ %.3f): hold an extra round of feedback collection",
                dissatisfied, answered, 100.0 * dissatisfied / answered, lowerBound, threshold);
    }
}
