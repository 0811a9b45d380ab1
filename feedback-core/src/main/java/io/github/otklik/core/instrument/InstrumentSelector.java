package io.github.otklik.core.instrument;

import static io.github.otklik.core.client.ClientKind.INTERNAL;
import static io.github.otklik.core.instrument.AudienceFit.NOT_APPLICABLE;
import static io.github.otklik.core.instrument.AudienceFit.PREFERRED;
import static io.github.otklik.core.instrument.PurposeFit.PARTIAL;
import static io.github.otklik.core.instrument.PurposeFit.STRONG;
import static io.github.otklik.core.instrument.PurposeFit.WEAK;
import static io.github.otklik.core.instrument.ResourceLevel.HIGH;
import static io.github.otklik.core.instrument.ResourceLevel.LOW;
import static io.github.otklik.core.instrument.ResourceLevel.MEDIUM;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Ranks feedback instruments for a purpose and the agency's resources (выбор инструментов обратной
 * связи, seed 000 п. 5). It recommends and never forbids: every instrument except
 * {@link Instrument#OTHER} is listed, the least suitable last, each with a reason.
 * Immutable, thread-safe.
 *
 * <p>The ranking comes from a table of one {@link InstrumentProfile} per instrument. The score of
 * an instrument for purpose {@code p} and resources {@code r} is
 * <pre>
 * score = fit(p).weight()                      STRONG 6, PARTIAL 3, WEAK 0
 *       + audience(r.audience()).adjustment()  PREFERRED +2, APPLICABLE 0, NOT_APPLICABLE −100
 *       − SHORTFALL_PENALTY × (shortfall(time) + shortfall(budget) + shortfall(staff))
 * </pre>
 * where {@code shortfall} is the number of levels by which the available resource falls short of
 * the instrument's cost (0, 1 or 2) and {@link #SHORTFALL_PENALTY} is {@value #SHORTFALL_PENALTY}.
 * Hence scores lie in −106…8; one step of fit (3 points) outweighs up to two levels of shortfall;
 * raising a resource never lowers a score; and an instrument that does not reach the audience
 * always ranks below every one that does (its best, 6 − 100, is below the worst applicable
 * score, 0 − 6). The default table and the reading of seed 000 behind it are in
 * {@code docs/instrument-selection.md}.
 *
 * <pre>{@code
 * List<InstrumentRecommendation> ranking = InstrumentSelector.standard().recommend(
 *         Purpose.REENGINEERING,
 *         Resources.builder().time(ResourceLevel.LOW).staff(ResourceLevel.LOW).build());
 * InstrumentRecommendation best = ranking.get(0);   // best.reason(), best.reasonRu()
 * }</pre>
 */
public final class InstrumentSelector {
    /** Points subtracted per level of shortfall in one resource. */
    public static final int SHORTFALL_PENALTY = 1;

    private static final Comparator<InstrumentRecommendation> RANKING =
            Comparator.comparingInt(InstrumentRecommendation::score).reversed()
                    .thenComparing(InstrumentRecommendation::instrument);

    private static final InstrumentSelector STANDARD = of(standardTable());

    private final Map<Instrument, InstrumentProfile> table;

    private InstrumentSelector(Map<Instrument, InstrumentProfile> table) {
        this.table = table;
    }

    /**
     * The selector with Otklik's default table ({@code docs/instrument-selection.md}).
     *
     * @return the selector with Otklik's default table ({@code docs/instrument-selection.md})
     */
    public static InstrumentSelector standard() {
        return STANDARD;
    }

    /**
     * A selector with a custom table, copied.
     *
     * @throws IllegalArgumentException unless {@code table} has a profile for every instrument
     *     except {@link Instrument#OTHER}, and none for {@code OTHER} (which is never ranked)
     */
    public static InstrumentSelector of(Map<Instrument, InstrumentProfile> table) {
        Objects.requireNonNull(table, "table");
        if (table.containsKey(Instrument.OTHER)) {
            throw new IllegalArgumentException("OTHER must have no profile: it is never ranked");
        }
        return new InstrumentSelector(Checks.completeCopy(table, Instrument.class,
                EnumSet.complementOf(EnumSet.of(Instrument.OTHER)), "table has no profile for"));
    }

    /**
     * The whole table, unmodifiable, in {@link Instrument} order; {@code OTHER} is absent.
     *
     * @return the whole table, unmodifiable, in {@link Instrument} order; {@code OTHER} is absent
     */
    public Map<Instrument, InstrumentProfile> table() {
        return table;
    }

    /**
     * The profile of {@code instrument}.
     *
     * @throws IllegalArgumentException for {@link Instrument#OTHER}, which has none
     */
    public InstrumentProfile profile(Instrument instrument) {
        InstrumentProfile profile = table.get(Objects.requireNonNull(instrument, "instrument"));
        if (profile == null) {
            throw new IllegalArgumentException(instrument + " has no profile: it is never ranked");
        }
        return profile;
    }

    /**
     * Every instrument except {@link Instrument#OTHER}, best first: by score descending, ties in
     * {@link Instrument} order. The list is unmodifiable; each entry has a non-blank reason.
     */
    public List<InstrumentRecommendation> recommend(Purpose purpose, Resources resources) {
        Objects.requireNonNull(purpose, "purpose");
        Objects.requireNonNull(resources, "resources");
        List<InstrumentRecommendation> ranking = new ArrayList<>(table.size());
        table.forEach((instrument, profile) -> ranking.add(new InstrumentRecommendation(
                instrument,
                score(profile, purpose, resources),
                ReasonText.en(profile, purpose, resources),
                ReasonText.ru(profile, purpose, resources))));
        ranking.sort(RANKING);
        return List.copyOf(ranking);
    }

    private static int score(InstrumentProfile profile, Purpose purpose, Resources resources) {
        int shortfall = resources.time().shortfallTo(profile.time())
                + resources.budget().shortfallTo(profile.budget())
                + resources.staff().shortfallTo(profile.staff());
        return profile.fit(purpose).weight()
                + profile.audience(resources.audience()).adjustment()
                - SHORTFALL_PENALTY * shortfall;
    }

    /** Otklik's default table; each row is argued in docs/instrument-selection.md. */
    private static Map<Instrument, InstrumentProfile> standardTable() {
        EnumMap<Instrument, InstrumentProfile> t = new EnumMap<>(Instrument.class);
        // row(fit: current state, reengineering, post-reengineering; cost: time, budget, staff)
        t.put(Instrument.SURVEY, row(STRONG, PARTIAL, STRONG, MEDIUM, MEDIUM, MEDIUM).build());
        t.put(Instrument.IT_SURVEY, row(STRONG, PARTIAL, STRONG, LOW, LOW, LOW)
                .audience(INTERNAL, PREFERRED).build());
        t.put(Instrument.DEEP_INTERVIEW, row(PARTIAL, STRONG, WEAK, HIGH, MEDIUM, HIGH).build());
        t.put(Instrument.FOCUS_GROUP, row(PARTIAL, STRONG, WEAK, HIGH, MEDIUM, HIGH).build());
        t.put(Instrument.EXPERT_OPINION, row(PARTIAL, STRONG, WEAK, MEDIUM, LOW, MEDIUM).build());
        t.put(Instrument.RESEARCH_ANALYSIS, row(STRONG, STRONG, WEAK, LOW, LOW, LOW)
                .audience(INTERNAL, NOT_APPLICABLE).build());
        t.put(Instrument.VASHKONTROL_ANALYSIS, row(STRONG, WEAK, STRONG, LOW, LOW, LOW)
                .audience(INTERNAL, NOT_APPLICABLE).build());
        t.put(Instrument.PORTAL_MONITORING, row(STRONG, WEAK, STRONG, LOW, LOW, LOW)
                .audience(INTERNAL, NOT_APPLICABLE).build());
        t.put(Instrument.PROCESS_MONITORING, row(STRONG, PARTIAL, STRONG, LOW, LOW, MEDIUM).build());
        t.put(Instrument.APPEALS_ANALYSIS, row(STRONG, PARTIAL, PARTIAL, MEDIUM, LOW, MEDIUM).build());
        return t;
    }

    private static InstrumentProfile.Builder row(PurposeFit currentState, PurposeFit reengineering,
            PurposeFit postReengineering, ResourceLevel time, ResourceLevel budget, ResourceLevel staff) {
        return InstrumentProfile.builder()
                .fit(currentState, reengineering, postReengineering)
                .cost(time, budget, staff);
    }
}
