package io.github.otklik.metrics.disclosure;

import io.github.otklik.forms.Audience;
import io.github.otklik.forms.Form;
import io.github.otklik.metrics.Cell;
import io.github.otklik.metrics.Part;
import io.github.otklik.metrics.satisfaction.SatisfactionFigures;
import io.github.otklik.metrics.target.Target;
import io.github.otklik.metrics.target.TargetMetric;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The one policy that decides who may see what (раскрытие информации), in the way Micrometer's
 * {@code MeterFilter} decides which meters are published: the metrics engine, the analytic
 * report, the pain map and the command line ask it instead of comparing editions themselves.
 *
 * <p>The {@linkplain Edition#AGENCY agency edition} shows everything. The
 * {@linkplain Edition#PUBLIC public edition} ({@code spec/metrics.md}, public audience) shows no
 * appeals or complaints, no process indicators, nothing from forms whose audience is internal, no
 * free text and no working pain map; it suppresses small cells: a satisfaction group whose overall
 * question has fewer than {@code minCell} answers, an aspect answered fewer than {@code minCell}
 * times, a problem whose base is below {@code minCell}. Immutable and thread-safe.
 */
public final class Disclosure implements Serializable {
    private static final long serialVersionUID = 1L;

    /** The smallest cell shown publicly unless another is given: 5. */
    public static final long DEFAULT_MIN_CELL = 5;

    private static final Disclosure AGENCY = new Disclosure(Edition.AGENCY, DEFAULT_MIN_CELL);

    private final Edition edition;
    private final long minCell;
    private final boolean complementary;

    private Disclosure(Edition edition, long minCell) {
        this(edition, minCell, false);
    }

    private Disclosure(Edition edition, long minCell, boolean complementary) {
        this.edition = edition;
        this.minCell = minCell;
        this.complementary = complementary;
    }

    /**
     * The agency edition: every figure is shown.
     *
     * @return the agency's policy
     */
    public static Disclosure agency() {
        return AGENCY;
    }

    /**
     * The public edition with the default smallest cell, 5.
     *
     * @return the public policy
     */
    public static Disclosure publicEdition() {
        return new Disclosure(Edition.PUBLIC, DEFAULT_MIN_CELL);
    }

    /**
     * The policy of {@code edition} with {@code minCell} as the smallest cell shown publicly (the
     * agency edition keeps the number only to report it).
     *
     * @param edition agency or public
     * @param minCell smallest public cell, at least 1
     * @return the policy
     * @throws IllegalArgumentException when {@code minCell} is below 1 (0 would silently turn suppression off)
     */
    public static Disclosure of(Edition edition, long minCell) {
        Objects.requireNonNull(edition, "edition");
        if (minCell < 1) {
            throw new IllegalArgumentException("minCell must be at least 1, was " + minCell);
        }
        return edition == Edition.AGENCY && minCell == DEFAULT_MIN_CELL ? AGENCY : new Disclosure(edition, minCell);
    }

    /**
     * This policy with another smallest public cell.
     *
     * @param cell smallest public cell, at least 1
     * @return a policy with {@code cell}, or this one when it already has it
     * @throws IllegalArgumentException when {@code cell} is below 1
     */
    public Disclosure withMinCell(long cell) {
        return cell == minCell ? this : of(edition, cell).withComplementarySuppression(complementary);
    }

    /**
     * This policy with or without complementary (secondary) suppression. Primary suppression alone
     * ({@code spec/metrics.md}) hides small cells, but when a total and all but one of its groups
     * are published together the hidden one follows by subtraction; complementary suppression then
     * hides further cells (smallest first, the total last) until no hidden figure can be pinned by
     * the published sums and the bounds the rule itself reveals. Off unless asked for, because the
     * {@code otklik-metrics/1} contract defines public suppression as the primary rule; the
     * analytic report's public edition turns it on.
     *
     * @param on whether to suppress complementary cells
     * @return a policy with that setting, or this one when it already has it
     */
    public Disclosure withComplementarySuppression(boolean on) {
        return on == complementary ? this : new Disclosure(edition, minCell, on);
    }

    /**
     * Whether complementary suppression is on.
     *
     * @return true when it is
     */
    public boolean complementarySuppression() {
        return complementary;
    }

    /**
     * The cells of a published partition as the edition shows them: the total first, then each
     * group. In the agency edition all are shown; in the public one small cells are suppressed
     * ({@link #group}), and with {@linkplain #withComplementarySuppression complementary
     * suppression}, when the groups add up to the total ({@code partition}), complementary cells too.
     *
     * @param total the total group's figures
     * @param groups the groups' figures
     * @param partition whether every record of the total counts in exactly one group (false for
     *        overlapping groups such as life situations, which no sum relates)
     * @return one cell per figure, the total first
     */
    public List<Cell<SatisfactionFigures>> publish(SatisfactionFigures total, List<SatisfactionFigures> groups, boolean partition) {
        if (edition == Edition.PUBLIC && complementary && partition) {
            return Complementary.publish(total, groups, minCell);
        }
        List<Cell<SatisfactionFigures>> out = new ArrayList<>(groups.size() + 1);
        out.add(group(total));
        groups.forEach(g -> out.add(group(g)));
        return out;
    }

    /**
     * The edition.
     *
     * @return agency or public
     */
    public Edition edition() {
        return edition;
    }

    /**
     * The smallest cell shown publicly.
     *
     * @return at least 1
     */
    public long minCell() {
        return minCell;
    }

    /**
     * Whether this is the public edition.
     *
     * @return true for {@link Edition#PUBLIC}
     */
    public boolean isPublic() {
        return edition == Edition.PUBLIC;
    }

    /**
     * Whether the edition shows {@code content} at all.
     *
     * @param content a kind of content
     * @return true in the agency edition; false for every kind in the public one
     */
    public boolean shows(Content content) {
        Objects.requireNonNull(content, "content");
        return edition == Edition.AGENCY;
    }

    /**
     * Whether the edition shows a part of a metrics run: satisfaction parts always, appeals and
     * process indicators only in the agency edition.
     *
     * @param part a part of a run
     * @return whether its figures may be published
     */
    public boolean shows(Part part) {
        if (part.ofAppeals()) {
            return shows(Content.APPEALS);
        }
        if (part.ofProcesses()) {
            return shows(Content.PROCESS_INDICATORS);
        }
        return true;
    }

    /**
     * Whether responses to {@code form} may count in the edition's figures: forms that ask
     * external clients always, forms that ask internal clients only in the agency edition.
     *
     * @param form a questionnaire
     * @return whether its responses are counted
     */
    public boolean shows(Form form) {
        return form.audience() == Audience.EXTERNAL || shows(Content.INTERNAL_CLIENTS);
    }

    /**
     * Whether a target is evaluated in the edition: satisfaction targets always, the others only in
     * the agency edition ({@code spec/metrics.md}: with a public audience only {@code satisfaction.*}
     * targets are evaluated).
     *
     * @param target a target-state indicator
     * @return whether its deviation may be published
     */
    public boolean shows(Target target) {
        return target.metric().section() == TargetMetric.Section.SATISFACTION || shows(Content.OPERATIONAL_TARGETS);
    }

    /**
     * Whether a count of {@code n} (a group's answers, an evidence base) is large enough to be shown.
     *
     * @param n the count
     * @return true in the agency edition; {@code n ≥ minCell} in the public one
     */
    public boolean showsCount(long n) {
        return edition == Edition.AGENCY || n >= minCell;
    }

    /**
     * A satisfaction group as the edition shows it: whole in the agency edition; in the public one
     * suppressed when its overall question has fewer than {@code minCell} answers, otherwise with
     * its small aspects and problems suppressed.
     *
     * @param figures the group's figures
     * @return the group's cell
     */
    public Cell<SatisfactionFigures> group(SatisfactionFigures figures) {
        if (edition == Edition.AGENCY) {
            return Cell.shown(figures);
        }
        return figures.overall().answered() < minCell ? Cell.suppressed() : Cell.shown(figures.suppressBelow(minCell));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Disclosure d && edition == d.edition && minCell == d.minCell && complementary == d.complementary;
    }

    @Override
    public int hashCode() {
        return (edition.hashCode() * 31 + Long.hashCode(minCell)) * 2 + (complementary ? 1 : 0);
    }

    @Override
    public String toString() {
        return edition == Edition.AGENCY ? "Disclosure{agency}"
                : "Disclosure{public, minCell " + minCell + (complementary ? ", complementary suppression" : "") + "}";
    }
}
