package io.github.otklik.forms.validation;

import io.github.otklik.core.channel.Channel;
import io.github.otklik.core.client.Client;
import io.github.otklik.core.client.ClientKind;
import io.github.otklik.core.process.ProcessType;
import io.github.otklik.core.response.AnswerValue;
import io.github.otklik.core.response.SurveyResponse;
import io.github.otklik.core.validation.Violation;
import io.github.otklik.forms.Audience;
import io.github.otklik.forms.ChoiceQuestion;
import io.github.otklik.forms.Condition;
import io.github.otklik.forms.Form;
import io.github.otklik.forms.FormCatalog;
import io.github.otklik.forms.NumberQuestion;
import io.github.otklik.forms.Option;
import io.github.otklik.forms.Question;
import io.github.otklik.forms.ScaleQuestion;
import io.github.otklik.forms.TextQuestion;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

/**
 * The compiled checks give exactly the violations (path, message, order) of the reference
 * algorithm ({@link ReferenceValidator}) on generated responses, valid and broken, to the standard
 * forms and to generated forms with conditions, ending options and bounds of every kind. Each
 * example is built from one seed, so a failure names the seed that reproduces it.
 */
class ValidatorEquivalenceTest {
    private static final FormCatalog STANDARD = FormCatalog.standard();
    private static final ResponseValidator VALIDATOR = new ResponseValidator(STANDARD);
    private static final ReferenceValidator REFERENCE = new ReferenceValidator(STANDARD);
    private static final List<BigDecimal> BOUNDS = List.of(new BigDecimal("-5"), BigDecimal.ZERO, new BigDecimal("2.5"),
            new BigDecimal("1E+3"), new BigDecimal("-0.5"), new BigDecimal("1E+30"), new BigDecimal("-1E+30"),
            new BigDecimal("9223372036854775807"), new BigDecimal("1E-50"));

    @Test
    void standardFormsGiveTheReferenceViolations() {
        List<Form> forms = STANDARD.forms();
        qt().withExamples(5_000).forAll(longs().all()).checkAssert(seed -> {
            Random r = new Random(seed);
            Form form = forms.get(r.nextInt(forms.size()));
            SurveyResponse response = response(form, r);
            assertThat(VALIDATOR.check(response)).as("seed %d", seed).isEqualTo(REFERENCE.check(response));
            assertThat(VALIDATOR.check(form, response)).as("seed %d", seed).isEqualTo(REFERENCE.check(form, response));
        });
    }

    @Test
    void generatedFormsGiveTheReferenceViolations() {
        qt().withExamples(1_500).forAll(longs().all()).checkAssert(seed -> {
            Random r = new Random(seed);
            Form form = form(r);
            FormCatalog catalog = FormCatalog.builder().standard().add(form).build();
            ResponseValidator validator = new ResponseValidator(catalog);
            ReferenceValidator reference = new ReferenceValidator(catalog);
            for (int i = 0; i < 20; i++) {
                SurveyResponse response = response(form, r);
                assertThat(validator.check(response)).as("seed %d, response %d", seed, i).isEqualTo(reference.check(response));
                // the form outside any catalog, as a caller of check(Form, …) may pass it
                assertThat(VALIDATOR.check(form, response)).as("seed %d, response %d", seed, i)
                        .isEqualTo(reference.check(form, response));
            }
        });
    }

    @Test
    void theGeneratedResponsesCoverEveryVerdict() {
        // a property over responses that never fail would prove little: every kind of violation appears
        Random r = new Random(7);
        List<String> messages = new ArrayList<>();
        List<Form> forms = new ArrayList<>(STANDARD.forms());
        for (int i = 0; i < 300; i++) {
            forms.add(form(r));
        }
        int valid = 0;
        for (Form form : forms) {
            for (int i = 0; i < 30; i++) {
                List<Violation> v = new ReferenceValidator(FormCatalog.builder().add(form).build()).check(response(form, r));
                valid += v.isEmpty() ? 1 : 0;
                v.forEach(x -> messages.add(x.message()));
            }
        }
        assertThat(valid).isGreaterThan(500);
        for (String part : List.of("unknown question", "unknown form", "unknown version", "required for responses",
                "is outside", "expected an integer", "\"dk\" is not allowed", "unknown option", "is chosen twice",
                "found an empty array", "expected option values", "expected one option value", "expected true or false",
                "expected a string", "characters long", "expected a number", "answered after the survey ended",
                "answered although hidden", "required question is not answered")) {
            assertThat(messages).as(part).anyMatch(m -> m.contains(part));
        }
    }

    /** A valid form of one to eight questions of every type, some with conditions on earlier ones. */
    static Form form(Random r) {
        Form.Builder b = Form.builder("AG-" + r.nextInt(1000)).version(Integer.toString(1 + r.nextInt(3)))
                .audience(r.nextBoolean() ? Audience.EXTERNAL : Audience.INTERNAL)
                .processTypes(ProcessType.SERVICE).title("Анкета", "Form");
        List<Question> earlier = new ArrayList<>();
        int n = 1 + r.nextInt(8);
        for (int i = 0; i < n; i++) {
            Question q = question("q" + i, r, earlier);
            earlier.add(q);
            b.question(q);
        }
        return b.build();
    }

