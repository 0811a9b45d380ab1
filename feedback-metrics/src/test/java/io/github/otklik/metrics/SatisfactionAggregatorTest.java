package io.github.otklik.metrics;

import io.github.otklik.core.channel.Channel;
import io.github.otklik.core.response.SurveyResponse;
import io.github.otklik.metrics.satisfaction.ProblemResult;
import io.github.otklik.metrics.satisfaction.SatisfactionAggregator;
import io.github.otklik.metrics.satisfaction.SatisfactionFigures;
import io.github.otklik.metrics.satisfaction.ScaleResult;
import io.github.otklik.metrics.stats.Normal;
import io.github.otklik.metrics.stats.Wilson;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.github.otklik.metrics.Fixtures.ext;
import static io.github.otklik.metrics.Fixtures.internal;
import static org.assertj.core.api.Assertions.assertThat;

class SatisfactionAggregatorTest {
    private static final String T = "2025-02-01T10:00:00Z";

    private static SatisfactionFigures figures(SurveyResponse... responses) {
        return List.of(responses).stream().collect(new SatisfactionAggregator(Fixtures.CATALOG).collector());
    }

    @Test
    void overallAspectsAndProblemsByHand() {
        SatisfactionFigures f = figures(
                ext("p", Channel.EPGU, T, "used", "yes", "overall", 5, "speed", 4),
                ext("p", Channel.EPGU, T, "used", "yes", "overall", 4, "speed", "dk"),
                ext("p", Channel.EPGU, T, "used", "yes", "overall", 3, "problems", List.of("queue")),
                ext("p", Channel.EPGU, T, "used", "yes", "overall", 2, "speed", 1, "problems", List.of("queue", "docs")),
                ext("p", Channel.EPGU, T, "used", "yes", "overall", "dk"),
                ext("p", Channel.EPGU, T, "used", "no"),
                internal(T, "overall", 3, "tools", 2));
        assertThat(f.responses()).isEqualTo(7);
        // overall: AG-1 answers 5,4,3,2 (thresholds 4/2) + AG-INT 3 (thresholds 3/1): satisfied 5,4,3(int) = 3; neutral 3; dissatisfied 2
        ScaleResult o = f.overall();
        assertThat(o).isEqualTo(ScaleResult.of(5, 1, 3, 1, 1, 17));
        assertThat(o.share().getAsDouble()).isEqualTo(0.6);
        assertThat(o.mean().getAsDouble()).isEqualTo(3.4);
        assertThat(o.ci95()).contains(Wilson.interval(3, 5, Normal.Z95));
        assertThat(f.aspects().keySet()).containsExactly("equipment", "speed");
        assertThat(f.aspects().get("speed").figure().get()).isEqualTo(ScaleResult.of(2, 1, 1, 0, 1, 5));
        assertThat(f.aspects().get("equipment").figure().get()).isEqualTo(ScaleResult.of(1, 0, 0, 0, 1, 2));
        // base: AG-1 responses whose overall is visible = the five with used=yes; the "no" one is not in the base
        assertThat(f.problems().keySet()).containsExactly("docs", "queue");
        assertThat(f.problems().get("queue").figure().get()).isEqualTo(new ProblemResult(2, 5));
        assertThat(f.problems().get("docs").figure().get().share().getAsDouble()).isEqualTo(0.2);
    }

    @Test
    void aScaleAnsweredOnlyDifficultToAnswerHasNoShare() {
        SatisfactionFigures f = figures(ext("p", Channel.EPGU, T, "used", "yes", "overall", "dk"),
                ext("p", Channel.EPGU, T, "used", "yes", "overall", "dk"));
        assertThat(f.overall().answered()).isZero();
        assertThat(f.overall().dontKnow()).isEqualTo(2);
        assertThat(f.overall().share()).isEmpty();
        assertThat(f.overall().ci95()).isEmpty();
        assertThat(f.overall().mean()).isEmpty();
        assertThat(f.aspects().get("speed").figure().get().answered()).isZero();
        assertThat(f.problems()).isEmpty();
    }

    @Test
    void aSingleResponse() {
        SatisfactionFigures f = figures(ext("p", Channel.EPGU, T, "used", "yes", "overall", 1, "problems", List.of("docs")));
        assertThat(f.overall().share().getAsDouble()).isZero();
        Wilson.Interval ci = f.overall().ci95().get();
        // Wilson for 0 of 1: centre = (z²/2)/(1+z²), half = z·√(z²/4)/(1+z²)
        double z = Normal.Z95;
        assertThat(ci.high()).isCloseTo((z * z / 2 + z * Math.sqrt(z * z / 4)) / (1 + z * z), org.assertj.core.data.Offset.offset(1e-15));
        assertThat(f.problems().get("docs").figure().get()).isEqualTo(new ProblemResult(1, 1));
    }

    @Test
    void emptyInput() {
        SatisfactionFigures f = figures();
        assertThat(f.responses()).isZero();
        assertThat(f.overall().answered()).isZero();
        assertThat(f.aspects()).isEmpty();
    }
}
