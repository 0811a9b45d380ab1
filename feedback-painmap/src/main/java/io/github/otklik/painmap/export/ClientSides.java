package io.github.otklik.painmap.export;

import io.github.otklik.core.process.Process;
import io.github.otklik.core.process.ProcessType;
import io.github.otklik.metrics.Dimension;
import io.github.otklik.metrics.GroupKey;
import io.github.otklik.metrics.report.MetricsReport;
import io.github.otklik.metrics.report.SatisfactionGroup;
import io.github.otklik.metrics.satisfaction.SatisfactionFigures;
import io.github.otklik.painmap.PainMap;
import io.github.otklik.painmap.PainPoint;
import io.github.otklik.painmap.evidence.Evidence;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Which part of a human view a pain point belongs to: the external clients' (citizens and
 * organisations) or the internal clients' (employees). Seed 004 assesses the two apart, so a view
 * never mixes them. Implementations are immutable and thread-safe.
 */
@FunctionalInterface
public interface ClientSides {
    /**
     * Whether {@code point} of {@code map} is the internal clients'.
     *
     * @param map the map
     * @param point one of its points
     * @return true for the internal part
     */
    boolean internal(PainMap map, PainPoint point);

    /**
     * By the registry alone: the points of processes of type {@code INTERNAL} are internal; a process
     * the registry does not know is external.
     *
     * @return the rule
     */
    static ClientSides byProcessType() {
        return (map, p) -> {
            Process process = map.registry().get(p.process());
            return process != null && process.type() == ProcessType.INTERNAL;
        };
    }

    /**
     * By the registry and by who was heard: internal are the points of {@code INTERNAL} processes
     * and, of the other processes, the points whose evidence is survey evidence only and that
     * {@code external} — the same period's metrics of external clients, grouped by process — does not
     * have (the problem code was chosen, or the aspect rated low, by employees only: an internal form
     * about an external process).
     *
     * @param external external clients' metrics grouped by process
     * @return the rule
     * @throws IllegalArgumentException when {@code external} is not grouped by process
     */
    static ClientSides heardFrom(MetricsReport external) {
        if (!external.groupBy().equals(java.util.List.of(Dimension.PROCESS))) {
            throw new IllegalArgumentException("external clients' metrics must be grouped by [process], was " + external.groupBy());
        }
        Map<String, Optional<SatisfactionFigures>> byProcess = new HashMap<>();
        for (SatisfactionGroup g : external.satisfaction()) {
            GroupKey key = g.key();
            if (!key.isTotal()) {
                byProcess.put(key.value(Dimension.PROCESS), g.figures().figure());
            }
        }
        ClientSides registry = byProcessType();
        return (map, p) -> {
            if (registry.internal(map, p)) {
                return true;
            }
            Optional<SatisfactionFigures> f = byProcess.getOrDefault(p.process(), Optional.empty());
            for (Evidence e : p.evidence()) {
                boolean heard = switch (e.source()) {
                    case SURVEY_PROBLEM -> f.map(s -> s.problems().get(p.problem()))
                            .map(c -> c.figure().map(r -> r.count() >= 1).orElse(true)).orElse(false);
                    case SURVEY_ASPECT -> f.map(s -> s.aspects().get(((Evidence.SurveyAspect) e).aspect()))
                            .map(c -> c.figure().map(r -> r.dissatisfied() >= 1).orElse(true)).orElse(false);
                    default -> true;
                };
                if (heard) {
                    return false;
                }
            }
            return true;
        };
    }

    /**
     * Checks non-null.
     *
     * @param sides a rule
     * @return it
     */
    static ClientSides require(ClientSides sides) {
        return Objects.requireNonNull(sides, "sides");
    }
}
