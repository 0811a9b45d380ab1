package io.github.otklik.metrics.alert;

import io.github.otklik.metrics.GroupKey;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Complaints of an appeals group grew on the previous period by at least the rule's threshold.
 *
 * @param key the appeals group
 * @param complaints complaints in the period
 * @param previousComplaints complaints in the previous period
 * @param threshold the rule's relative growth (0.5 = +50 %)
 */
public record ComplaintsGrowthAlert(GroupKey key, long complaints, long previousComplaints, double threshold) implements Alert {
    /** The rule's wire name. */
    public static final String RULE = "complaints-growth";

    /**
     * Checks non-null and that the previous period had complaints.
     *
     * @param complaints complaints in the period
     * @param key the appeals group
     * @param previousComplaints complaints in the previous period
     * @param threshold the rule's relative growth (0.5 = +50 %)
     */
    public ComplaintsGrowthAlert {
        Objects.requireNonNull(key, "key");
        if (previousComplaints < 1 || complaints < 0) {
            throw new IllegalArgumentException("growth needs complaints in the previous period");
        }
    }

    /**
     * (complaints − previousComplaints) / previousComplaints.
     *
     * @return the relative growth
     */
    public double growth() {
        return (double) (complaints - previousComplaints) / previousComplaints;
    }

    @Override
    public String rule() {
        return RULE;
    }

    @Override
    public String section() {
        return "appeals";
    }

    @Override
    public Map<String, Double> figures() {
        Map<String, Double> f = new LinkedHashMap<>();
        f.put("complaints", (double) complaints);
        f.put("previousComplaints", (double) previousComplaints);
        f.put("growth", growth());
        f.put("threshold", threshold);
        return java.util.Collections.unmodifiableMap(f);
    }

    @Override
    public String message() {
        return String.format(Locale.ROOT, "complaints rose from %d to %d (+%.0f%% ≥ +%.0f%%): hold an extra round of feedback collection",
                previousComplaints, complaints, 100 * growth(), 100 * threshold);
    }
}
