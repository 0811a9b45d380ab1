package io.github.otklik.test;

import io.github.otklik.painmap.PainMap;
import io.github.otklik.painmap.PainPoint;
import org.assertj.core.api.AbstractAssert;

import java.util.stream.Collectors;

/** AssertJ assertions on a {@link PainMap}: {@code assertThat(map).hasPoint("svc-1", "queue").withPriority(HIGH)}. */
public final class PainMapAssert extends AbstractAssert<PainMapAssert, PainMap> {
    PainMapAssert(PainMap actual) {
        super(actual, PainMapAssert.class);
    }

    /** Asserts the map has a point for {@code process} and {@code problem} and returns assertions on it. */
    public PainPointAssert hasPoint(String process, String problem) {
        isNotNull();
        return actual.point(process, problem).map(PainPointAssert::new).orElseThrow(() -> failure(
                "expected a pain point for process %s and problem %s, but the map has: %s", process, problem,
                actual.items().stream().map(p -> p.process() + "/" + p.problem()).collect(Collectors.joining(", "))));
    }

    /** Asserts the map has no point for {@code process} and {@code problem}. */
    public PainMapAssert hasNoPoint(String process, String problem) {
        isNotNull();
        if (actual.point(process, problem).isPresent()) {
            throw failure("expected no pain point for process %s and problem %s", process, problem);
        }
        return this;
    }

    /** Asserts the number of points. */
    public PainMapAssert hasSize(int expected) {
        isNotNull();
        if (actual.items().size() != expected) {
            throw failure("expected %d pain points but the map has %d", expected, actual.items().size());
        }
        return this;
    }

    /** Asserts points are numbered 1..n in order and sorted as the spec requires (priority, prevalence, L, process, problem). */
    public PainMapAssert isOrdered() {
        isNotNull();
        for (int i = 0; i < actual.items().size(); i++) {
            PainPoint p = actual.items().get(i);
            if (p.no() != i + 1) {
                throw failure("point %d is numbered %d", i + 1, p.no());
            }
            if (i > 0) {
                PainPoint q = actual.items().get(i - 1);
                int c = q.priority().compareTo(p.priority());
                if (c < 0 || c == 0 && q.prevalence().compareTo(p.prevalence()) < 0) {
                    throw failure("point %d (%s/%s) should come before point %d (%s/%s)", p.no(), p.process(), p.problem(),
                            q.no(), q.process(), q.problem());
                }
            }
        }
        return this;
    }
}
