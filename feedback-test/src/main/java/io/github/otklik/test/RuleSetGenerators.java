package io.github.otklik.test;

import io.github.otklik.painmap.Level;
import io.github.otklik.painmap.evidence.Evidence;
import io.github.otklik.painmap.evidence.Proportion;
import io.github.otklik.painmap.evidence.Source;
import io.github.otklik.painmap.rules.MatrixPriority;
import io.github.otklik.painmap.rules.PeriodDeadlines;
import io.github.otklik.painmap.rules.RuleSet;
import io.github.otklik.painmap.rules.SourceImpact;
import io.github.otklik.painmap.rules.ThresholdPrevalence;
import io.github.otklik.painmap.rules.VolumeAdjustment;
import io.github.otklik.metrics.stats.Normal;

import java.time.Period;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.random.RandomGenerator;

/**
 * Generators of pain-map rule sets and evidence. The priority matrices are a finite lattice
 * (3^9 = 19,683 matrices), so {@link #everyMatrix()} and {@link #everyMonotoneMatrix()} enumerate
 * them exhaustively; random rule sets draw from the monotone ones. Immutable and thread-safe.
 */
public final class RuleSetGenerators {
    private static final Level[] LEVELS = {Level.LOW, Level.MEDIUM, Level.HIGH};
    private static final List<Map<Level, Map<Level, Level>>> MONOTONE = monotone();

    private RuleSetGenerators() {
    }

    /**
     * Every one of the 19,683 complete 3×3 matrices, in a fixed order.
     *
     * @return every one of the 19,683 complete 3×3 matrices, in a fixed order
     */
    public static List<Map<Level, Map<Level, Level>>> everyMatrix() {
        List<Map<Level, Map<Level, Level>>> out = new ArrayList<>(19_683);
        for (int code = 0; code < 19_683; code++) {
            out.add(matrix(code));
        }
        return out;
    }

    /**
     * Every complete matrix in which raising prevalence or impact never lowers priority.
     *
     * @return every complete matrix in which raising prevalence or impact never lowers priority
     */
    public static List<Map<Level, Map<Level, Level>>> everyMonotoneMatrix() {
        return MONOTONE;
    }

    /** A valid (total and monotone) rule set with random thresholds, matrix and deadlines. */
    public static RuleSet ruleSet(RandomGenerator r) {
        double medium = 0.02 + 0.2 * r.nextDouble();
        double high = medium + 0.3 * r.nextDouble();
        double confidence = List.of(0.8, 0.9, 0.95, 0.99).get(r.nextInt(4));
        Map<Source, Level> bySource = new EnumMap<>(Source.class);
        for (Source s : Source.values()) {
            if (s != Source.SURVEY_ASPECT && r.nextInt(5) > 0) {
                bySource.put(s, LEVELS[r.nextInt(3)]);
            }
        }
        double aspectHigh = 1.5 + 1.5 * r.nextDouble();
        SourceImpact impact = new SourceImpact(bySource, 0.2 + 0.6 * r.nextDouble(), aspectHigh, aspectHigh + r.nextDouble() * 1.5,
                r.nextBoolean() ? Optional.of(new VolumeAdjustment(1_000 + r.nextInt(20_000), 10 + r.nextInt(200))) : Optional.empty());
        Map<Level, Map<Level, Level>> matrix = MONOTONE.get(r.nextInt(MONOTONE.size()));
        Set<Source> mandatory = r.nextBoolean() ? Set.of(Source.LEGAL_DEADLINE) : Set.of();
        int low = 180 + r.nextInt(365);
        int mid = 30 + r.nextInt(low - 30);
        int hi = 7 + r.nextInt(mid - 6);
        PeriodDeadlines deadlines = new PeriodDeadlines(Map.of(Level.HIGH, Period.ofDays(hi), Level.MEDIUM, Period.ofDays(mid),
                Level.LOW, Period.ofDays(low)));
        return new RuleSet("generated-" + Long.toHexString(r.nextLong() & 0xffffffL),
                new ThresholdPrevalence(confidence, high, medium, 10 + r.nextInt(50)), impact, new MatrixPriority(matrix, mandatory), deadlines);
    }

    /** A measured evidence item of a random source with x of n, at the default z. */
    public static Evidence evidence(RandomGenerator r) {
        long n = 1 + r.nextInt(2_000);
        long x = r.nextLong(n + 1);
        Proportion p = Proportion.of(x, n, Normal.Z95);
        return switch (r.nextInt(5)) {
            case 0 -> new Evidence.SurveyProblem(p);
            case 1 -> new Evidence.SurveyAspect(p, "aspect-" + r.nextInt(5), 1 + 4 * r.nextDouble());
            case 2 -> new Evidence.Appeals(p, r.nextLong(x + 1));
            case 3 -> new Evidence.ProcessNegative(p);
            default -> new Evidence.LegalDeadline(p);
        };
    }

    private static Map<Level, Map<Level, Level>> matrix(int code) {
        Map<Level, Map<Level, Level>> m = new EnumMap<>(Level.class);
        int c = code;
        for (Level p : LEVELS) {
            Map<Level, Level> row = new EnumMap<>(Level.class);
            for (Level i : LEVELS) {
                row.put(i, LEVELS[c % 3]);
                c /= 3;
            }
            m.put(p, row);
        }
        return m;
    }

    private static List<Map<Level, Map<Level, Level>>> monotone() {
        List<Map<Level, Map<Level, Level>>> out = new ArrayList<>();
        for (int code = 0; code < 19_683; code++) {
            Map<Level, Map<Level, Level>> m = matrix(code);
            if (isMonotone(m)) {
                out.add(m);
            }
        }
        return List.copyOf(out);
    }

    private static boolean isMonotone(Map<Level, Map<Level, Level>> m) {
        for (int p = 0; p < 3; p++) {
            for (int i = 0; i < 3; i++) {
                Level here = m.get(LEVELS[p]).get(LEVELS[i]);
                if (p < 2 && m.get(LEVELS[p + 1]).get(LEVELS[i]).compareTo(here) < 0) {
                    return false;
                }
                if (i < 2 && m.get(LEVELS[p]).get(LEVELS[i + 1]).compareTo(here) < 0) {
                    return false;
                }
            }
        }
        return true;
    }
}
