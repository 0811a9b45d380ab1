package io.github.otklik.bench;

import io.github.otklik.metrics.Dimension;
import io.github.otklik.metrics.report.MetricsReport;
import io.github.otklik.metrics.report.SatisfactionGroup;
import io.github.otklik.metrics.satisfaction.SatisfactionFigures;
import io.github.otklik.metrics.satisfaction.ScaleResult;

import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The answer every satisfaction benchmark computes, whoever computes it: per {@code process|channel}
 * group, the number of responses and the counts of the overall question. The correctness checks
 * of the benchmark setups compare these, so that no benchmark compares different work.
 *
 * @param responses responses in the group
 * @param answered integer answers to the overall question
 * @param dontKnow "dk" answers
 * @param satisfied answers ≥ 4
 * @param dissatisfied answers ≤ 2
 * @param sum sum of the integer answers
 */
public record Overall(long responses, long answered, long dontKnow, long satisfied, long dissatisfied, long sum) {
    /** The group key of a process and a channel. */
    public static String key(String process, String channel) {
        return process + "|" + channel;
    }

    /** The per-group overall counts of an Otklik report grouped by process and channel (total group left out). */
    public static Map<String, Overall> of(MetricsReport report) {
        Map<String, Overall> out = new TreeMap<>();
        for (SatisfactionGroup g : report.satisfaction()) {
            if (g.key().isTotal()) {
                continue;
            }
            SatisfactionFigures f = g.figures().figure().orElseThrow();
            ScaleResult o = f.overall();
            out.put(key(g.key().value(Dimension.PROCESS), g.key().value(Dimension.CHANNEL)),
                    new Overall(f.responses(), o.answered(), o.dontKnow(), o.satisfied(), o.dissatisfied(), o.sum()));
        }
        return out;
    }

    /**
     * Checks that {@code actual} (a baseline's answer) equals {@code expected} (Otklik's) in every
     * group, on the fields the baseline computes ({@code -1} in {@code actual} = not computed).
     *
     * @throws IllegalStateException when they differ
     */
    public static void requireSame(String who, Map<String, Overall> expected, Map<String, Overall> actual) {
        if (expected.isEmpty()) {
            throw new IllegalStateException("Otklik computed no group");
        }
        Map<String, Overall> a = new TreeMap<>(actual);
        if (!expected.keySet().equals(a.keySet())) {
            throw new IllegalStateException(who + ": groups differ from Otklik's: " + a.keySet() + " vs " + expected.keySet());
        }
        for (Map.Entry<String, Overall> e : expected.entrySet()) {
            Overall x = e.getValue();
            Overall y = a.get(e.getKey());
            if (!same(x.responses, y.responses) || !same(x.answered, y.answered) || !same(x.dontKnow, y.dontKnow)
                    || !same(x.satisfied, y.satisfied) || !same(x.dissatisfied, y.dissatisfied) || !same(x.sum, y.sum)) {
                throw new IllegalStateException(who + ": group " + e.getKey() + " is " + y + ", Otklik says " + x);
            }
        }
    }

    private static boolean same(long otklik, long baseline) {
        return baseline == -1 || Objects.equals(otklik, baseline);
    }
}
