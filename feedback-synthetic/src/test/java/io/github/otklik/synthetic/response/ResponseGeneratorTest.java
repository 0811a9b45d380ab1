package io.github.otklik.synthetic.response;

import io.github.otklik.forms.ResponseContext;
import io.github.otklik.core.channel.Channel;
import io.github.otklik.core.client.Client;
import io.github.otklik.core.client.ClientCategory;
import io.github.otklik.core.client.ClientKind;
import io.github.otklik.core.response.AnswerValue;
import io.github.otklik.core.response.SurveyResponse;
import io.github.otklik.forms.Audience;
import io.github.otklik.forms.ChoiceQuestion;
import io.github.otklik.forms.Form;
import io.github.otklik.forms.FormCatalog;
import io.github.otklik.forms.Question;
import io.github.otklik.forms.TextQuestion;
import io.github.otklik.forms.validation.ResponseValidator;
import io.github.otklik.forms.validation.Visibility;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import static io.github.otklik.synthetic.response.Fixtures.CUSTOM;
import static io.github.otklik.synthetic.response.Fixtures.FORMS;
import static io.github.otklik.synthetic.response.Fixtures.VALIDATOR;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

class ResponseGeneratorTest {
    private static final ResponseValidator STANDARD_VALIDATOR = new ResponseValidator(FormCatalog.standard());

    @Test
    void everyResponseToAStandardTemplateIsValid() {
        // the law on the standard catalog itself, every template, seeds and satisfactions at random
        qt().withExamples(400).forAll(longs().all(), integers().between(0, FormCatalog.STANDARD_IDS.size() - 1),
                doubles().between(0, 1)).checkAssert((seed, index, satisfaction) -> {
                    Form form = FormCatalog.standard().forms().get(index);
                    ResponseGenerator generator = new ResponseGenerator(seed);
                    SplittableRandom random = new SplittableRandom(seed);
                    for (int i = 0; i < 10; i++) {
                        SurveyResponse r = generator.next(form, Fixtures.context(form, random, i), satisfaction);
                        assertThat(STANDARD_VALIDATOR.check(r)).as("%s %s", form.key(), r.answers()).isEmpty();
                    }
                });
    }

    @Test
    void everyResponseIsValidWhateverTheProfile() {
        qt().withExamples(400).forAll(longs().all(), integers().between(0, FORMS.size() - 1), Fixtures.profiles())
                .checkAssert((seed, index, profile) -> {
                    Form form = FORMS.get(index);
                    ResponseGenerator generator = new ResponseGenerator(seed);
                    SplittableRandom random = new SplittableRandom(seed);
                    for (int i = 0; i < 10; i++) {
                        SurveyResponse r = generator.next(form, Fixtures.context(form, random, i), profile);
                        assertThat(VALIDATOR.check(r)).as("%s %s %s", form.key(), profile, r.answers()).isEmpty();
                        assertAnswersInFormOrderAndOnlyVisible(form, r);
                    }
                });
    }

    @Test
    void everyTemplateIsCoveredWithManySeeds() {
        for (Form form : FORMS) {
            SplittableRandom random = new SplittableRandom(form.id().hashCode());
            for (int seed = 0; seed < 300; seed++) {
                SurveyResponse r = new ResponseGenerator(seed).next(form, Fixtures.context(form, random, seed),
                        random.nextDouble());
                assertThat(VALIDATOR.check(r)).as("%s seed %d %s", form.key(), seed, r.answers()).isEmpty();
            }
        }
    }

    @Test
    void theSameSeedGivesTheSameResponses() {
        for (Form form : FORMS) {
            ResponseGenerator a = new ResponseGenerator(99);
            ResponseGenerator b = new ResponseGenerator(99);
            SplittableRandom ra = new SplittableRandom(5);
            SplittableRandom rb = new SplittableRandom(5);
            List<Map<String, AnswerValue>> answersA = new ArrayList<>();
            for (int i = 0; i < 50; i++) {
                SurveyResponse x = a.next(form, Fixtures.context(form, ra, i), 0.5);
                SurveyResponse y = b.next(form, Fixtures.context(form, rb, i), 0.5);
                assertThat(x).isEqualTo(y);
                answersA.add(x.answers());
            }
            assertThat(new HashSet<>(answersA)).as("answers vary").hasSizeGreaterThan(10);
        }
    }

