package io.github.otklik.painmap.evidence;

import java.util.Objects;
import java.util.Optional;

/**
 * One piece of evidence of a pain point (сведения о боли клиента), by source: a measured
 * proportion x of n with its Wilson lower bound, plus what the source adds (an aspect's mean, an
 * appeal reason's complaints). Only a {@link Manual} entry may lack a measurement. Immutable.
 */
public sealed interface Evidence {
    /** The source. */
    Source source();

    /** The measured proportion; empty only for a manual entry without {@code evidence}. */
    Optional<Proportion> proportion();

    /** The Wilson lower bound of the proportion, or 0 when nothing was measured. */
    default double lowerBound() {
        return proportion().map(Proportion::lowerBound).orElse(0.0);
    }

    /** A problem code chosen in survey responses: count of base. */
    record SurveyProblem(Proportion measured) implements Evidence {
        /** Checks non-null. */
        public SurveyProblem {
            Objects.requireNonNull(measured, "measured");
        }

        @Override
        public Source source() {
            return Source.SURVEY_PROBLEM;
        }

        @Override
        public Optional<Proportion> proportion() {
            return Optional.of(measured);
        }
    }

    /**
     * An aspect with dissatisfied answers: dissatisfied of answered, and the aspect's mean answer.
     *
     * @param measured dissatisfied of answered
     * @param aspect the aspect code (the problem code is {@code aspect:<code>})
     * @param mean the mean of the aspect's integer answers
     */
    record SurveyAspect(Proportion measured, String aspect, double mean) implements Evidence {
        /** Checks non-null. */
        public SurveyAspect {
            Objects.requireNonNull(measured, "measured");
            Objects.requireNonNull(aspect, "aspect");
        }

        @Override
        public Source source() {
            return Source.SURVEY_ASPECT;
        }

        @Override
        public Optional<Proportion> proportion() {
            return Optional.of(measured);
        }
    }

    /**
     * An appeal reason of the process: the reason's count of the process's appeals, and how many
     * of them were complaints.
     *
     * @param measured count of the process's total appeals
     * @param complaints appeals of kind COMPLAINT with this reason, 0 ≤ complaints ≤ x
     */
    record Appeals(Proportion measured, long complaints) implements Evidence {
        /** Checks non-null and 0 ≤ complaints ≤ x. */
        public Appeals {
            Objects.requireNonNull(measured, "measured");
            if (complaints < 0 || complaints > measured.x()) {
                throw new IllegalArgumentException("complaints must be in 0.." + measured.x() + ": " + complaints);
            }
        }

        @Override
        public Source source() {
            return Source.APPEALS;
        }

        @Override
        public Optional<Proportion> proportion() {
            return Optional.of(measured);
        }
    }

    /** A negative-result reason: its count of positive + negative results. */
    record ProcessNegative(Proportion measured) implements Evidence {
        /** Checks non-null. */
        public ProcessNegative {
            Objects.requireNonNull(measured, "measured");
        }

        @Override
        public Source source() {
            return Source.PROCESS_NEGATIVE;
        }

        @Override
        public Optional<Proportion> proportion() {
            return Optional.of(measured);
        }
    }

    /** Overdue appeals of the process: overdue of total. */
    record LegalDeadline(Proportion measured) implements Evidence {
        /** Checks non-null. */
        public LegalDeadline {
            Objects.requireNonNull(measured, "measured");
        }

        @Override
        public Source source() {
            return Source.LEGAL_DEADLINE;
        }

        @Override
        public Optional<Proportion> proportion() {
            return Optional.of(measured);
        }
    }

    /**
     * Free text of the process that matches a theme ({@code spec/formats.md} §7): the texts of the
     * process that match, of the process's texts (comments of its responses and texts of its
     * appeals, in the period). Figures only: no text is kept.
     *
     * @param measured matching texts of the process's texts
     */
    record Text(Proportion measured) implements Evidence {
        /** Checks non-null. */
        public Text {
            Objects.requireNonNull(measured, "measured");
        }

        @Override
        public Source source() {
            return Source.TEXT;
        }

        @Override
        public Optional<Proportion> proportion() {
            return Optional.of(measured);
        }
    }

    /** An analyst's entry, with the proportion it gives, if any. */
    record Manual(Optional<Proportion> measured) implements Evidence {
        /** Checks non-null. */
        public Manual {
            Objects.requireNonNull(measured, "measured");
        }

        @Override
        public Source source() {
            return Source.MANUAL;
        }

        @Override
        public Optional<Proportion> proportion() {
            return measured;
        }
    }
}
