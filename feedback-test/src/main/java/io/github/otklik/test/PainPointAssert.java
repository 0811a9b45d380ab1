package io.github.otklik.test;

import io.github.otklik.painmap.Level;
import io.github.otklik.painmap.PainPoint;
import io.github.otklik.painmap.Status;
import org.assertj.core.api.AbstractAssert;

/** AssertJ assertions on one {@link PainPoint}. */
public final class PainPointAssert extends AbstractAssert<PainPointAssert, PainPoint> {
    PainPointAssert(PainPoint actual) {
        super(actual, PainPointAssert.class);
    }

    /** Asserts the priority (приоритетность). */
    public PainPointAssert withPriority(Level expected) {
        if (actual.priority() != expected) {
            throw failure("expected priority %s of %s/%s but was %s; explanation: %s", expected, actual.process(), actual.problem(),
                    actual.priority(), actual.explanation());
        }
        return this;
    }

    /** Asserts the prevalence (распространённость). */
    public PainPointAssert withPrevalence(Level expected) {
        if (actual.prevalence() != expected) {
            throw failure("expected prevalence %s of %s/%s but was %s; explanation: %s", expected, actual.process(), actual.problem(),
                    actual.prevalence(), actual.explanation());
        }
        return this;
    }

    /** Asserts the impact. */
    public PainPointAssert withImpact(Level expected) {
        if (actual.impact() != expected) {
            throw failure("expected impact %s of %s/%s but was %s; explanation: %s", expected, actual.process(), actual.problem(),
                    actual.impact(), actual.explanation());
        }
        return this;
    }

    /** Asserts the status. */
    public PainPointAssert withStatus(Status expected) {
        if (actual.status() != expected) {
            throw failure("expected status %s of %s/%s but was %s", expected, actual.process(), actual.problem(), actual.status());
        }
        return this;
    }

    /** Asserts the responsible unit. */
    public PainPointAssert withResponsible(String expected) {
        if (!actual.responsible().equals(expected)) {
            throw failure("expected responsible %s of %s/%s but was %s", expected, actual.process(), actual.problem(), actual.responsible());
        }
        return this;
    }
}
