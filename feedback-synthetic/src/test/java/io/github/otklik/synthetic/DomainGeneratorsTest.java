package io.github.otklik.synthetic;

import io.github.otklik.core.appeal.Appeal;
import io.github.otklik.core.period.ReportingPeriod;
import io.github.otklik.core.process.ProcessInstance;
import io.github.otklik.core.response.SurveyResponse;
import io.github.otklik.core.validation.DomainValidator;
import io.github.otklik.forms.Form;
import io.github.otklik.forms.FormCatalog;
import io.github.otklik.forms.validation.ResponseValidator;
import org.junit.jupiter.api.Test;

import java.time.ZoneId;
import java.util.List;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;

/** The generators alone; {@code feedback-test}'s {@code OtklikGensTest} checks them through QuickTheories and the engine. */
class DomainGeneratorsTest {
    private static final ReportingPeriod Q1 = ReportingPeriod.parse("2025-Q1");
    private static final ZoneId SAMARA = ZoneId.of("Europe/Samara");
    private static final DomainGenerators GEN = DomainGenerators.forPeriod(Q1).inZone(SAMARA);

    @Test
    void sameSeedSameValue() {
        assertThat(GEN.appeal(new SplittableRandom(3))).isEqualTo(GEN.appeal(new SplittableRandom(3)));
        assertThat(GEN.processInstance(new SplittableRandom(3))).isEqualTo(GEN.processInstance(new SplittableRandom(3)));
        Form ext1 = FormCatalog.standard().find("EXT-1", "1").orElseThrow();
        assertThat(GEN.response(ext1, new SplittableRandom(3))).isEqualTo(GEN.response(ext1, new SplittableRandom(3)));
    }

    @Test
    void everyGeneratedResponseValidatesAndFallsInThePeriod() {
        FormCatalog catalog = FormCatalog.standard();
        ResponseValidator validator = new ResponseValidator(catalog);
        for (Form form : catalog.forms()) {
            for (long seed = 0; seed < 40; seed++) {
                SurveyResponse r = GEN.response(form, new SplittableRandom(seed));
                assertThat(validator.check(r)).as("%s seed %d", form.key(), seed).isEmpty();
                assertThat(Q1.contains(r.submittedAt(), SAMARA)).isTrue();
            }
        }
    }

    @Test
    void everyGeneratedAppealAndInstanceIsValidAndInThePeriod() {
        try (DomainValidator validator = new DomainValidator()) {
            for (long seed = 0; seed < 200; seed++) {
                Appeal a = GEN.appeal(new SplittableRandom(seed));
                ProcessInstance p = GEN.processInstance(new SplittableRandom(seed));
                assertThat(validator.validate(a)).isEmpty();
                assertThat(validator.validate(p)).isEmpty();
                assertThat(Q1.contains(a.registeredAt(), SAMARA)).isTrue();
                assertThat(Q1.contains(p.startedAt(), SAMARA)).isTrue();
            }
        }
    }

    @Test
    void generatorsAreConfigurable() {
        DomainGenerators one = GEN.withProcesses(List.of("only")).withReasons(List.of("why"));
        assertThat(one.appeal(new SplittableRandom(1)).process()).contains("only");
    }
}
