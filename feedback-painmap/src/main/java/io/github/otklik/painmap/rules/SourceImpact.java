package io.github.otklik.painmap.rules;

import io.github.otklik.core.text.Language;
import io.github.otklik.painmap.ExplanationWording;
import io.github.otklik.painmap.Level;
import io.github.otklik.painmap.evidence.Evidence;
import io.github.otklik.painmap.evidence.Proportion;
import io.github.otklik.painmap.evidence.Source;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The impact rule of {@code otklik-painmap-rules/1}. A piece of evidence contributes the highest of:
 * <ul>
 *   <li>{@code bySource[source]}, when its source is listed (a source missing from
 *       {@code bySource} contributes nothing through it);</li>
 *   <li>for {@code APPEALS}: HIGH when complaints / count ≥ {@code complaintShareHigh} (the share
 *       is computed as a double quotient and compared with the threshold);</li>
 *   <li>for {@code SURVEY_ASPECT}: HIGH when the aspect's mean ≤ {@code aspectMeanHigh}, MEDIUM
 *       when ≤ {@code aspectMeanMedium}, else LOW.</li>
 * </ul>
 * Immutable.
 *
 * @param bySource the level each listed source contributes
 * @param complaintShareHigh the complaint share of an appeal reason from which it contributes HIGH
 * @param aspectMeanHigh the aspect mean at or below which an aspect contributes HIGH
 * @param aspectMeanMedium the aspect mean at or below which an aspect contributes MEDIUM
 * @param volume the volume adjustment, when any
 */
public record SourceImpact(Map<Source, Level> bySource, double complaintShareHigh, double aspectMeanHigh,
        double aspectMeanMedium, Optional<VolumeAdjustment> volume) implements ImpactRule {

    /** Copies the map; @throws IllegalArgumentException when a threshold is NaN */
    public SourceImpact {
        EnumMap<Source, Level> copy = new EnumMap<>(Source.class);
        copy.putAll(bySource);
        bySource = Collections.unmodifiableMap(copy);
        Objects.requireNonNull(volume, "volume");
        if (Double.isNaN(complaintShareHigh) || Double.isNaN(aspectMeanHigh) || Double.isNaN(aspectMeanMedium)) {
            throw new IllegalArgumentException("impact thresholds must be numbers");
        }
    }

    @Override
    public Optional<Level> contribution(Evidence evidence) {
        Level level = bySource.get(evidence.source());
        Level own = own(evidence);
        if (own != null) {
            level = level == null ? own : level.max(own);
        }
        return Optional.ofNullable(level);
    }

    /** What the source-specific rule gives (complaints, aspect mean), or null. */
    private Level own(Evidence evidence) {
        if (evidence instanceof Evidence.Appeals a) {
            return complaintShare(a) >= complaintShareHigh ? Level.HIGH : null;
        } else if (evidence instanceof Evidence.SurveyAspect s) {
            return aspectLevel(s.mean());
        }
        return null;
    }

    private Level aspectLevel(double mean) {
        if (mean <= aspectMeanHigh) {
            return Level.HIGH;
        }
        return mean <= aspectMeanMedium ? Level.MEDIUM : Level.LOW;
    }

    private static double complaintShare(Evidence.Appeals a) {
        Proportion p = a.measured();
        return (double) a.complaints() / p.x();
    }

    /**
     * The deciding part first, sources and levels in words: {@code appeals: 6 complaints of 10
     * appeals ≥ 0.5 → high}, {@code low ratings in questionnaires: mean 2.60 ≤ 2.5 → high},
     * {@code appeals → medium (2 complaints of 10 appeals < 0.5)}, or {@code a problem chosen in
     * questionnaires → contributes nothing}.
     */
    @Override
    public String describe(Evidence evidence, Language lang) {
        ExplanationWording words = ExplanationWording.of(lang);
        Source source = evidence.source();
        Level listed = bySource.get(source);
        Level own = own(evidence);
        String because = null;
        if (evidence instanceof Evidence.Appeals a) {
            because = words.complaints(a.complaints(), a.measured().x(), (own != null ? " ≥ " : " < ") + lang.plain(complaintShareHigh));
        } else if (evidence instanceof Evidence.SurveyAspect s) {
            because = words.mean(s.mean(), own == Level.HIGH ? " ≤ " + lang.plain(aspectMeanHigh)
                    : own == Level.MEDIUM ? " ≤ " + lang.plain(aspectMeanMedium) : " > " + lang.plain(aspectMeanMedium));
        }
        if (own != null && (listed == null || own.compareTo(listed) >= 0)) {
            return words.source(source) + ": " + because + " → " + words.impactLevel(own);
        }
        if (listed != null) {
            return words.contributes(source, listed) + (because == null ? "" : " (" + because + ")");
        }
        return words.source(source) + words.contributesNothing() + (because == null ? "" : " (" + because + ")");
    }
}
