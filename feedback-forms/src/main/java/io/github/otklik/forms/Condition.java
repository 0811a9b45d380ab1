package io.github.otklik.forms;

import io.github.otklik.core.response.AnswerValue;

import java.util.List;
import java.util.Objects;

/**
 * A structured visibility condition ({@code visibleIf}), never a string to evaluate. {@code equals}
 * and {@code in} are false when the referenced question is unanswered; a {@code "dk"} answer equals
 * only {@code "dk"}; for a multi-choice question they hold when any chosen value matches.
 */
public sealed interface Condition {
    /** The referenced question's answer equals {@code value}. */
    record Equals(String question, AnswerValue value) implements Condition {
        /** Checks non-null. */
        public Equals {
            question = Objects.requireNonNull(question, "question").intern(); // as question ids are
            Objects.requireNonNull(value, "value");
        }
    }

    /** The referenced question's answer is one of {@code values}. */
    record In(String question, List<AnswerValue> values) implements Condition {
        /** Copies the list. */
        public In {
            question = Objects.requireNonNull(question, "question").intern(); // as question ids are
            values = List.copyOf(values);
        }
    }

    /** The referenced question is answered ({@code answered: true}) or not ({@code answered: false}). */
    record Answered(String question, boolean answered) implements Condition {
        /** Checks non-null. */
        public Answered {
            question = Objects.requireNonNull(question, "question").intern(); // as question ids are
        }
    }

    /** Every condition holds. */
    record All(List<Condition> conditions) implements Condition {
        /** Copies the list. */
        public All {
            conditions = List.copyOf(conditions);
        }
    }

    /** At least one condition holds. */
    record Any(List<Condition> conditions) implements Condition {
        /** Copies the list. */
        public Any {
            conditions = List.copyOf(conditions);
        }
    }

    /** The condition does not hold. */
    record Not(Condition condition) implements Condition {
        /** Checks non-null. */
        public Not {
            Objects.requireNonNull(condition, "condition");
        }
    }

    /** {@code {"question": q, "equals": value}} with a string value. */
    static Condition equalsTo(String question, String value) {
        return new Equals(question, AnswerValue.of(value));
    }

    /** {@code {"question": q, "in": [values]}} with integer values (scale answers). */
    static Condition in(String question, long... values) {
        return new In(question, java.util.Arrays.stream(values).mapToObj(AnswerValue::of).toList());
    }

    /** {@code {"question": q, "answered": true}}. */
    static Condition answered(String question) {
        return new Answered(question, true);
    }

    /** Every question id this condition refers to, depth first. */
    default List<String> references() {
        java.util.ArrayList<String> out = new java.util.ArrayList<>();
        collect(this, out);
        return out;
    }

    private static void collect(Condition c, List<String> out) {
        if (c instanceof Equals e) {
            out.add(e.question());
        } else if (c instanceof In i) {
            out.add(i.question());
        } else if (c instanceof Answered a) {
            out.add(a.question());
        } else if (c instanceof All a) {
            a.conditions().forEach(x -> collect(x, out));
        } else if (c instanceof Any a) {
            a.conditions().forEach(x -> collect(x, out));
        } else if (c instanceof Not n) {
            collect(n.condition(), out);
        }
    }
}
