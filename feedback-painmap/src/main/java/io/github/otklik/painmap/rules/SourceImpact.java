package io.github.otklik.painmap.rules;

import io.github.otklik.painmap.Lang;
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

    @Override
    public String describe(Evidence evidence, Lang lang) {
        Source source = evidence.source();
        Optional<Level> result = contribution(evidence);
        Level listed = bySource.get(source);
        String because;
        if (evidence instanceof Evidence.Appeals a) {
            boolean high = complaintShare(a) >= complaintShareHigh;
            because = lang == Lang.EN
                    ? a.complaints() + " complaints of " + a.measured().x() + " appeals " + (high ? "≥ " : "< ") + lang.plain(complaintShareHigh)
                    : "жалоб " + a.complaints() + " из " + a.measured().x() + " обращений " + (high ? "≥ " : "< ") + lang.plain(complaintShareHigh);
        } else if (evidence instanceof Evidence.SurveyAspect s) {
            Level l = aspectLevel(s.mean());
            String comparison = l == Level.HIGH ? "≤ " + lang.plain(aspectMeanHigh)
                    : l == Level.MEDIUM ? "≤ " + lang.plain(aspectMeanMedium) : "> " + lang.plain(aspectMeanMedium);
            because = (lang == Lang.EN ? "mean " : "средняя оценка ") + lang.fixed(s.mean(), 2) + " " + comparison;
        } else {
            because = null;
        }
        StringBuilder sb = new StringBuilder(source.name());
        if (because != null) {
            sb.append(": ").append(because);
        }
        if (result.isEmpty()) {
            return sb.append(lang == Lang.EN ? " → contributes nothing" : " → не учитывается").toString();
        }
        sb.append(" → ").append(result.get().name());
        if (because != null && listed != null) {
            sb.append(lang == Lang.EN ? " (bySource " : " (bySource ").append(listed.name()).append(')');
        }
        return sb.toString();
    }
}