    @Test
    void theEnvelopeComesFromTheContext() {
        Form ext1 = FormCatalog.standard().find("EXT-1", "1").orElseThrow();
        ResponseContext named = ResponseContext.builder("r-7").submittedAt(Instant.parse("2025-03-31T21:30:00Z"))
                .agency("minsoc").process("svc-042").channel(Channel.MFC)
                .client(Client.of(ClientKind.EXTERNAL, ClientCategory.LEGAL_ENTITY))
                .respondent(Map.of("name", AnswerValue.of("Анна Смирнова"))).build();
        SurveyResponse r = new ResponseGenerator(1).next(ext1, named, 0.9);
        assertThat(r.id()).isEqualTo("r-7");
        assertThat(r.form()).isEqualTo("EXT-1");
        assertThat(r.formVersion()).isEqualTo("1");
        assertThat(r.submittedAt()).isEqualTo(Instant.parse("2025-03-31T21:30:00Z"));
        assertThat(r.agency()).isEqualTo("minsoc");
        assertThat(r.process()).contains("svc-042");
        assertThat(r.channel()).isEqualTo(Channel.MFC);
        assertThat(r.client()).isEqualTo(Client.of(ClientKind.EXTERNAL, ClientCategory.LEGAL_ENTITY));
        assertThat(r.anonymous()).isFalse();
        assertThat(r.respondent()).contains(Map.of("name", AnswerValue.of("Анна Смирнова")));
    }

    @Test
    void aResponseToAnExternalFormNeedsAProcess() {
        Form ext1 = FormCatalog.standard().find("EXT-1", "1").orElseThrow();
        ResponseContext noProcess = ResponseContext.builder("r-1").submittedAt(Instant.EPOCH).agency("minsoc")
                .channel(Channel.EPGU).client(Client.of(ClientKind.EXTERNAL)).build();
        assertThatThrownBy(() -> new ResponseGenerator(1).next(ext1, noProcess, 0.5))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("process");
        Form int1 = FormCatalog.standard().find("INT-1", "1").orElseThrow();
        ResponseContext internal = ResponseContext.builder("r-2").submittedAt(Instant.EPOCH).agency("minsoc")
                .channel(Channel.INTRANET).client(Client.of(ClientKind.INTERNAL)).build();
        assertThat(STANDARD_VALIDATOR.check(new ResponseGenerator(1).next(int1, internal, 0.5))).isEmpty();
    }

    @Test
    void segmentAnswersAgreeWithTheClientAndChannel() {
        SplittableRandom random = new SplittableRandom(3);
        int compared = 0;
        for (Form form : FORMS) {
            ResponseGenerator generator = new ResponseGenerator(form.id().hashCode());
            for (int i = 0; i < 300; i++) {
                ResponseContext context = Fixtures.context(form, random, i);
                SurveyResponse r = generator.next(form, context, RespondentProfile.of(0.6).withOptionalAnswerRate(1));
                for (Question q : form.questions()) {
                    AnswerValue a = r.answers().get(q.id());
                    if (a == null || q.segment().isEmpty()) {
                        continue;
                    }
                    ChoiceQuestion c = (ChoiceQuestion) q;
                    if (q.segment().get().equals("channel")) {
                        String expected = c.option(r.channel().name()).isPresent() ? r.channel().name() : "OTHER";
                        assertThat(a).as(form.key()).isEqualTo(AnswerValue.of(expected));
                        compared++;
                    } else if (q.segment().get().equals("category") && r.client().category().isPresent()
                            && c.option(r.client().category().get().name()).isPresent()) {
                        assertThat(a).as(form.key()).isEqualTo(AnswerValue.of(r.client().category().get().name()));
                        compared++;
                    }
                }
            }
        }
        assertThat(compared).isGreaterThan(1_000);
    }

