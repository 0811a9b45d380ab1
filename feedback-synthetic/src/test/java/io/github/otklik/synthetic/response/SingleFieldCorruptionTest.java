package io.github.otklik.synthetic.response;

import io.github.otklik.core.response.SurveyResponse;
import io.github.otklik.core.validation.Violation;
import io.github.otklik.forms.Audience;
import io.github.otklik.forms.Form;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicLong;

import static io.github.otklik.synthetic.response.Fixtures.FORMS;
import static io.github.otklik.synthetic.response.Fixtures.VALIDATOR;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

class SingleFieldCorruptionTest {
    @Test
    void everySingleFieldCorruptionIsRejectedAtItsPath() {
        AtomicLong corruptions = new AtomicLong();
        AtomicLong hidden = new AtomicLong();
        qt().withExamples(400).forAll(longs().all(), integers().between(0, FORMS.size() - 1), Fixtures.profiles())
                .checkAssert((seed, index, profile) -> {
                    Form form = FORMS.get(index);
                    SurveyResponse valid = new ResponseGenerator(seed)
                            .next(form, Fixtures.context(form, new SplittableRandom(seed), 1), profile);
                    assertThat(VALIDATOR.check(valid)).isEmpty();
                    for (Corruption c : Corruptions.of(form, valid)) {
                        List<Violation> problems = VALIDATOR.check(c.response());
                        assertThat(problems).as("%s of %s", c.description(), valid.answers()).isNotEmpty();
                        assertThat(problems.get(0).path()).as("%s of %s: %s", c.description(), valid.answers(), problems)
                                .isEqualTo(c.expectedPath());
                        corruptions.incrementAndGet();
                        hidden.addAndGet(Corruptions.isHidden(c) ? 1 : 0);
                    }
                });
        assertThat(corruptions.get()).isGreaterThan(4_000);
        assertThat(hidden.get()).as("hidden questions answered").isGreaterThan(100);
    }

    @Test
    void removingTheProcessKeepsAnInternalResponseValid() {
        for (Form form : FORMS) {
            if (form.audience() != Audience.INTERNAL) {
                continue;
            }
            SplittableRandom random = new SplittableRandom(17);
            for (int i = 0; i < 50; i++) {
                SurveyResponse r = new ResponseGenerator(i).next(form, Fixtures.context(form, random, i), 0.5);
                assertThat(VALIDATOR.check(Corruptions.withoutProcess(r))).as(form.key()).isEmpty();
            }
        }
    }
}
