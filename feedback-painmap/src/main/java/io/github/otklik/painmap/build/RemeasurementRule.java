package io.github.otklik.painmap.build;

import io.github.otklik.painmap.PainMap;
import io.github.otklik.painmap.PainPoint;
import io.github.otklik.painmap.ProcessCoverage;
import io.github.otklik.painmap.Status;
import io.github.otklik.painmap.evidence.Evidence;
import io.github.otklik.painmap.evidence.Proportion;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The re-measurement rule of {@code docs/painmap-rules.md} §3 (повторное измерение): whether the
 * data of a later map shows that the work on a point of an earlier one took effect, and the
 * status the point carries into the later map. Everything at the current map's rule set: its z
 * and {@code minEvidence}. Stateless; {@link PainMapBuilder#remeasure} is its public face.
 */
final class RemeasurementRule {
    private RemeasurementRule() {
    }

    /** The current map with the statuses carried over from {@code previous}, and one change per previous point, in its order. */
    static Remeasurement apply(PainMap previous, PainMap current) {
        Objects.requireNonNull(previous, "previous");
        Objects.requireNonNull(current, "current");
        double z = current.rules().prevalence().z();
        long minEvidence = current.rules().prevalence().minEvidence();
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < current.items().size(); i++) {
            PainPoint p = current.items().get(i);
            index.put(key(p), i);
        }
        List<PainPoint> items = new ArrayList<>(current.items());
        List<Remeasurement.Change> changes = new ArrayList<>();
        for (PainPoint before : previous.items()) {
            Integer at = index.get(key(before));
            Optional<PainPoint> now = at == null ? Optional.empty() : Optional.of(items.get(at));
            List<Proportion> measured = measurements(before, now,
                    current.coverage().getOrDefault(before.process(), ProcessCoverage.NONE), z);
            long largestN = measured.stream().mapToLong(Proportion::n).max().orElse(0);
            double upper = measured.stream().mapToDouble(p -> p.upperBound(z)).max().orElse(Double.NaN);
            boolean improved = improved(measured, minEvidence, z, before.lowerBound());
            boolean worsened = now.isPresent() && worsened(now.get().lowerBound(), before, z);
            Status after = next(before.status(), improved, worsened);
            if (at != null) {
                items.set(at, items.get(at).withStatus(after));
            }
            changes.add(new Remeasurement.Change(before.process(), before.problem(), before.status(), after, improved, worsened,
                    at != null, before.lowerBound(), measured.isEmpty() ? Optional.empty() : Optional.of(upper), largestN));
        }
        return new Remeasurement(current.withItems(items), changes);
    }

    private static String key(PainPoint p) {
        return p.process() + '\u0000' + p.problem();
    }

    /**
     * The point's current measurements: the measured evidence of {@code now}, the same point in
     * the current map; when there is none, 0 of n for each source {@code before} was measured by,
     * with n what the current map had for that source in that process (none when it had nothing).
     */
    static List<Proportion> measurements(PainPoint before, Optional<PainPoint> now, ProcessCoverage coverage, double z) {
        List<Proportion> out = new ArrayList<>();
        if (now.isPresent()) {
            for (Evidence e : now.get().evidence()) {
                e.proportion().ifPresent(out::add);
            }
            return out;
        }
        for (Evidence e : before.evidence()) {
            long n = e.proportion().isPresent() ? coverage.n(e.source(), before.problem()) : 0;
            if (n >= 1) {
                out.add(Proportion.of(0, n, z));
            }
        }
        return out;
    }

    /**
     * Improved: there is a current measurement, the largest n is at least {@code minEvidence}, and
     * every current Wilson upper bound is below L₀, so the current intervals lie wholly below the
     * previous one. A point never measured (L₀ = 0) cannot improve.
     */
    static boolean improved(List<Proportion> current, long minEvidence, double z, double previousLowerBound) {
        if (current.isEmpty()) {
            return false;
        }
        long largestN = current.stream().mapToLong(Proportion::n).max().orElseThrow();
        double upper = current.stream().mapToDouble(p -> p.upperBound(z)).max().orElseThrow();
        return largestN >= minEvidence && upper < previousLowerBound;
    }

    /** Worsened: the current lower bound is above U₀, the largest upper bound of the previous point's measured evidence (never when it had none). */
    static boolean worsened(double currentLowerBound, PainPoint before, double z) {
        double previousUpper = before.evidence().stream().flatMap(e -> e.proportion().stream())
                .mapToDouble(p -> p.upperBound(z)).max().orElse(Double.NaN);
        return currentLowerBound > previousUpper;
    }

    /** The status table: DONE → VERIFIED when improved, else REOPENED; VERIFIED → REOPENED when worsened, else VERIFIED; any other unchanged. */
    static Status next(Status before, boolean improved, boolean worsened) {
        return switch (before) {
            case DONE -> improved ? Status.VERIFIED : Status.REOPENED;
            case VERIFIED -> worsened ? Status.REOPENED : Status.VERIFIED;
            default -> before;
        };
    }
}
