package io.github.otklik.painmap.rules;

import io.github.otklik.core.text.Language;
import io.github.otklik.painmap.ExplanationWording;
import io.github.otklik.painmap.Level;
import io.github.otklik.painmap.evidence.Evidence;

import java.util.Optional;

/**
 * Decides the impact (влияние) of a pain point: each piece of evidence contributes a level or
 * nothing, the highest contribution wins (LOW when nothing contributes), and the {@link #volume()}
 * adjustment then moves it by at most one level. Implementations must be immutable and
 * thread-safe.
 */
public interface ImpactRule {
    /** The level {@code evidence} contributes, or empty when its source contributes nothing. */
    Optional<Level> contribution(Evidence evidence);

    /**
     * Why {@code evidence} contributes what it does, in {@code lang}, for the explanation line
     * ("appeals: 6 complaints of 10 appeals ≥ 0.5 → high"). By default the source and its
     * contribution in words ("refusals and negative results of the process → high").
     */
    default String describe(Evidence evidence, Language lang) {
        Optional<Level> level = contribution(evidence);
        ExplanationWording words = ExplanationWording.of(lang);
        return level.map(l -> words.contributes(evidence.source(), l))
                .orElseGet(() -> words.source(evidence.source()) + words.contributesNothing());
    }

    /** The adjustment by the number of clients affected a year, when the rule has one. */
    Optional<VolumeAdjustment> volume();
}
