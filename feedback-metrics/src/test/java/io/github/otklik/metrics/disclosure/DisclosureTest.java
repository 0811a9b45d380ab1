package io.github.otklik.metrics.disclosure;

import io.github.otklik.core.process.TargetIndicator;
import io.github.otklik.metrics.Cell;
import io.github.otklik.metrics.Part;
import io.github.otklik.metrics.satisfaction.ProblemResult;
import io.github.otklik.metrics.satisfaction.SatisfactionFigures;
import io.github.otklik.metrics.satisfaction.ScaleResult;
import io.github.otklik.metrics.target.Target;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DisclosureTest {
    private static SatisfactionFigures figures(long answered) {
        return new SatisfactionFigures(answered, ScaleResult.of(answered, 0, answered, 0, 0, 5 * answered),
                Map.of("a", Cell.shown(ScaleResult.of(2, 0, 2, 0, 0, 10))), Map.of("p", Cell.shown(new ProblemResult(1, 7))));
    }

    private static Target target(String metric) {
        return new Target("svc", new TargetIndicator(metric, 1, TargetIndicator.Direction.AT_LEAST));
    }

    @Test
    void theAgencyEditionShowsEverything() {
        Disclosure d = Disclosure.agency();
        for (Content c : Content.values()) {
            assertThat(d.shows(c)).isTrue();
        }
        for (Part p : Part.values()) {
            assertThat(d.shows(p)).isTrue();
        }
        assertThat(d.group(figures(1))).isEqualTo(Cell.shown(figures(1)));
        assertThat(d.shows(target("appeals.waitDays.p90"))).isTrue();
        assertThat(d.showsCount(0)).isTrue();
    }

    @Test
    void thePublicEditionShowsNoInternalContentAndSuppressesSmallCells() {
        Disclosure d = Disclosure.of(Edition.PUBLIC, 5);
        for (Content c : Content.values()) {
            assertThat(d.shows(c)).isFalse();
        }
        assertThat(d.shows(Part.SATISFACTION)).isTrue();
        assertThat(d.shows(Part.APPEALS)).isFalse();
        assertThat(d.shows(Part.PROCESSES_BY_PROCESS)).isFalse();
        assertThat(d.group(figures(4)).isSuppressed()).isTrue();
        SatisfactionFigures shown = d.group(figures(5)).figure().orElseThrow();
        assertThat(shown.aspects().get("a").isSuppressed()).isTrue(); // 2 answers
        assertThat(shown.problems().get("p").isSuppressed()).isFalse(); // base 7
        assertThat(d.shows(target("satisfaction.overall.share"))).isTrue();
        assertThat(d.shows(target("processes.negativeShare"))).isFalse();
        assertThat(d.showsCount(4)).isFalse();
        assertThat(d.showsCount(5)).isTrue();
    }

    @Test
    void aCellBelowOneIsRefused() {
        assertThatThrownBy(() -> Disclosure.of(Edition.PUBLIC, 0)).hasMessageContaining("at least 1");
        assertThat(Disclosure.publicEdition().withMinCell(5)).isEqualTo(Disclosure.publicEdition());
        Disclosure d = Disclosure.publicEdition();
        assertThat(d.withMinCell(5)).isSameAs(d);
        assertThat(Edition.fromWireName("internal")).isEqualTo(Edition.AGENCY);
        assertThatThrownBy(() -> Edition.fromWireName("employees")).hasMessageContaining("expected internal or public");
    }
}
