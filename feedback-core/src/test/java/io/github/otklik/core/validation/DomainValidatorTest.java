package io.github.otklik.core.validation;

import io.github.otklik.core.appeal.Appeal;
import io.github.otklik.core.appeal.AppealKind;
import io.github.otklik.core.channel.Channel;
import io.github.otklik.core.client.Client;
import io.github.otklik.core.client.ClientKind;
import io.github.otklik.core.process.Process;
import io.github.otklik.core.process.ProcessInstance;
import io.github.otklik.core.process.ProcessType;
import io.github.otklik.core.text.LocalizedText;
import io.github.otklik.core.response.SurveyResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.strings;

class DomainValidatorTest {
    private static final DomainValidator VALIDATOR = new DomainValidator();
    private static final Instant T = Instant.parse("2025-01-10T09:00:00Z");

    @AfterAll
    static void close() {
        VALIDATOR.close();
    }

    @Test
    void validRecordsHaveNoViolations() {
        Appeal a = Appeal.builder("a-1").agency("ag").channel(Channel.EPGU).kind(AppealKind.APPEAL).registeredAt(T).build();
        assertThat(VALIDATOR.validate(a)).isEmpty();
    }

    @Test
    void everyViolationIsReportedWithItsPath() {
        Appeal a = Appeal.builder("a 1").agency(".ag").process("ok").channel(Channel.EPGU).kind(AppealKind.APPEAL)
                .reason("has.dot").registeredAt(T).build();
        assertThat(VALIDATOR.validate(a)).extracting(Violation::path).containsExactly("agency", "id", "reason");
        assertThat(VALIDATOR.validate(a).get(1).message()).contains("\"a 1\"");
    }

    @Test
    void responsesAndInstancesAreChecked() {
        SurveyResponse r = SurveyResponse.builder("r-1").form("EXT 1", "1").submittedAt(T).agency("ag")
                .channel(Channel.EPGU).client(Client.of(ClientKind.EXTERNAL)).build();
        assertThat(VALIDATOR.validate(r)).extracting(Violation::path).containsExactly("form");
        ProcessInstance p = ProcessInstance.builder("p-1").agency("ag").process("svc/1").startedAt(T).build();
        assertThat(VALIDATOR.validate(p)).extracting(Violation::path).containsExactly("process");
        ProcessInstance unreported = ProcessInstance.builder("p-1").agency("ag").process("svc-1").startedAt(T).build();
        assertThat(VALIDATOR.validate(unreported)).as("touches not reported is valid").isEmpty();
        Process noVolume = Process.builder("svc-1", LocalizedText.of("Услуга"), ProcessType.SERVICE).build();
        assertThat(VALIDATOR.validate(noVolume)).as("unknown annual volume is valid").isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"a", "A-1", "x.y:z_w-v", "0"})
    void identifiersAccepted(String id) {
        assertThat(Identifiers.isIdentifier(id)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "-a", ".a", "a b", "a/b", "я", "a\n"})
    void identifiersRejected(String id) {
        assertThat(Identifiers.isIdentifier(id)).isFalse();
    }

    @Test
    void handWrittenMatchersAgreeWithTheSpecRegexes() {
        qt().forAll(strings().ascii().ofLengthBetween(0, 130)).checkAssert(s -> {
            assertThat(Identifiers.isIdentifier(s)).isEqualTo(Identifiers.IDENTIFIER.matcher(s).matches());
            assertThat(Identifiers.isCode(s)).isEqualTo(Identifiers.CODE.matcher(s).matches());
        });
        qt().forAll(strings().betweenCodePoints('-', 'z').ofLengthBetween(1, 130)).checkAssert(s -> {
            assertThat(Identifiers.isIdentifier(s)).isEqualTo(Identifiers.IDENTIFIER.matcher(s).matches());
            assertThat(Identifiers.isCode(s)).isEqualTo(Identifiers.CODE.matcher(s).matches());
        });
    }
}
