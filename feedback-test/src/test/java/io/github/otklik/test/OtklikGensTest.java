package io.github.otklik.test;

import io.github.otklik.metrics.MetricsSpec;

import io.github.otklik.core.io.RecordSource;
import io.github.otklik.core.period.ReportingPeriod;
import io.github.otklik.forms.FormCatalog;
import io.github.otklik.forms.validation.ResponseValidator;
import io.github.otklik.metrics.MetricsEngine;
import io.github.otklik.metrics.MetricsInputs;
import io.github.otklik.metrics.report.MetricsReport;
import io.github.otklik.synthetic.DomainGenerators;
import org.junit.jupiter.api.Test;

import java.time.ZoneId;
import java.util.List;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.lists;

class OtklikGensTest {
    private static final ReportingPeriod Q1 = ReportingPeriod.parse("2025-Q1");
    private static final DomainGenerators GEN = DomainGenerators.forPeriod(Q1).inZone(ZoneId.of("Europe/Samara"));

    @Test
    void sameSeedSameValue() {
        assertThat(GEN.appeal(new SplittableRandom(3))).isEqualTo(GEN.appeal(new SplittableRandom(3)));
        assertThat(GEN.processInstance(new SplittableRandom(3))).isEqualTo(GEN.processInstance(new SplittableRandom(3)));
    }

    @Test
    void everyGeneratedRecordIsValidAndInThePeriod() {
        FormCatalog catalog = FormCatalog.standard();
        ResponseValidator validator = new ResponseValidator(catalog);
        for (var form : catalog.forms()) {
            qt().withExamples(40).forAll(OtklikGens.responses(GEN, form)).checkAssert(r -> {
                assertThat(validator.check(r)).isEmpty();
                assertThat(Q1.contains(r.submittedAt(), ZoneId.of("Europe/Samara"))).isTrue();
            });
        }
        qt().forAll(lists().of(OtklikGens.appeals(GEN)).ofSizeBetween(1, 30), lists().of(OtklikGens.processInstances(GEN)).ofSizeBetween(1, 30))
                .checkAssert((appeals, instances) -> {
                    MetricsReport report = MetricsEngine.from(MetricsSpec.builder(Q1).forms(catalog).zone(ZoneId.of("Europe/Samara")).build())
                            .run(MetricsInputs.none().withAppeals(RecordSource.of("a", appeals))
                                    .withProcesses(RecordSource.of("p", instances)), reject -> { throw new AssertionError(reject); });
                    assertThat(report.inputs().appeals().inPeriod()).isEqualTo(appeals.size());
                    assertThat(report.inputs().processes().inPeriod()).isEqualTo(instances.size());
                });
    }

    @Test
    void generatorsAreConfigurable() {
        DomainGenerators one = GEN.withProcesses(List.of("only")).withReasons(List.of("why"));
        assertThat(one.appeal(new SplittableRandom(1)).process()).contains("only");
    }
}
