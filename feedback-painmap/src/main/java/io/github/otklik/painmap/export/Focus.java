package io.github.otklik.painmap.export;

import io.github.otklik.painmap.Level;
import io.github.otklik.painmap.PainPoint;
import io.github.otklik.painmap.evidence.Evidence;

import java.util.Objects;
import java.util.Optional;

/**
 * Which pain points a human view (HTML, Markdown, the report's section) lists row by row; the others
 * are folded into a count with a pointer to the full export (JSON and CSV always keep every point).
 * A point is listed when its priority is at least {@code minPriority} and it rests on at least
 * {@code minEvidence} mentions: the largest x of its measured evidence (respondents who chose the
 * problem or rated the aspect low, appeals, negative results, overdue appeals, matching texts, an
 * analyst's x). An analyst's entry with no figures is always listed: someone put it there. Immutable.
 *
 * @param minPriority the lowest priority listed
 * @param minEvidence the fewest mentions a listed point rests on, ≥ 0 (0 and 1 list every measured point)
 */
public record Focus(Level minPriority, long minEvidence) {
    /** The human views' default: HIGH and MEDIUM points, whatever their evidence. */
    public static final Focus DEFAULT = new Focus(Level.MEDIUM, 0);
    /** Every point. */
    public static final Focus ALL = new Focus(Level.LOW, 0);

    /**
     * Checks the parts.
     *
     * @param minPriority the lowest priority listed
     * @param minEvidence the fewest mentions, ≥ 0
     * @throws IllegalArgumentException when minEvidence &lt; 0
     */
    public Focus {
        Objects.requireNonNull(minPriority, "minPriority");
        if (minEvidence < 0) {
            throw new IllegalArgumentException("minEvidence must be ≥ 0: " + minEvidence);
        }
    }

    /**
     * Whether {@code p}'s priority is below {@code minPriority}.
     *
     * @param p a point
     * @return true when the priority alone folds it
     */
    public boolean belowPriority(PainPoint p) {
        return p.priority().compareTo(minPriority) < 0;
    }

    /**
     * Whether {@code p} rests on fewer than {@code minEvidence} mentions ({@link #mentions}).
     *
     * @param p a point
     * @return true when its evidence folds it
     */
    public boolean belowEvidence(PainPoint p) {
        return mentions(p).map(x -> x < minEvidence).orElse(false);
    }

    /**
     * Whether a view lists {@code p} row by row.
     *
     * @param p a point
     * @return true when neither its priority nor its evidence folds it
     */
    public boolean shows(PainPoint p) {
        return !belowPriority(p) && !belowEvidence(p);
    }

    /**
     * How many mentions {@code p} rests on: the largest x of its measured evidence.
     *
     * @param p a point
     * @return the largest x, or empty when nothing was measured (an analyst's entry without figures)
     */
    public static Optional<Long> mentions(PainPoint p) {
        long best = -1;
        for (Evidence e : p.evidence()) {
            if (e.proportion().isPresent()) {
                best = Math.max(best, e.proportion().get().x());
            }
        }
        return best < 0 ? Optional.empty() : Optional.of(best);
    }
}
