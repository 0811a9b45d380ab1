package io.github.otklik.metrics;

import io.github.otklik.metrics.disclosure.Disclosure;
import io.github.otklik.core.io.RecordSource;
import io.github.otklik.core.period.ReportingPeriod;
import io.github.otklik.metrics.report.MetricsJson;
import io.github.otklik.metrics.report.MetricsReport;
import io.github.otklik.metrics.disclosure.Edition;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

/** A public report never contains anything from an internal form, an appeals section or a small cell. */
class PublicAudienceTest {
    @Test
    void publicOutputNeverLeaksInternalData() {
        qt().withExamples(80).forAll(lists().of(AggregatorLawsTest.responses()).ofSizeBetween(0, 40),
                lists().of(AggregatorLawsTest.appeals()).ofSizeBetween(0, 20), integers().between(1, 6)).checkAssert((responses, appeals, minCell) -> {
                    MetricsReport report = MetricsEngine.from(MetricsSpec.builder(ReportingPeriod.parse("2025-Q1")).forms(Fixtures.CATALOG)
                            .groupBy(List.of(Dimension.FORM, Dimension.CLIENT_KIND, Dimension.KIND)).disclosure(Disclosure.of(Edition.PUBLIC, minCell)).build())
                            .run(MetricsInputs.none().withResponses(RecordSource.of("r", responses))
                                    .withAppeals(RecordSource.of("a", appeals)), r -> { });
                    String json = MetricsJson.toJson(report);
                    assertThat(json).doesNotContain("AG-INT").doesNotContain("INTERNAL").doesNotContain("equipment");
                    assertThat(report.appeals()).isEmpty();
                    assertThat(report.processes()).isEmpty();
                    report.satisfaction().forEach(g -> g.figures().figure().ifPresent(f -> {
                        assertThat(f.overall().answered()).isGreaterThanOrEqualTo(minCell);
                        f.aspects().values().forEach(c -> c.figure().ifPresent(a -> assertThat(a.answered()).isGreaterThanOrEqualTo(minCell)));
                        f.problems().values().forEach(c -> c.figure().ifPresent(p -> assertThat(p.base()).isGreaterThanOrEqualTo(minCell)));
                    }));
                });
    }
}
