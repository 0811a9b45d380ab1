package io.github.otklik.metrics;

import io.github.otklik.core.period.ReportingPeriod;
import io.github.otklik.core.process.TargetIndicator;
import io.github.otklik.metrics.disclosure.Disclosure;
import io.github.otklik.metrics.disclosure.Edition;
import io.github.otklik.metrics.target.Target;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MetricsSpecTest {
    private static final ReportingPeriod Q1 = ReportingPeriod.parse("2025-Q1");

    @Test
    void defaults() {
        MetricsSpec s = MetricsSpec.builder(Q1).build();
        assertThat(s.zone()).isEqualTo(ZoneId.of("Europe/Moscow"));
        assertThat(s.asOf()).isEqualTo(Instant.parse("2025-03-31T21:00:00Z"));
        assertThat(s.window().asOfGiven()).isFalse();
        assertThat(s.window().comparison()).isEmpty();
        assertThat(s.groupBy()).isEmpty();
        assertThat(s.disclosure()).isEqualTo(Disclosure.agency());
        assertThat(s.clients()).isEqualTo(ClientScope.ALL);
        assertThat(s.registry().isEmpty()).isTrue();
    }

    @Test
    void everySettingMayBeGivenOnce() {
        List<Consumer<MetricsSpecBuilder>> settings = List.of(
                b -> b.zone(ZoneId.of("Europe/Samara")), b -> b.asOf(Instant.EPOCH), b -> b.compareWith(Q1.previous()),
                b -> b.forms(Fixtures.CATALOG), b -> b.registry(LifeSituationTest.REGISTRY), b -> b.groupBy(Dimension.PROCESS),
                b -> b.segments(List.of(Dimension.CHANNEL)), b -> b.targets(List.of()), b -> b.alertRules(io.github.otklik.metrics.alert.AlertRules.DEFAULT),
                b -> b.disclosure(Disclosure.agency()), b -> b.clients(ClientScope.EXTERNAL));
        for (Consumer<MetricsSpecBuilder> setting : settings) {
            MetricsSpecBuilder b = MetricsSpec.builder(Q1);
            setting.accept(b);
            assertThatThrownBy(() -> setting.accept(b)).isInstanceOf(IllegalStateException.class).hasMessageContaining("was already set to");
        }
    }

    @Test
    void conflictingOrInvalidSettingsFailAtBuild() {
        assertThatThrownBy(() -> MetricsSpec.builder(Q1).groupBy(Dimension.PROCESS, Dimension.PROCESS).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("repeats");
        assertThatThrownBy(() -> MetricsSpec.builder(Q1).segments(List.of(Dimension.KIND)).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("kind is not a dimension of responses");
        assertThatThrownBy(() -> MetricsSpec.builder(Q1).targets(List.of(target("satisfaction.aspects.no-such-aspect.share"))).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no form has the aspect \"no-such-aspect\"");
        assertThatThrownBy(() -> MetricsSpec.builder(Q1).targets(List.of(target("satisfaction.problems.no-such-problem.share"))).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no form has the problem");
        assertThat(MetricsSpec.builder(Q1).targets(List.of(target("satisfaction.aspects.waiting-time.share"),
                target("satisfaction.problems.queue.share"))).build().targets()).hasSize(2);
    }

    @Test
    void withersReturnThisWhenNothingChanges() {
        MetricsSpec s = MetricsSpec.builder(Q1).groupBy(Dimension.PROCESS).build();
        assertThat(s.withGroupBy(List.of(Dimension.PROCESS))).isSameAs(s);
        assertThat(s.withClients(ClientScope.ALL)).isSameAs(s);
        assertThat(s.withDisclosure(Disclosure.agency())).isSameAs(s);
        assertThat(s.withoutTargets()).isSameAs(s);
        MetricsSpec other = s.withGroupBy(List.of(Dimension.CHANNEL));
        assertThat(other.groupBy()).containsExactly(Dimension.CHANNEL);
        assertThat(s.groupBy()).containsExactly(Dimension.PROCESS);
        assertThat(other).isNotEqualTo(s);
    }

    @Test
    void aSpecTravelsAsItsSerializedFormAndComesBackEqual() throws Exception {
        MetricsSpec s = MetricsSpec.builder(Q1).forms(Fixtures.CATALOG).registry(LifeSituationTest.REGISTRY).zone(ZoneId.of("Asia/Omsk"))
                .asOf(Instant.parse("2025-04-03T00:00:00Z")).compareWith(Q1.previous()).groupBy(Dimension.LIFE_SITUATION, Dimension.FORM)
                .segments(List.of(Dimension.CHANNEL)).targets(List.of(target("appeals.byTopic.0001.0002.share")))
                .disclosure(Disclosure.of(Edition.PUBLIC, 9)).clients(ClientScope.EXTERNAL).build();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(s);
        }
        Object back;
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            back = in.readObject();
        }
        assertThat(back).isEqualTo(s).isNotSameAs(s);
        assertThat(((MetricsSpec) back).forms().find("AG-1", "1")).isPresent();
    }

    static Target target(String metric) {
        return new Target("svc-1", new TargetIndicator(metric, 0.5, TargetIndicator.Direction.AT_LEAST));
    }
}