    @Test
    void textsKeepToTheirMaximumLengthInCodePoints() {
        ResponseGenerator generator = new ResponseGenerator(11);
        SplittableRandom random = new SplittableRandom(11);
        int texts = 0;
        for (int i = 0; i < 500; i++) {
            SurveyResponse r = generator.next(CUSTOM, Fixtures.context(CUSTOM, random, i),
                    RespondentProfile.of(random.nextDouble()).withCommentRate(1).withScreenOutRate(0));
            for (Question q : CUSTOM.questions()) {
                if (q instanceof TextQuestion t && r.answers().get(q.id()) instanceof AnswerValue.TextValue v) {
                    assertThat(v.value().codePointCount(0, v.value().length())).isBetween(1, t.maxLength().getAsInt());
                    texts++;
                }
            }
        }
        assertThat(texts).isGreaterThan(500);
    }

    @Test
    void problemsAreChosenMoreOftenAfterLowRatingsAndFavourTheProfilesCodes() {
        // on the custom form the problem question is always visible, so the correlation is the generator's own
        ResponseGenerator generator = new ResponseGenerator(5);
        SplittableRandom random = new SplittableRandom(5);
        int low = 0;
        int lowWithProblems = 0;
        int high = 0;
        int highWithProblems = 0;
        int favoured = 0;
        int chosen = 0;
        for (int i = 0; i < 4_000; i++) {
            SurveyResponse r = generator.next(CUSTOM, Fixtures.context(CUSTOM, random, i),
                    RespondentProfile.of(random.nextDouble()).withScreenOutRate(0).withProblemCodes(List.of("rude")));
            if (!(r.answers().get("overall") instanceof AnswerValue.IntegerValue overall)) {
                continue;
            }
            AnswerValue problems = r.answers().get("problems");
            if (overall.value() <= 4) {
                low++;
                lowWithProblems += problems == null ? 0 : 1;
            } else if (overall.value() >= 7) {
                high++;
                highWithProblems += problems == null ? 0 : 1;
            }
            if (problems instanceof AnswerValue.ArrayValue a) {
                chosen += a.values().size();
                favoured += a.values().contains(AnswerValue.of("rude")) ? 1 : 0;
            }
        }
        assertThat((double) lowWithProblems / low).isGreaterThan((double) highWithProblems / high + 0.3);
        assertThat((double) favoured / chosen).as("share of the favoured code among choices").isGreaterThan(0.4);
    }

    @Test
    void profilesRejectRatesOutsideTheUnitInterval() {
        assertThatThrownBy(() -> RespondentProfile.of(1.01)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("satisfaction");
        assertThatThrownBy(() -> RespondentProfile.of(0.5).withDontKnowRate(Double.NaN))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("dontKnowRate");
        assertThatThrownBy(() -> RespondentProfile.of(0.5).withScreenOutRate(-0.1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(RespondentProfile.of(0.5).withCommentRate(1).commentRate()).isEqualTo(1);
    }

    private static void assertAnswersInFormOrderAndOnlyVisible(Form form, SurveyResponse r) {
        Visibility visibility = Visibility.of(form, r.answers());
        int last = -1;
        for (String id : r.answers().keySet()) {
            int index = form.indexOf(id);
            assertThat(index).as("order of %s", id).isGreaterThan(last);
            assertThat(visibility.isVisible(index)).as("%s visible", id).isTrue();
            last = index;
        }
        for (int i = 0; i < form.questions().size(); i++) {
            Question q = form.questions().get(i);
            if (q.required() && visibility.isVisible(i)) {
                assertThat(r.answers()).as("required %s", q.id()).containsKey(q.id());
            }
        }
        if (form.audience() == Audience.EXTERNAL) {
            assertThat(r.process()).isPresent();
        }
    }
}
