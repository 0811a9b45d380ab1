package io.github.otklik.synthetic.response;

import io.github.otklik.core.response.AnswerValue;
import io.github.otklik.core.response.SurveyResponse;
import io.github.otklik.forms.Audience;
import io.github.otklik.forms.BooleanQuestion;
import io.github.otklik.forms.ChoiceQuestion;
import io.github.otklik.forms.Form;
import io.github.otklik.forms.NumberQuestion;
import io.github.otklik.forms.Question;
import io.github.otklik.forms.ScaleQuestion;
import io.github.otklik.forms.TextQuestion;
import io.github.otklik.forms.validation.Visibility;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Every single-field corruption of a valid response. */
final class Corruptions {
    private Corruptions() {
    }

    /** All corruptions of {@code valid}, a valid response to {@code form}. */
    static List<Corruption> of(Form form, SurveyResponse valid) {
        List<Corruption> out = new ArrayList<>();
        for (Map.Entry<String, AnswerValue> e : valid.answers().entrySet()) {
            Question q = form.question(e.getKey()).orElseThrow();
            String path = "answers." + q.id();
            out.add(new Corruption(q.id() + ": wrong type", replace(valid, q.id(), wrongType(q)), path));
            AnswerValue outOfRange = outOfRange(q);
            if (outOfRange != null) {
                out.add(new Corruption(q.id() + ": out of range " + outOfRange, replace(valid, q.id(), outOfRange), path));
            }
            out.add(new Corruption(q.id() + ": null", replace(valid, q.id(), AnswerValue.NullValue.INSTANCE), path));
        }
        out.add(new Corruption("answer to a question not in the form",
                replace(valid, "not-in-form", AnswerValue.of(1)), "answers.not-in-form"));
        if (form.audience() == Audience.EXTERNAL) {
            out.add(new Corruption("no process", withoutProcess(valid), "process"));
        }
        Visibility visibility = Visibility.of(form, valid.answers());
        for (int i = 0; i < form.questions().size(); i++) {
            Question q = form.questions().get(i);
            if (!visibility.isVisible(i) && !valid.answers().containsKey(q.id())) {
                out.add(new Corruption(q.id() + ": answered although hidden", replace(valid, q.id(), validValue(q)),
                        "answers." + q.id()));
            }
        }
        return out;
    }

    /** Whether {@code c} answers a hidden question. */
    static boolean isHidden(Corruption c) {
        return c.description().endsWith("hidden");
    }

    static SurveyResponse replace(SurveyResponse r, String question, AnswerValue value) {
        return r.toBuilder().answer(question, value).build();
    }

    static SurveyResponse withoutProcess(SurveyResponse r) {
        SurveyResponse.Builder b = SurveyResponse.builder(r.id()).form(r.form(), r.formVersion())
                .submittedAt(r.submittedAt()).agency(r.agency()).channel(r.channel()).client(r.client())
                .anonymous(r.anonymous()).answers(r.answers());
        r.respondent().ifPresent(b::respondent);
        return b.build();
    }

    private static AnswerValue wrongType(Question q) {
        if (q instanceof ScaleQuestion) {
            return AnswerValue.of(true);
        } else if (q instanceof ChoiceQuestion c) {
            return c.multiple() ? AnswerValue.of(c.options().get(0).value()) : AnswerValue.of(1);
        } else if (q instanceof TextQuestion) {
            return AnswerValue.of(42);
        } else if (q instanceof BooleanQuestion) {
            return AnswerValue.of("true");
        }
        return AnswerValue.of("5");
    }

    private static AnswerValue outOfRange(Question q) {
        if (q instanceof ScaleQuestion s) {
            return AnswerValue.of(s.max() + 1L);
        } else if (q instanceof ChoiceQuestion c) {
            return c.multiple() ? AnswerValue.ofStrings(List.of(c.options().get(0).value(), "no-such-option"))
                    : AnswerValue.of("no-such-option");
        } else if (q instanceof TextQuestion t) {
            return t.maxLength().isPresent() ? AnswerValue.of("ё".repeat(t.maxLength().getAsInt() + 1)) : null;
        } else if (q instanceof NumberQuestion n) {
            return n.max().isPresent() ? new AnswerValue.DecimalValue(n.max().get().add(new BigDecimal("0.5")))
                    : n.min().map(m -> (AnswerValue) new AnswerValue.DecimalValue(m.subtract(BigDecimal.ONE))).orElse(null);
        }
        return null;
    }

    private static AnswerValue validValue(Question q) {
        if (q instanceof ScaleQuestion s) {
            return AnswerValue.of(s.min());
        } else if (q instanceof ChoiceQuestion c) {
            String v = c.options().get(0).value();
            return c.multiple() ? AnswerValue.ofStrings(List.of(v)) : AnswerValue.of(v);
        } else if (q instanceof TextQuestion) {
            return AnswerValue.of("x");
        } else if (q instanceof BooleanQuestion) {
            return AnswerValue.of(false);
        }
        NumberQuestion n = (NumberQuestion) q;
        return n.min().or(n::max).map(v -> (AnswerValue) new AnswerValue.DecimalValue(v)).orElse(AnswerValue.of(0));
    }
}