    private static Question question(String id, Random r, List<Question> earlier) {
        Question.Builder<?, ?> b;
        switch (r.nextInt(6)) {
            case 0, 1 -> {
                ChoiceQuestion.Builder c = r.nextBoolean() ? Question.single(id) : Question.multi(id);
                int options = 1 + r.nextInt(5);
                for (int k = 0; k < options; k++) {
                    String value = "abcdefghijkl".substring(k, k + 1) + (r.nextInt(4) == 0 ? "-long-value" : "");
                    c.option(new Option(value, io.github.otklik.core.text.LocalizedText.of("Вариант", "Option"), r.nextInt(5) == 0));
                }
                b = c;
            }
            case 2 -> {
                ScaleQuestion.Builder s = Question.scale(id);
                switch (r.nextInt(3)) {
                    case 0 -> s.range(1, 5);
                    case 1 -> s.range(0, 10);
                    default -> s.range(1, 4);
                }
                b = s.dontKnow(r.nextBoolean());
            }
            case 3 -> b = Question.bool(id);
            case 4 -> {
                TextQuestion.Builder t = Question.text(id);
                int max = List.of(0, 1, 3, 10).get(r.nextInt(4));
                b = max == 0 ? t : t.maxLength(max);
            }
            default -> {
                NumberQuestion.Builder nb = Question.number(id);
                BigDecimal lo = r.nextBoolean() ? BOUNDS.get(r.nextInt(BOUNDS.size())) : null;
                BigDecimal hi = r.nextBoolean() ? BOUNDS.get(r.nextInt(BOUNDS.size())) : null;
                if (lo != null && hi != null && lo.compareTo(hi) > 0) {
                    BigDecimal t = lo;
                    lo = hi;
                    hi = t;
                }
                if (lo != null) {
                    nb.min(lo);
                }
                if (hi != null) {
                    nb.max(hi);
                }
                b = nb;
            }
        }
        if (r.nextBoolean()) {
            b.required();
        }
        if (!earlier.isEmpty() && r.nextInt(3) > 0) {
            b.visibleIf(condition(r, earlier, 0));
        }
        return b.text("Вопрос", "Question").build();
    }

    private static Condition condition(Random r, List<Question> earlier, int depth) {
        int kind = r.nextInt(depth >= 2 ? 3 : 6);
        if (kind < 3) {
            Question target = earlier.get(r.nextInt(earlier.size()));
            if (kind == 0) {
                return new Condition.Equals(target.id(), takenValue(target, r));
            } else if (kind == 1) {
                List<AnswerValue> values = new ArrayList<>();
                int k = 1 + r.nextInt(3);
                for (int i = 0; i < k; i++) {
                    values.add(takenValue(target, r));
                }
                return new Condition.In(target.id(), values);
            }
            return new Condition.Answered(target.id(), r.nextBoolean());
        }
        if (kind == 5) {
            return new Condition.Not(condition(r, earlier, depth + 1));
        }
        List<Condition> parts = new ArrayList<>();
        int k = 1 + r.nextInt(3);
        for (int i = 0; i < k; i++) {
            parts.add(condition(r, earlier, depth + 1));
        }
        return kind == 3 ? new Condition.All(parts) : new Condition.Any(parts);
    }

    /** A value {@code q} can have (what a condition on it may compare with). */
    private static AnswerValue takenValue(Question q, Random r) {
        if (q instanceof ChoiceQuestion c) {
            return AnswerValue.of(c.options().get(r.nextInt(c.options().size())).value());
        } else if (q instanceof ScaleQuestion s) {
            return s.dontKnow() && r.nextInt(4) == 0 ? AnswerValue.of("dk") : AnswerValue.of(s.min() + r.nextInt(s.max() - s.min() + 1));
        } else if (q instanceof TextQuestion) {
            return AnswerValue.of(List.of("", "a", "да", "abc").get(r.nextInt(4)));
        } else if (q instanceof NumberQuestion) {
            return r.nextBoolean() ? AnswerValue.of(r.nextInt(7) - 3) : new AnswerValue.DecimalValue(new BigDecimal(List.of("2.5", "0.0", "-1").get(r.nextInt(3))));
        }
        return AnswerValue.of(r.nextBoolean());
    }

