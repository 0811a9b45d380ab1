package io.github.otklik.painmap;

import io.github.otklik.core.text.Language;
import io.github.otklik.painmap.evidence.Evidence;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One row of the pain map (боль клиента): a problem or need of the clients of one process, with
 * its prevalence, impact and priority, the measures planned, the responsible unit, the deadline,
 * its status and the evidence behind it. Immutable.
 *
 * @param no position in the map, from 1
 * @param process process id
 * @param processName process name from the registry, in the map's language, or the id
 * @param group process group from the registry, or the process id
 * @param problem problem code ({@code queue}, {@code aspect:waiting-time}, {@code deadline:appeals}, …)
 * @param title what the problem is, in words, or the code
 * @param kind problem or need
 * @param prevalence распространенность
 * @param impact влияние
 * @param priority приоритетность
 * @param lowEvidence whether the largest n of the evidence is below the rule set's {@code minEvidence}
 * @param measures мероприятия, without duplicates
 * @param responsible ответственный, or {@code UNASSIGNED}
 * @param deadline срок реализации
 * @param status where work on it stands
 * @param evidence the evidence, by source order, then as it came
 * @param lowerBound L, the largest Wilson lower bound of the evidence (0 when nothing was measured)
 * @param explanation why, rendered on request
 */
public record PainPoint(int no, String process, String processName, String group, String problem, String title, Kind kind,
        Level prevalence, Level impact, Level priority, boolean lowEvidence, List<String> measures, String responsible,
        LocalDate deadline, Status status, List<Evidence> evidence, double lowerBound, Explanation explanation) {

    /** The value of {@code responsible} when neither the registry nor a manual entry names anyone. */
    public static final String UNASSIGNED = "UNASSIGNED";

    /** Checks non-null parts and copies the lists. */
    public PainPoint {
        Objects.requireNonNull(process, "process");
        Objects.requireNonNull(processName, "processName");
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(problem, "problem");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(prevalence, "prevalence");
        Objects.requireNonNull(impact, "impact");
        Objects.requireNonNull(priority, "priority");
        measures = List.copyOf(measures);
        Objects.requireNonNull(responsible, "responsible");
        Objects.requireNonNull(deadline, "deadline");
        Objects.requireNonNull(status, "status");
        evidence = List.copyOf(evidence);
        Objects.requireNonNull(explanation, "explanation");
    }

    /** The explanation lines in {@code lang}: prevalence, impact, priority, deadline, responsible. */
    public List<String> explain(Language lang) {
        return explanation.lines(lang);
    }

    /** This point at position {@code newNo}. */
    public PainPoint withNo(int newNo) {
        return newNo == no ? this : new PainPoint(newNo, process, processName, group, problem, title, kind, prevalence, impact,
                priority, lowEvidence, measures, responsible, deadline, status, evidence, lowerBound, explanation);
    }

    /** This point with {@code newStatus}, unchecked (a status carried over from an earlier map). */
    public PainPoint withStatus(Status newStatus) {
        Objects.requireNonNull(newStatus, "newStatus");
        return newStatus == status ? this : new PainPoint(no, process, processName, group, problem, title, kind, prevalence, impact,
                priority, lowEvidence, measures, responsible, deadline, newStatus, evidence, lowerBound, explanation);
    }

    /**
     * This point moved to {@code next} along the lifecycle.
     *
     * @throws IllegalStateException when {@code status.canMoveTo(next)} is false
     */
    public PainPoint moveTo(Status next) {
        if (!status.canMoveTo(next)) {
            throw new IllegalStateException("pain point " + process + "/" + problem + " cannot move from " + status + " to " + next
                    + " (allowed: " + status.successors() + ")");
        }
        return withStatus(next);
    }
}
