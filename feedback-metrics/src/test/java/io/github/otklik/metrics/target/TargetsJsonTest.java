package io.github.otklik.metrics.target;

import io.github.otklik.core.config.ConfigException;
import io.github.otklik.core.process.TargetIndicator;
import io.github.otklik.core.validation.Violation;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class TargetsJsonTest {
    @Test
    void readsTheContractsExample() {
        assertThat(TargetsJson.parse("[{\"process\": \"svc-1\", \"metric\": \"satisfaction.overall.share\", \"target\": 0.9, "
                + "\"direction\": \"atLeast\"}, {\"process\": \"svc-2\", \"metric\": \"appeals.waitDays.p90\", \"target\": 10, "
                + "\"direction\": \"atMost\"}]", "t.json")).containsExactly(
                new Target("svc-1", new TargetIndicator("satisfaction.overall.share", 0.9, TargetIndicator.Direction.AT_LEAST)),
                new Target("svc-2", new TargetIndicator("appeals.waitDays.p90", 10, TargetIndicator.Direction.AT_MOST)));
    }

    @Test
    void everyProblemIsReportedWithItsPathAndTheFile() {
        ConfigException e = catchThrowableOfType(() -> TargetsJson.parse("[{\"process\": \"svc-1\", \"metric\": \"satisfaction.overal.share\", "
                + "\"target\": 0.9, \"direction\": \"atLeast\"}, {\"process\": 7, \"metric\": \"appeals.waitDays.p90\", \"target\": \"10\", "
                + "\"direction\": \"below\", \"note\": \"x\"}, {\"process\": \"svc-3\"}]", "t.json"), ConfigException.class);
        assertThat(e.getMessage()).startsWith("invalid targets file t.json: ");
        assertThat(e.problems()).extracting(Violation::path).containsExactly(
                "[0].metric", "[1].note", "[1].process", "[1].target", "[1].direction", "[2].metric", "[2].target", "[2].direction");
        assertThat(e.problems().get(0).message()).startsWith("unknown target metric \"satisfaction.overal.share\"");
        assertThat(e.problems().get(4).message()).isEqualTo("unknown direction \"below\" (expected atLeast or atMost)");
    }

    @Test
    void aRepeatedKeyAndAWrongRootAreProblems() {
        ConfigException repeated = catchThrowableOfType(() -> TargetsJson.parse("[{\"process\": \"a\", \"process\": \"b\", \"metric\": "
                + "\"processes.negativeShare\", \"target\": 0.1, \"direction\": \"atMost\"}]", "t.json"), ConfigException.class);
        assertThat(repeated.problems()).extracting(Violation::path).containsExactly("[0].process");
        ConfigException object = catchThrowableOfType(() -> TargetsJson.parse("{}", "t.json"), ConfigException.class);
        assertThat(object.problems()).extracting(Violation::toString).containsExactly("must be an array, found an object");
        assertThat(TargetsJson.parse("[]", "t.json")).isEqualTo(List.of());
    }
}
