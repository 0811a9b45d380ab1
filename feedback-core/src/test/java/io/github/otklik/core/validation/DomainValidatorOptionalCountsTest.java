package io.github.otklik.core.validation;

import io.github.otklik.core.process.Process;
import io.github.otklik.core.process.ProcessInstance;
import io.github.otklik.core.process.ProcessType;
import io.github.otklik.core.text.LocalizedText;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** Regression: an unreported {@code touches} or {@code annualVolume} is not a violation. */
class DomainValidatorOptionalCountsTest {
    @Test
    void unreportedTouchesAndAnnualVolumeAreValid() {
        try (DomainValidator validator = new DomainValidator()) {
            ProcessInstance instance = ProcessInstance.builder("pi-1").agency("minsoc").process("svc-1")
                    .startedAt(Instant.parse("2025-02-01T08:00:00Z")).build();
            Process process = Process.builder("svc-1", LocalizedText.of("Услуга"), ProcessType.SERVICE).build();
            assertThat(validator.validate(instance)).isEmpty();
            assertThat(validator.validate(process)).isEmpty();
            // the validator still reports real problems
            ProcessInstance badId = ProcessInstance.builder("pi 2").agency("minsoc").process("svc-1")
                    .startedAt(Instant.parse("2025-02-01T08:00:00Z")).touches(3).build();
            assertThat(validator.validate(badId)).extracting(Violation::path).containsExactly("id");
        }
    }
}