    /** A response to {@code form}: most answers valid, some wrong, some missing, some to unknown questions. */
    static SurveyResponse response(Form form, Random r) {
        SurveyResponse.Builder b = SurveyResponse.builder("r-" + r.nextInt(100)).submittedAt(Instant.parse("2025-03-01T10:00:00Z"))
                .agency("minsoc").channel(Channel.EPGU).client(Client.of(ClientKind.EXTERNAL));
        int which = r.nextInt(40);
        b.form(which == 0 ? "NO-SUCH" : form.id(), which == 1 ? "99" : form.version());
        if (r.nextInt(10) > 0) {
            b.process("svc-1");
        }
        int broken = r.nextInt(4); // 0: a valid-looking response, else about one answer in 2^broken is broken
        double skip = r.nextDouble() * 0.6;
        for (Question q : form.questions()) {
            if (r.nextInt(12) == 0) {
                b.answer(unknownKey(r), wrongValue(r));
            }
            if (r.nextDouble() < skip) {
                continue;
            }
            // answer keys equal to the ids but not always the same instance (the plan compares by equals too)
            String key = r.nextBoolean() ? q.id() : new String(q.id());
            b.answer(key, broken > 0 && r.nextInt(1 << broken) == 0 ? wrongValue(r, q) : validValue(q, r));
        }
        if (r.nextInt(10) == 0) {
            b.answer(unknownKey(r), wrongValue(r));
        }
        return b.build();
    }

    private static String unknownKey(Random r) {
        return List.of("colour", "zz", "q9", "Q0", "overall ", "a.b", "", "x\u0001y").get(r.nextInt(8));
    }

    private static AnswerValue validValue(Question q, Random r) {
        if (q instanceof ChoiceQuestion c) {
            List<Option> options = c.options();
            if (!c.multiple()) {
                return AnswerValue.of(options.get(r.nextInt(options.size())).value());
            }
            List<String> chosen = new ArrayList<>();
            for (Option o : options) {
                if (r.nextInt(3) == 0) {
                    chosen.add(o.value());
                }
            }
            if (chosen.isEmpty()) {
                chosen.add(options.get(0).value());
            }
            return AnswerValue.ofStrings(chosen);
        } else if (q instanceof NumberQuestion n) {
            BigDecimal lo = n.min().orElse(new BigDecimal("-100"));
            BigDecimal hi = n.max().orElse(new BigDecimal("100"));
            return r.nextBoolean() ? new AnswerValue.DecimalValue(lo.add(hi).divide(BigDecimal.valueOf(2)))
                    : AnswerValue.of(lo.longValue() + r.nextInt(3));
        } else if (q instanceof TextQuestion t) {
            int max = t.maxLength().orElse(20);
            String text = "😀ab".repeat(1 + r.nextInt(3));
            return AnswerValue.of(text.substring(0, Math.min(text.length(), Math.min(2 * max, 2 + r.nextInt(6)))));
        }
        return takenValue(q, r);
    }

    /** A value that is often wrong for {@code q}: near its bounds, a wrong type, a bad option. */
    private static AnswerValue wrongValue(Random r, Question q) {
        if (r.nextBoolean()) {
            return wrongValue(r);
        }
        if (q instanceof ChoiceQuestion c) {
            String first = c.options().get(0).value();
            return switch (r.nextInt(5)) {
                case 0 -> AnswerValue.ofStrings(List.of(first, first));
                case 1 -> new AnswerValue.ArrayValue(List.of(AnswerValue.of(first), AnswerValue.of(3)));
                case 2 -> AnswerValue.ofStrings(List.of(first, "nope"));
                case 3 -> AnswerValue.of("nope");
                default -> AnswerValue.ofStrings(List.of());
            };
        } else if (q instanceof ScaleQuestion s) {
            return AnswerValue.of(r.nextBoolean() ? s.min() - 1 : s.max() + 1);
        } else if (q instanceof NumberQuestion n) {
            BigDecimal edge = (r.nextBoolean() ? n.min() : n.max()).orElse(BigDecimal.TEN);
            BigDecimal delta = new BigDecimal(r.nextBoolean() ? "1" : "-0.001");
            BigDecimal v = edge.add(r.nextBoolean() ? delta : delta.negate());
            return r.nextBoolean() && v.abs().compareTo(new BigDecimal("1E+18")) < 0 ? AnswerValue.of(v.longValue()) : new AnswerValue.DecimalValue(v);
        } else if (q instanceof TextQuestion t) {
            return AnswerValue.of("😀".repeat(t.maxLength().orElse(3) + r.nextInt(2)) + (r.nextBoolean() ? "x" : ""));
        }
        return wrongValue(r);
    }

    private static AnswerValue wrongValue(Random r) {
        return switch (r.nextInt(12)) {
            case 0 -> AnswerValue.of(r.nextInt(15) - 2);
            case 1 -> AnswerValue.of(Long.MIN_VALUE);
            case 2 -> new AnswerValue.DecimalValue(new BigDecimal("4.0"));
            case 3 -> new AnswerValue.DecimalValue(new BigDecimal("1E+40"));
            case 4 -> AnswerValue.of("dk");
            case 5 -> AnswerValue.of("a");
            case 6 -> AnswerValue.of(r.nextBoolean());
            case 7 -> AnswerValue.NullValue.INSTANCE;
            case 8 -> new AnswerValue.ObjectValue(Map.of("a", AnswerValue.of(1)));
            case 9 -> AnswerValue.ofStrings(List.of("a", "b"));
            case 10 -> new AnswerValue.ArrayValue(List.of(AnswerValue.of("yes"), AnswerValue.NullValue.INSTANCE));
            default -> AnswerValue.of("yes");
        };
    }
}
