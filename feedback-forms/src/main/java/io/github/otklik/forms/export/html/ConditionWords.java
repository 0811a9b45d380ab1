package io.github.otklik.forms.export.html;

import io.github.otklik.core.response.AnswerValue;
import io.github.otklik.forms.BooleanQuestion;
import io.github.otklik.forms.ChoiceQuestion;
import io.github.otklik.forms.Condition;
import io.github.otklik.forms.Form;
import io.github.otklik.forms.Option;
import io.github.otklik.forms.Question;
import io.github.otklik.forms.ScaleQuestion;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * A {@code visibleIf} condition in words for a paper respondent: questions by their printed number,
 * options by their text, scale values as plain numbers, {@code "dk"} as the "difficult to answer"
 * label. Returns plain text (the caller escapes it). Immutable.
 */
final class ConditionWords {
    private final Form form;
    private final Phrases phrases;

    ConditionWords(Form form, Phrases phrases) {
        this.form = form;
        this.phrases = phrases;
    }

    /** {@code condition} as a clause ("в вопросе 1 вы выбрали «Да»"). */
    String clause(Condition c) {
        if (c instanceof Condition.Equals e) {
            return phrases.chose(number(e.question()), value(e.question(), e.value()));
        } else if (c instanceof Condition.In in) {
            return phrases.chose(number(in.question()), phrases.orList(values(in.question(), in.values())));
        } else if (c instanceof Condition.Answered a) {
            return a.answered() ? phrases.answered(number(a.question())) : phrases.notAnswered(number(a.question()));
        } else if (c instanceof Condition.All all) {
            return join(all.conditions(), phrases.and());
        } else if (c instanceof Condition.Any any) {
            return join(any.conditions(), phrases.or());
        } else if (c instanceof Condition.Not not) {
            return negated(not.condition());
        }
        throw new IllegalStateException("unknown condition " + c.getClass().getName());
    }

    private String negated(Condition c) {
        if (c instanceof Condition.Equals e) {
            return phrases.didNotChoose(number(e.question()), value(e.question(), e.value()));
        } else if (c instanceof Condition.In in) {
            List<String> values = values(in.question(), in.values());
            return values.size() == 1 ? phrases.didNotChoose(number(in.question()), values.get(0))
                    : phrases.choseNoneOf(number(in.question()), phrases.commaList(values));
        } else if (c instanceof Condition.Answered a) {
            return a.answered() ? phrases.notAnswered(number(a.question())) : phrases.answered(number(a.question()));
        } else if (c instanceof Condition.Not not) {
            return clause(not.condition());
        }
        return phrases.notThat(nested(c));
    }

    private String join(List<Condition> conditions, String conjunction) {
        List<String> parts = new ArrayList<>();
        for (Condition x : conditions) {
            parts.add(nested(x));
        }
        return String.join(conjunction, parts);
    }

    /** A clause inside a larger one: in brackets when it joins several clauses itself. */
    private String nested(Condition c) {
        boolean compound = c instanceof Condition.All all && all.conditions().size() > 1
                || c instanceof Condition.Any any && any.conditions().size() > 1;
        return compound ? "(" + clause(c) + ")" : clause(c);
    }

    private int number(String question) {
        return form.indexOf(question) + 1;
    }

    private List<String> values(String question, List<AnswerValue> values) {
        List<String> out = new ArrayList<>();
        for (AnswerValue v : values) {
            out.add(value(question, v));
        }
        return out;
    }

    /** How the respondent saw {@code v} on question {@code questionId}. */
    private String value(String questionId, AnswerValue v) {
        Question q = form.question(questionId).orElse(null);
        if (v.isDontKnow() && q instanceof ScaleQuestion) {
            return phrases.quote(phrases.dontKnow());
        }
        if (v instanceof AnswerValue.TextValue t && q instanceof ChoiceQuestion choice) {
            return phrases.quote(choice.option(t.value()).map(Option::text).map(x -> x.in(phrases.lang())).orElse(t.value()));
        }
        if (v instanceof AnswerValue.BooleanValue b && q instanceof BooleanQuestion) {
            return phrases.quote(b.value() ? phrases.yes() : phrases.no());
        }
        if (v instanceof AnswerValue.IntegerValue i) {
            return Long.toString(i.value());
        }
        if (v instanceof AnswerValue.DecimalValue d) {
            return decimal(d.value(), phrases);
        }
        if (v instanceof AnswerValue.TextValue t) {
            return phrases.quote(t.value());
        }
        if (v instanceof AnswerValue.BooleanValue b) {
            return phrases.quote(b.value() ? phrases.yes() : phrases.no());
        }
        return phrases.quote(v.typeName());
    }

    /** {@code value} without trailing zeros or exponent, with the language's decimal separator. */
    static String decimal(BigDecimal value, Phrases phrases) {
        String plain = value.stripTrailingZeros().toPlainString();
        return plain.replace(".", phrases.decimalSeparator());
    }
}
