package io.github.otklik.forms.validation;

import io.github.otklik.core.response.AnswerValue;
import io.github.otklik.forms.Condition;

import java.util.List;
import java.util.Map;

/**
 * A {@code visibleIf} condition compiled against its form: every referenced question resolved to
 * its position, so that evaluating it reads the response's answers by position instead of looking
 * them up by id. Holds exactly when {@link Visibility#holds(Condition, Map)} does. Immutable.
 */
abstract sealed class Guard {
    /** Whether the condition holds; {@code byPosition[i]} is the answer to question {@code i} or null. */
    abstract boolean holds(AnswerValue[] byPosition, Map<String, AnswerValue> answers);

    /** {@code condition} compiled against the form whose question positions {@code ids} gives. */
    static Guard of(Condition condition, CodeTable ids) {
        if (condition instanceof Condition.Equals e) {
            return new Equals(Ref.of(e.question(), ids), e.value());
        } else if (condition instanceof Condition.In in) {
            return new In(Ref.of(in.question(), ids), in.values().toArray(new AnswerValue[0]));
        } else if (condition instanceof Condition.Answered a) {
            return new Answered(Ref.of(a.question(), ids), a.answered());
        } else if (condition instanceof Condition.All all) {
            return new All(all(all.conditions(), ids));
        } else if (condition instanceof Condition.Any any) {
            return new Any(all(any.conditions(), ids));
        }
        return new Not(of(((Condition.Not) condition).condition(), ids));
    }

    private static Guard[] all(List<Condition> conditions, CodeTable ids) {
        Guard[] out = new Guard[conditions.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = of(conditions.get(i), ids);
        }
        return out;
    }

    /** A referenced question: its position in the form, or its id when the form has no such question. */
    record Ref(int position, String id) {
        static Ref of(String id, CodeTable ids) {
            return new Ref(ids.indexOf(id), id);
        }

        AnswerValue get(AnswerValue[] byPosition, Map<String, AnswerValue> answers) {
            return position >= 0 ? byPosition[position] : answers.get(id);
        }

        boolean answered(AnswerValue[] byPosition, Map<String, AnswerValue> answers) {
            return position >= 0 ? byPosition[position] != null : answers.containsKey(id);
        }
    }

    /** {@link Condition.Equals}. */
    static final class Equals extends Guard {
        private final Ref ref;
        private final AnswerValue value;

        Equals(Ref ref, AnswerValue value) {
            this.ref = ref;
            this.value = value;
        }

        @Override
        boolean holds(AnswerValue[] byPosition, Map<String, AnswerValue> answers) {
            return Visibility.matches(ref.get(byPosition, answers), value);
        }
    }

    /** {@link Condition.In}. */
    static final class In extends Guard {
        private final Ref ref;
        private final AnswerValue[] values;

        In(Ref ref, AnswerValue[] values) {
            this.ref = ref;
            this.values = values;
        }

        @Override
        boolean holds(AnswerValue[] byPosition, Map<String, AnswerValue> answers) {
            AnswerValue a = ref.get(byPosition, answers);
            if (a == null) {
                return false;
            }
            for (AnswerValue v : values) {
                if (Visibility.matches(a, v)) {
                    return true;
                }
            }
            return false;
        }
    }

    /** {@link Condition.Answered}. */
    static final class Answered extends Guard {
        private final Ref ref;
        private final boolean answered;

        Answered(Ref ref, boolean answered) {
            this.ref = ref;
            this.answered = answered;
        }

        @Override
        boolean holds(AnswerValue[] byPosition, Map<String, AnswerValue> answers) {
            return ref.answered(byPosition, answers) == answered;
        }
    }

    /** {@link Condition.All}. */
    static final class All extends Guard {
        private final Guard[] guards;

        All(Guard[] guards) {
            this.guards = guards;
        }

        @Override
        boolean holds(AnswerValue[] byPosition, Map<String, AnswerValue> answers) {
            for (Guard g : guards) {
                if (!g.holds(byPosition, answers)) {
                    return false;
                }
            }
            return true;
        }
    }

    /** {@link Condition.Any}. */
    static final class Any extends Guard {
        private final Guard[] guards;

        Any(Guard[] guards) {
            this.guards = guards;
        }

        @Override
        boolean holds(AnswerValue[] byPosition, Map<String, AnswerValue> answers) {
            for (Guard g : guards) {
                if (g.holds(byPosition, answers)) {
                    return true;
                }
            }
            return false;
        }
    }

    /** {@link Condition.Not}. */
    static final class Not extends Guard {
        private final Guard guard;

        Not(Guard guard) {
            this.guard = guard;
        }

        @Override
        boolean holds(AnswerValue[] byPosition, Map<String, AnswerValue> answers) {
            return !guard.holds(byPosition, answers);
        }
    }
}
