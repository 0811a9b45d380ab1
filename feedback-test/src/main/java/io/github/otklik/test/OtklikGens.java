package io.github.otklik.test;

import io.github.otklik.core.appeal.Appeal;
import io.github.otklik.core.process.ProcessInstance;
import io.github.otklik.core.response.SurveyResponse;
import io.github.otklik.forms.Form;
import io.github.otklik.synthetic.DomainGenerators;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

import java.util.SplittableRandom;
import java.util.function.BiFunction;
import java.util.random.RandomGenerator;

/**
 * QuickTheories adapters for {@link DomainGenerators}: each {@link Gen} draws a seed and builds
 * the value from it, so a failing example shrinks towards small seeds and is reproducible.
 *
 * <pre>{@code
 * qt().forAll(OtklikGens.appeals(gen)).checkAssert(a -> assertThat(a.registeredAt()).isNotNull());
 * }</pre>
 */
public final class OtklikGens {
    private OtklikGens() {
    }

    /** Appeals from {@code gen}. */
    public static Gen<Appeal> appeals(DomainGenerators gen) {
        return seeded(gen, (g, r) -> g.appeal(r));
    }

    /** Process instances from {@code gen}. */
    public static Gen<ProcessInstance> processInstances(DomainGenerators gen) {
        return seeded(gen, (g, r) -> g.processInstance(r));
    }

    /** Responses valid for {@code form} from {@code gen}. */
    public static Gen<SurveyResponse> responses(DomainGenerators gen, Form form) {
        return seeded(gen, (g, r) -> g.response(form, r));
    }

    /** Any value built by {@code build} from a seeded random generator. */
    public static <T> Gen<T> seeded(DomainGenerators gen, BiFunction<DomainGenerators, RandomGenerator, T> build) {
        return SourceDSL.longs().between(0, Long.MAX_VALUE).map(seed -> build.apply(gen, new SplittableRandom(seed)));
    }
}
