package io.github.otklik.forms.validation;

import io.github.otklik.core.response.AnswerValue;
import io.github.otklik.core.validation.Identifiers;
import io.github.otklik.forms.BooleanQuestion;
import io.github.otklik.forms.ChoiceQuestion;
import io.github.otklik.forms.NumberQuestion;
import io.github.otklik.forms.Option;
import io.github.otklik.forms.Question;
import io.github.otklik.forms.ScaleQuestion;
import io.github.otklik.forms.TextQuestion;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The value rule of one question compiled into flat fields: {@link #accepts} decides an answer
 * without building a message, a {@code BigDecimal} for an integer answer or a lookup in a
 * {@code Map}; {@link #problem} says why an answer it refuses is invalid, and builds that message
 * only then. One final class with a switch on the question type, so that the call per answer is
 * not a virtual one. Immutable.
 */
final class Rule {
    private static final int SCALE = 0;
    private static final int SINGLE = 1;
    private static final int MULTI = 2;
    private static final int BOOLEAN = 3;
    private static final int TEXT = 4;
    private static final int NUMBER = 5;
    private static final BigDecimal LONG_MIN = BigDecimal.valueOf(Long.MIN_VALUE);
    private static final BigDecimal LONG_MAX = BigDecimal.valueOf(Long.MAX_VALUE);

    private final Question question; // for the messages
    private final int kind;
    // scale: the bounds; number: the integers within the bounds (lo > hi: none), when longBounds
    private final long lo;
    private final long hi;
    private final boolean dontKnow;
    private final CodeTable options;
    private final CodeTable ending; // the option values that end the survey; null when none does
    private final int maxLength; // text: 0 = unlimited
    private final BigDecimal min; // number: null = unbounded
    private final BigDecimal max;
    private final boolean longBounds; // number: whether lo..hi decides integer answers

    private Rule(Question question, int kind, long lo, long hi, boolean dontKnow, CodeTable options, CodeTable ending, int maxLength,
                 BigDecimal min, BigDecimal max, boolean longBounds) {
        this.question = question;
        this.kind = kind;
        this.lo = lo;
        this.hi = hi;
        this.dontKnow = dontKnow;
        this.options = options;
        this.ending = ending;
        this.maxLength = maxLength;
        this.min = min;
        this.max = max;
        this.longBounds = longBounds;
    }

    /** The rule of {@code q}. */
    static Rule of(Question q) {
        if (q instanceof ScaleQuestion s) {
            return new Rule(q, SCALE, s.min(), s.max(), s.dontKnow(), null, null, 0, null, null, false);
        }
        if (q instanceof ChoiceQuestion c) {
            List<String> values = new ArrayList<>();
            List<String> ends = new ArrayList<>();
            for (Option o : c.options()) {
                values.add(o.value());
                if (c.endsSurvey(o.value())) { // the first option with a value decides, as in ChoiceQuestion
                    ends.add(o.value());
                }
            }
            return new Rule(q, c.multiple() ? MULTI : SINGLE, 0, 0, false, new CodeTable(values),
                    ends.isEmpty() ? null : new CodeTable(ends), 0, null, null, false);
        }
        if (q instanceof BooleanQuestion) {
            return new Rule(q, BOOLEAN, 0, 0, false, null, null, 0, null, null, false);
        }
        if (q instanceof TextQuestion t) {
            return new Rule(q, TEXT, 0, 0, false, null, null, t.maxLength().orElse(0), null, null, false);
        }
        NumberQuestion n = (NumberQuestion) q;
        BigDecimal min = n.min().orElse(null);
        BigDecimal max = n.max().orElse(null);
        boolean simple = small(min) && small(max);
        long lo = Long.MIN_VALUE;
        long hi = Long.MAX_VALUE;
        if (simple) {
            if (min != null && min.compareTo(LONG_MAX) > 0 || max != null && max.compareTo(LONG_MIN) < 0) {
                lo = 1; // no long is within the bounds
                hi = 0;
            } else {
                if (min != null && min.compareTo(LONG_MIN) > 0) {
                    lo = min.setScale(0, java.math.RoundingMode.CEILING).longValueExact();
                }
                if (max != null && max.compareTo(LONG_MAX) < 0) {
                    hi = max.setScale(0, java.math.RoundingMode.FLOOR).longValueExact();
                }
            }
        }
        return new Rule(q, NUMBER, lo, hi, false, null, null, 0, min, max, simple);
    }

    /** Whether rounding {@code b} to an integer is cheap and safe (no huge exponent). */
    private static boolean small(BigDecimal b) {
        return b == null || Math.abs(b.scale()) <= 40 && b.precision() <= 40;
    }

    /** Why {@code a} is not a valid answer to the question, or {@code null} when it is one ({@link #accepts}). */
    String problem(AnswerValue a) {
        return accepts(a) ? null : message(question, a);
    }

    /** Whether {@code a} is a valid answer to the question. */
    boolean accepts(AnswerValue a) {
        switch (kind) {
            case SCALE:
                if (a instanceof AnswerValue.IntegerValue i) {
                    return i.value() >= lo && i.value() <= hi;
                }
                return dontKnow && a.isDontKnow();
            case SINGLE:
                return a instanceof AnswerValue.TextValue t && options.contains(t.value());
            case MULTI:
                return acceptsChoices(a);
            case BOOLEAN:
                return a instanceof AnswerValue.BooleanValue;
            case TEXT:
                if (!(a instanceof AnswerValue.TextValue t)) {
                    return false;
                }
                // at most one code point per char: only a long text needs counting
                return maxLength == 0 || t.value().length() <= maxLength
                        || t.value().codePointCount(0, t.value().length()) <= maxLength;
            default:
                return acceptsNumber(a);
        }
    }

    private boolean acceptsChoices(AnswerValue a) {
        if (!(a instanceof AnswerValue.ArrayValue arr)) {
            return false;
        }
        List<AnswerValue> values = arr.values();
        int n = values.size();
        if (n == 0) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            if (!(values.get(i) instanceof AnswerValue.TextValue t) || !options.contains(t.value())) {
                return false;
            }
            String value = t.value();
            for (int j = 0; j < i; j++) { // arrays are short: no set needed
                if (((AnswerValue.TextValue) values.get(j)).value().equals(value)) {
                    return false;
                }
            }
        }
        return true;
    }

    private boolean acceptsNumber(AnswerValue a) {
        if (a instanceof AnswerValue.IntegerValue i) {
            if (longBounds) {
                return i.value() >= lo && i.value() <= hi;
            }
            return within(BigDecimal.valueOf(i.value()));
        }
        return a instanceof AnswerValue.DecimalValue d && within(d.value());
    }

    private boolean within(BigDecimal value) {
        return (min == null || value.compareTo(min) >= 0) && (max == null || value.compareTo(max) <= 0);
    }

    /** Whether choosing {@code a} ends the survey (a choice question with an ending option). */
    boolean ends(AnswerValue a) {
        return ending != null && ending.chosenIn(a);
    }

    /** Why {@code a}, which this rule does not accept, is not a valid answer to {@code q}. */
    private static String message(Question q, AnswerValue a) {
        if (q instanceof ScaleQuestion s) {
            if (a instanceof AnswerValue.IntegerValue i) {
                return i.value() >= s.min() && i.value() <= s.max() ? null
                        : "value " + i.value() + " is outside " + s.min() + ".." + s.max();
            }
            if (a.isDontKnow()) {
                return s.dontKnow() ? null : "\"dk\" is not allowed: the scale has no difficult-to-answer choice";
            }
            return "expected an integer " + s.min() + ".." + s.max() + (s.dontKnow() ? " or \"dk\"" : "") + ", found " + found(a);
        }
        if (q instanceof ChoiceQuestion c) {
            if (!c.multiple()) {
                return a instanceof AnswerValue.TextValue t ? optionProblem(c, t.value())
                        : "expected one option value, found " + found(a);
            }
            if (!(a instanceof AnswerValue.ArrayValue arr)) {
                return "expected a non-empty array of option values, found " + found(a);
            }
            if (arr.values().isEmpty()) {
                return "expected a non-empty array of option values, found an empty array";
            }
            List<AnswerValue> values = arr.values();
            for (int i = 0; i < values.size(); i++) {
                AnswerValue v = values.get(i);
                if (!(v instanceof AnswerValue.TextValue t)) {
                    return "expected option values, found " + found(v) + " in the array";
                }
                String p = optionProblem(c, t.value());
                if (p != null) {
                    return p;
                }
                if (chosenBefore(values, i, t.value())) {
                    return "option " + Identifiers.describe(t.value()) + " is chosen twice";
                }
            }
            return null;
        }
        if (q instanceof BooleanQuestion) {
            return a instanceof AnswerValue.BooleanValue ? null : "expected true or false, found " + found(a);
        }
        if (q instanceof TextQuestion t) {
            if (!(a instanceof AnswerValue.TextValue s)) {
                return "expected a string, found " + found(a);
            }
            if (t.maxLength().isPresent()) {
                int length = s.value().codePointCount(0, s.value().length());
                if (length > t.maxLength().getAsInt()) {
                    return "text is " + length + " characters long, the maximum is " + t.maxLength().getAsInt();
                }
            }
            return null;
        }
        NumberQuestion n = (NumberQuestion) q;
        BigDecimal value;
        if (a instanceof AnswerValue.IntegerValue i) {
            value = BigDecimal.valueOf(i.value());
        } else if (a instanceof AnswerValue.DecimalValue d) {
            value = d.value();
        } else {
            return "expected a number, found " + found(a);
        }
        if (n.min().isPresent() && value.compareTo(n.min().get()) < 0 || n.max().isPresent() && value.compareTo(n.max().get()) > 0) {
            return "value " + Numbers.show(value) + " is outside " + n.min().map(Numbers::show).orElse("−∞")
                    + ".." + n.max().map(Numbers::show).orElse("+∞");
        }
        return null;
    }

    /** Whether one of the first {@code end} values (all strings) is {@code value}: arrays are short, no set needed. */
    private static boolean chosenBefore(List<AnswerValue> values, int end, String value) {
        for (int j = 0; j < end; j++) {
            if (((AnswerValue.TextValue) values.get(j)).value().equals(value)) {
                return true;
            }
        }
        return false;
    }

    private static String optionProblem(ChoiceQuestion c, String value) {
        return c.hasOption(value) ? null : "unknown option " + Identifiers.describe(value);
    }

    private static String found(AnswerValue a) {
        if (a instanceof AnswerValue.DecimalValue d) {
            return "decimal " + Numbers.show(d.value());
        }
        if (a instanceof AnswerValue.TextValue t) {
            return "string " + Identifiers.describe(t.value());
        }
        return a.typeName();
    }
}
