package io.github.otklik.test;

import io.github.otklik.metrics.MetricsSpec;

import io.github.otklik.core.io.RecordSource;
import io.github.otklik.core.period.ReportingPeriod;
import io.github.otklik.forms.FormCatalog;
import io.github.otklik.metrics.MetricsEngine;
import io.github.otklik.metrics.MetricsInputs;
import io.github.otklik.metrics.report.MetricsReport;
import io.github.otklik.painmap.Level;
import io.github.otklik.painmap.PainMap;
import io.github.otklik.painmap.build.PainMapBuilder;
import io.github.otklik.painmap.evidence.Evidence;
import io.github.otklik.painmap.export.PainMapJson;
import io.github.otklik.painmap.rules.RuleSet;
import io.github.otklik.synthetic.DomainGenerators;
import io.github.otklik.core.appeal.Appeal;
import io.github.otklik.core.process.ProcessInstance;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.SplittableRandom;

/**
 * A contract test an agency extends to check its own pain-map rule set: total (every prevalence ×
 * impact cell and every deadline decided), monotone (raising prevalence or impact never lowers
 * priority, and a larger lower bound never lowers prevalence), deterministic, and independent of
 * the order of the input records. The lattice checks are exhaustive, not sampled.
 *
 * <pre>{@code
 * class OurRulesTest extends RuleSetContract {
 *     protected RuleSet ruleSet() { return RuleSetJson.load(Path.of("rules/our-rules.json")); }
 * }
 * }</pre>
 */
public abstract class RuleSetContract {
    /**
     * The rule set under test.
     *
     * @return the rule set under test
     */
    protected abstract RuleSet ruleSet();

    @Test
    void isTotal() {
        checkTotal(ruleSet());
    }

    @Test
    void isMonotone() {
        checkMonotone(ruleSet());
    }

    @Test
    void prevalenceNeverFallsAsTheLowerBoundRises() {
        checkPrevalenceMonotone(ruleSet());
    }

    @Test
    void isDeterministic() {
        checkDeterministic(ruleSet());
    }

    @Test
    void isIndependentOfInputOrder() {
        checkOrderIndependent(ruleSet());
    }

    /** Fails naming every undecided cell or deadline. */
    public static void checkTotal(RuleSet rules) {
        OtklikAssertions.assertThat(rules).isTotal();
    }

    /** Fails naming every inverted pair of neighbouring cells. */
    public static void checkMonotone(RuleSet rules) {
        OtklikAssertions.assertThat(rules).isMonotone();
    }

    /** Fails when a larger lower bound gives a lower prevalence (checked on a grid of 10,001 points). */
    public static void checkPrevalenceMonotone(RuleSet rules) {
        Level before = rules.prevalence().level(0);
        for (int i = 1; i <= 10_000; i++) {
            double l = i / 10_000.0;
            Level now = rules.prevalence().level(l);
            if (now.compareTo(before) < 0) {
                throw new AssertionError("rule set \"" + rules.name() + "\": prevalence drops from " + before + " to " + now
                        + " at lower bound " + l);
            }
            before = now;
        }
    }

    /** Fails when the same evidence gives different decisions twice. */
    public static void checkDeterministic(RuleSet rules) {
        SplittableRandom r = new SplittableRandom(42);
        for (int i = 0; i < 2_000; i++) {
            Evidence e = RuleSetGenerators.evidence(r);
            if (!rules.impact().contribution(e).equals(rules.impact().contribution(e))) {
                throw new AssertionError("rule set \"" + rules.name() + "\": impact of " + e + " differs between two calls");
            }
        }
        MetricsReport report = report(records(7, false), records(7, false).appeals);
        String first = PainMapJson.toJson(PainMapBuilder.from(report).rules(rules).build());
        String second = PainMapJson.toJson(PainMapBuilder.from(report).rules(rules).build());
        if (!first.equals(second)) {
            throw new AssertionError("rule set \"" + rules.name() + "\": two builds of the same evidence differ");
        }
    }

    /** Fails when shuffling the input records changes the pain map. */
    public static void checkOrderIndependent(RuleSet rules) {
        Records ordered = records(11, false);
        Records shuffled = records(11, true);
        String a = PainMapJson.toJson(PainMapBuilder.from(report(ordered, ordered.appeals)).rules(rules).build());
        String b = PainMapJson.toJson(PainMapBuilder.from(report(shuffled, shuffled.appeals)).rules(rules).build());
        if (!a.equals(b)) {
            throw new AssertionError("rule set \"" + rules.name() + "\": the pain map depends on the order of the input records");
        }
    }

    private record Records(List<Appeal> appeals, List<ProcessInstance> instances) {
    }

    private static Records records(long seed, boolean shuffle) {
        DomainGenerators gen = DomainGenerators.forPeriod(PERIOD);
        SplittableRandom r = new SplittableRandom(seed);
        List<Appeal> appeals = new ArrayList<>();
        List<ProcessInstance> instances = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            appeals.add(gen.appeal(r));
            instances.add(gen.processInstance(r));
        }
        if (shuffle) {
            Collections.shuffle(appeals, new Random(seed));
            Collections.shuffle(instances, new Random(seed + 1));
        }
        return new Records(appeals, instances);
    }

    private static final ReportingPeriod PERIOD = ReportingPeriod.parse("2025-Q1");

    private static MetricsReport report(Records records, List<Appeal> appeals) {
        return MetricsEngine.from(MetricsSpec.builder(PERIOD).groupBy(PainMapBuilder.GROUP_BY).build())
                .run(MetricsInputs.none().withAppeals(RecordSource.of("appeals", appeals))
                        .withProcesses(RecordSource.of("processes", records.instances)), reject -> { });
    }

    /** Builds the map of fixed generated data with {@code rules}, for agencies' own assertions. */
    public static PainMap sampleMap(RuleSet rules) {
        Records records = records(3, false);
        return PainMapBuilder.from(report(records, records.appeals)).rules(rules).build();
    }
}
